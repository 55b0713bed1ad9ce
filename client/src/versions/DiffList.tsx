// The changes of a comparison listed by kind: steps, connections and lanes, each coloured like on the canvas.
import { useTranslation } from 'react-i18next';
import type { DiffStatus, ProcessMap, ProcessMapDiff } from '@prozesswerk/process-model';
import { diffEntries, type DiffEntry } from './diff-entries.ts';

export const STATUSES: readonly DiffStatus[] = ['added', 'removed', 'changed', 'moved'];

function Entries({ title, entries }: { title: string; entries: DiffEntry[] }) {
  const { t } = useTranslation();
  if (entries.length === 0) return null;
  return (
    <>
      <h3>{title}</h3>
      <ul className="diff-list">
        {entries.map((entry) => (
          <li
            key={entry.id}
            className={`diff-entry diff-${entry.status}`}
            data-testid="diff-entry"
            data-status={entry.status}
          >
            <strong>{t(`compare.status.${entry.status}`)}:</strong> {entry.name || t('compare.unnamed')}
            {entry.fields.length > 0 && entry.status === 'changed' ? (
              <span className="diff-entry-fields">
                {t('compare.fields', {
                  fields: [
                    ...new Set(entry.fields.map((f) => t(`compare.field.${f}`, { defaultValue: f }))),
                  ].join(', '),
                })}
              </span>
            ) : null}
          </li>
        ))}
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
      <Entries title={t('compare.nodes')} entries={entries.nodes} />
      <Entries title={t('compare.edges')} entries={entries.edges} />
      <Entries title={t('compare.lanes')} entries={entries.lanes} />
    </section>
  );
}
