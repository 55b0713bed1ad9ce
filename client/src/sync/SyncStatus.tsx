// The connection and save status of the whole process session: online or offline, and whether every change of map, discussion and workshop reached the server.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { ProcessSession } from './process-session.ts';
import { overallStatus } from './session-status.ts';

export function SyncStatusView({ session }: { session: ProcessSession }) {
  const { t } = useTranslation();
  const status = useStore(session.status);
  const overall = useMemo(() => overallStatus(status), [status]);
  const closed = status.map.closed;
  const where = overall.unsavedBy
    .map(({ channel, count }) => t(`sync.channel.${channel}`, { count }))
    .join(', ');
  const saveText = overall.rebuilding
    ? t('sync.rebuilding')
    : overall.saved
      ? t('sync.allSaved')
      : `${t('sync.unsaved', { count: overall.unsaved })} ${t('sync.unsavedWhere', { where })}`;
  const refusedCount = overall.refused.reduce((sum, notice) => sum + notice.changes, 0);
  return (
    <div className="sync-status" role="status" aria-live="polite" data-testid="sync-status">
      <span className={`dot dot-${overall.connection}`} aria-hidden="true" />
      <span data-testid="connection" data-state={overall.connection}>
        {t(`sync.${overall.connection}`)}
      </span>
      <span className="sync-sep" aria-hidden="true">
        ·
      </span>
      <span
        data-testid="save-status"
        data-unsaved={overall.unsaved}
        data-saved={overall.saved ? 'true' : 'false'}
      >
        {saveText}
      </span>
      {refusedCount > 0 ? (
        <span className="sync-refused" data-testid="refused-status">
          {' · '}
          {t('sync.refusedCount', { count: refusedCount })}
        </span>
      ) : null}
      {closed ? (
        <span className="sync-closed">
          {t(`sync.closed.${closed}`, { defaultValue: t('sync.closed.other') })}
        </span>
      ) : null}
    </div>
  );
}
