// The "3 ungelesen" and "1 Erwähnung" badges of a process card; nothing when there is nothing new.
import { useTranslation } from 'react-i18next';
import type { UnreadCount } from './api.ts';

export function UnreadBadges({ unread }: { unread: UnreadCount | undefined }) {
  const { t } = useTranslation();
  if (!unread) return null;
  const threads = t('library.unread.threadsLong', { count: unread.unreadThreads });
  const mentions = t('library.unread.mentionsLong', { count: unread.mentions });
  return (
    <>
      {unread.unreadThreads > 0 ? (
        <span
          className="badge unread-badge"
          role="note"
          aria-label={threads}
          title={threads}
          data-testid="unread-badge"
        >
          {t('library.unread.threads', { count: unread.unreadThreads })}
        </span>
      ) : null}
      {unread.mentions > 0 ? (
        <span
          className="badge mention-badge"
          role="note"
          aria-label={mentions}
          title={mentions}
          data-testid="mention-badge"
        >
          {t('library.unread.mentions', { count: unread.mentions })}
        </span>
      ) : null}
    </>
  );
}
