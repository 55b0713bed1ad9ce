// The rail button of the comments drawer: how many threads are open, and whether one is unread.
import { useTranslation } from 'react-i18next';
import { PanelToggle } from '../board/chrome/PanelToggle.tsx';
import { isUnreadThread } from './pins.ts';
import { useReadState, useThreadViews } from './use-threads.ts';

export function DiscussionButton({ open, onToggle }: { open: boolean; onToggle(): void }) {
  const { t } = useTranslation();
  const threads = useThreadViews();
  const read = useReadState();
  const openCount = threads.filter((thread) => thread.status === 'open').length;
  const unread = read !== null && threads.some((thread) => isUnreadThread(thread, read));
  return (
    <PanelToggle open={open} onToggle={onToggle} controls="editor-discussion" testId="discussion-toggle">
      {t('discussion.open')}
      {/* aria-label on a plain span is not read by every screen reader; hidden text is. */}
      {openCount > 0 ? (
        <span className="discussion-count">
          <span aria-hidden="true">{openCount}</span>
          <span className="visually-hidden">{t('discussion.openCount', { count: openCount })}</span>
        </span>
      ) : null}
      {unread ? (
        <span className="discussion-pin-unread" role="img" aria-label={t('discussion.unread.some')} />
      ) : null}
    </PanelToggle>
  );
}
