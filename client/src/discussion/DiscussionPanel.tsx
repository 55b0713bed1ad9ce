// The comments side drawer: all threads with filters, one open thread, or a new thread being written.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { closeOnEscape, useFocusReturn } from '../shared/focus.ts';
import { useProcess } from '../sync/process-context.tsx';
import { useDiscussionRefusal, useDiscussionUi, useDiscussionUiStore, useMayDiscuss } from './context.tsx';
import { NewThreadButton, NewThreadForm } from './NewThread.tsx';
import { ThreadDetail } from './ThreadDetail.tsx';
import { ThreadList } from './ThreadList.tsx';
import { useThreadViews } from './use-threads.ts';
import './discussion.css';

/** Mounted only while open, so focus moves in on each opening and back out on closing. */
export function DiscussionDrawer({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const { processId } = useProcess();
  const ui = useDiscussionUiStore();
  const focusRef = useFocusReturn<HTMLElement>();
  const draft = useDiscussionUi((s) => s.draft);
  const activeId = useDiscussionUi((s) => s.activeThreadId);
  const canWrite = useMayDiscuss();
  const threads = useThreadViews();
  const active = useMemo(() => threads.find((thread) => thread.id === activeId), [threads, activeId]);
  return (
    <aside
      ref={focusRef}
      className="drawer discussion-drawer"
      id="editor-discussion"
      aria-label={t('discussion.title')}
      onKeyDown={closeOnEscape(onClose)}
    >
      <div className="drawer-head">
        <h2>{t('discussion.title')}</h2>
        <button type="button" className="icon-button" aria-label={t('discussion.close')} onClick={onClose}>
          ×
        </button>
      </div>
      <RefusalNotice />
      {draft ? (
        <NewThreadForm anchor={draft} />
      ) : active ? (
        <ThreadDetail key={active.id} thread={active} onBack={() => ui.setState({ activeThreadId: null })} />
      ) : (
        <>
          {canWrite ? <NewThreadButton /> : <p className="discussion-muted">{t('discussion.readOnly')}</p>}
          <ThreadList threads={threads} />
          <a
            className="link-button discussion-log"
            href={`/api/processes/${encodeURIComponent(processId)}/decision-log`}
            download
          >
            {t('discussion.decisionLog')}
          </a>
        </>
      )}
    </aside>
  );
}

const REFUSAL_REASONS_WITH_TEXT = [
  'discussion-not-author',
  'discussion-not-moderator',
  'discussion-immutable',
];

// A revoked link, a lowered role, or a change the server does not take from this person: say plainly which.
function RefusalNotice() {
  const { t } = useTranslation();
  const refusal = useDiscussionRefusal();
  if (!refusal) return null;
  const key = REFUSAL_REASONS_WITH_TEXT.includes(refusal)
    ? `discussion.refusedReason.${refusal}`
    : 'discussion.refused';
  return (
    <p className="banner banner-error" role="alert">
      {t(key)}
    </p>
  );
}
