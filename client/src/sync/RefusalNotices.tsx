// Says in plain words which of the person's changes the server did not take, and why, until they close it.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { ProcessSession } from './process-session.ts';
import { overallStatus } from './session-status.ts';

export function RefusalNotices({ session }: { session: ProcessSession }) {
  const { t } = useTranslation();
  const status = useStore(session.status);
  const notices = useMemo(() => overallStatus(status).refused, [status]);
  // Always in the page, so screen readers announce a notice as it arrives.
  return (
    <div role="alert" data-testid="refusal-notices">
      {notices.map((notice) => {
        const reason = t(`sync.refusal.reason.${notice.reason}`);
        const quoted = notice.items.map((item) => `„${item}“`);
        const items =
          quoted.length > 1
            ? `${quoted.slice(0, -1).join(', ')} ${t('sync.refusal.and')} ${quoted.at(-1)}`
            : (quoted[0] ?? '');
        const message =
          notice.channel === 'map' && items
            ? t('sync.refusal.items', { reason, items, count: notice.changes })
            : t(`sync.refusal.${notice.channel}`, { reason, count: notice.changes });
        return (
          <div key={notice.id} className="banner banner-error" data-testid="refusal-notice">
            {message} {status[notice.channel].rebuilding ? null : t('sync.refusal.restored')}{' '}
            <button
              type="button"
              className="link-button"
              onClick={() => session[notice.channel].dismissRefused(notice.id)}
            >
              {t('sync.refusal.dismiss')}
            </button>
          </div>
        );
      })}
    </div>
  );
}
