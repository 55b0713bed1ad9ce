// The connection and save status: online or offline, and whether every change has reached the server.
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { SyncSession } from './session.ts';

export function SyncStatusView({ session }: { session: SyncSession }) {
  const { t } = useTranslation();
  const connection = useStore(session.status, (s) => s.connection);
  const unsaved = useStore(session.status, (s) => s.unsaved);
  const closed = useStore(session.status, (s) => s.closed);
  const saveText = unsaved === 0 ? t('sync.allSaved') : t('sync.unsaved', { count: unsaved });
  return (
    <div className="sync-status" role="status" aria-live="polite" data-testid="sync-status">
      <span className={`dot dot-${connection}`} aria-hidden="true" />
      <span data-testid="connection" data-state={connection}>
        {t(`sync.${connection}`)}
      </span>
      <span className="sync-sep" aria-hidden="true">
        ·
      </span>
      <span data-testid="save-status" data-unsaved={unsaved}>
        {saveText}
      </span>
      {closed ? (
        <span className="sync-closed">
          {t(`sync.closed.${closed}`, { defaultValue: t('sync.closed.other') })}
        </span>
      ) : null}
    </div>
  );
}
