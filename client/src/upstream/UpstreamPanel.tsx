// The drawer that reviews what the origin changed: grouped, each old → new, collisions to decide, then take over.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useBoardState } from '../board/store/context.tsx';
import { problemMessage } from '../shared/problem-message.ts';
import { closeOnEscape, useFocusReturn } from '../shared/focus.ts';
import { useSessionStatus } from '../sync/process-context.tsx';
import type { UpstreamChange } from './api.ts';
import { ChangeItem } from './ChangeItem.tsx';
import { useUpstream } from './context.tsx';
import { chosenIds } from './selection.ts';
import { TakeOverError } from './take-over.ts';

const GROUPS = ['node', 'edge', 'lane', 'other'] as const;

export function UpstreamPanel({ onClose }: { onClose(): void }) {
  const { t, i18n } = useTranslation();
  const focusRef = useFocusReturn<HTMLDivElement>();
  const { report, error } = useUpstream();
  return (
    <div
      ref={focusRef}
      className="drawer upstream-drawer"
      id="editor-upstream"
      role="region"
      aria-labelledby="upstream-title"
      onKeyDown={closeOnEscape(onClose)}
    >
      <div className="drawer-head">
        <h2 id="upstream-title">{t('upstream.title')}</h2>
        <button type="button" className="button" aria-label={t('upstream.close')} onClick={onClose}>
          ×
        </button>
      </div>
      {error ? (
        <p className="field-error" role="alert">
          {problemMessage(t, error)}
        </p>
      ) : null}
      {!report && !error ? <p className="muted">{t('upstream.loading')}</p> : null}
      {report ? (
        <>
          <p>
            <strong>
              {t('upstream.origin', { title: report.origin.title, org: report.origin.orgName })}
            </strong>
            <br />
            {t('upstream.basedOn', { n: report.basedOn })}
            {report.newestVersion ? (
              <>
                <br />
                {t('upstream.newest', {
                  n: report.newestVersion.version,
                  name: report.newestVersion.name,
                  date: new Date(report.newestVersion.frozenAt).toLocaleDateString(i18n.language, {
                    dateStyle: 'long',
                  }),
                })}
              </>
            ) : null}
          </p>
          {report.newestVersion?.note ? (
            <blockquote className="upstream-note">{report.newestVersion.note}</blockquote>
          ) : null}
          {report.updateAvailable ? (
            <Review
              changes={report.changes}
              collisions={report.collisions.length}
              newest={report.newest ?? 0}
            />
          ) : report.newest !== null ? (
            <p className="muted">{t('upstream.current', { n: report.newest })}</p>
          ) : null}
        </>
      ) : null}
      <Outcome />
    </div>
  );
}

function Review({
  changes,
  collisions,
  newest,
}: {
  changes: UpstreamChange[];
  collisions: number;
  newest: number;
}) {
  const { t } = useTranslation();
  const { choice, takeOver, taking } = useUpstream();
  const readOnly = useBoardState((s) => s.access.readOnly);
  const online = useSessionStatus((s) => s.map.connection === 'online');
  const names = useBoardState((s) => s.nodes);
  const lanes = useBoardState((s) => s.lanes);
  const nameOf = useMemo(() => {
    const known = new Map<string, string>();
    for (const lane of lanes) known.set(lane.id, lane.label);
    for (const node of Object.values(names)) known.set(node.id, node.label);
    for (const change of changes) if (change.name) known.set(change.id, change.name);
    return (id: string) => known.get(id);
  }, [names, lanes, changes]);
  const open = changes.filter((change) => !change.alreadyApplied);
  const already = changes.length - open.length;
  const count = chosenIds(choice).length;
  const blocked = readOnly || !online || taking;
  return (
    <>
      <p>
        {t('upstream.summary', { count: changes.length })}
        {collisions > 0 ? `, ${t('upstream.collisions', { count: collisions })}` : ''}
      </p>
      {GROUPS.map((group) => {
        const items = open.filter((change) => change.element === group);
        if (items.length === 0) return null;
        return (
          <section key={group} aria-labelledby={`upstream-group-${group}`}>
            <h3 id={`upstream-group-${group}`}>{t(`upstream.groups.${group}`)}</h3>
            <ul className="upstream-list">
              {items.map((change) => (
                <ChangeItem key={change.id} change={change} nameOf={nameOf} disabled={blocked} />
              ))}
            </ul>
          </section>
        );
      })}
      {already > 0 ? <p className="muted">{t('upstream.already', { count: already })}</p> : null}
      <p className="upstream-hint">{t('upstream.hint', { n: newest })}</p>
      {readOnly ? (
        <p className="muted">{t('upstream.readOnly')}</p>
      ) : !online ? (
        <p className="muted">{t('upstream.offline')}</p>
      ) : null}
      <button
        type="button"
        className="button primary"
        data-testid="upstream-apply"
        disabled={blocked}
        onClick={takeOver}
      >
        {taking
          ? t('upstream.applying')
          : count > 0
            ? t('upstream.apply', { count })
            : t('upstream.dismiss', { n: newest })}
      </button>
    </>
  );
}

function Outcome() {
  const { t } = useTranslation();
  const { outcome } = useUpstream();
  if (!outcome) return <p role="status" aria-live="polite" />;
  if ('taken' in outcome) {
    return (
      <p role="status" aria-live="polite" className="upstream-outcome" data-testid="upstream-applied">
        {t('upstream.applied', { count: outcome.taken.taken.length, n: outcome.taken.basedOn })}
      </p>
    );
  }
  const message =
    outcome.error instanceof TakeOverError
      ? t(`upstream.errors.${outcome.error.code}`)
      : problemMessage(t, outcome.error);
  return (
    <p role="alert" className="field-error">
      {message}
    </p>
  );
}
