// The changes of a comparison listed by kind: steps, connections and lanes, each coloured like on the canvas.
import { useTranslation } from 'react-i18next';
import type { DiffStatus, ProcessMap, ProcessMapDiff } from '@prozesswerk/process-model';
import { fieldName, fieldValue, type NameOf } from '../board/field-values.ts';
import { diffEntries, type DiffEntry } from './diff-entries.ts';

export const STATUSES: readonly DiffStatus[] = ['added', 'removed', 'changed', 'moved'];

// Where an element sits and how large it is: "verschoben" says enough, the numbers would not.
const GEOMETRY = new Set(['x', 'y', 'w', 'h', 'sourceHandle', 'targetHandle', 'order']);

function Entries({ title, entries, nameOf }: { title: string; entries: DiffEntry[]; nameOf: NameOf }) {
  const { t, i18n } = useTranslation();
  if (entries.length === 0) return null;
  const value = (field: string, v: unknown) => fieldValue(t, i18n.language, field, v, nameOf);
  return (
    <>
      <h3>{title}</h3>
      <ul className="diff-list">
        {entries.map((entry) => {
          const values = entry.values.filter((change) => !GEOMETRY.has(change.field));
          return (
            <li
              key={entry.id}
              className={`diff-entry diff-${entry.status}`}
              data-testid="diff-entry"
              data-status={entry.status}
            >
              <strong>{t(`compare.status.${entry.status}`)}:</strong> {entry.name || t('compare.unnamed')}
              {values.length > 0 ? (
                <ul className="diff-entry-fields">
                  {values.map((change) => (
                    <li key={change.field}>
                      {fieldName(t, change.field)}: <del>{value(change.field, change.before)}</del> →{' '}
                      <ins>{value(change.field, change.after)}</ins>
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          );
        })}
      </ul>
    </>
  );
}

export function DiffLegend() {
  const { t } = useTranslation();
  return (
    <ul className="diff-legend" aria-label={t('compare.legend')}>
      {STATUSES.map((status) => (
        <li key={status}>
          <span className={`diff-swatch swatch-${status}`} aria-hidden="true" />
          {t(`compare.status.${status}`)}
        </li>
      ))}
    </ul>
  );
}

export function DiffList({
  diff,
  before,
  after,
}: {
  diff: ProcessMapDiff;
  before: ProcessMap;
  after: ProcessMap;
}) {
  const { t } = useTranslation();
  const entries = diffEntries(diff, before, after, (source, target) =>
    t('compare.edgeName', { source, target }),
  );
  return (
    <section aria-labelledby="diff-title">
      <h2 id="diff-title">{t('compare.changes')}</h2>
      <DiffLegend />
      {diff.summary.isEmpty ? <p className="muted">{t('compare.noChanges')}</p> : null}
      <Entries title={t('compare.nodes')} entries={entries.nodes} nameOf={entries.nameOf} />
      <Entries title={t('compare.edges')} entries={entries.edges} nameOf={entries.nameOf} />
      <Entries title={t('compare.lanes')} entries={entries.lanes} nameOf={entries.nameOf} />
    </section>
  );
}
