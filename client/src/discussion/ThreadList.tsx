// The side panel's list of threads under one filter, each with what it is about, its start, and whether something is new.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  filterThreads,
  threadFilterCounts,
  THREAD_FILTERS,
  type ThreadView,
} from '@prozesswerk/process-model';
import { useBoard } from '../board/store/context.tsx';
import { useAnchorLabel } from './anchor-label.ts';
import { useDiscussion, useDiscussionMe, useDiscussionUi, useDiscussionUiStore } from './context.tsx';
import { isUnreadThread } from './pins.ts';
import { openThread, type PanelFilter } from './ui-store.ts';
import { useReadState } from './use-threads.ts';

const FILTERS: readonly PanelFilter[] = [...THREAD_FILTERS, 'all'];

export function ThreadList({ threads }: { threads: readonly ThreadView[] }) {
  const { t } = useTranslation();
  const ui = useDiscussionUiStore();
  const { store } = useBoard();
  const filter = useDiscussionUi((s) => s.filter);
  const me = useDiscussionMe();
  const discussion = useDiscussion();
  const counts = useMemo(() => threadFilterCounts(discussion, me?.id ?? ''), [discussion, me]);
  const matching =
    filter === 'all'
      ? null
      : new Set(filterThreads(discussion, filter, me?.id ?? '').map((thread) => thread.id));
  // Newest first: what people are talking about now is what one opens the panel for.
  const shown = threads.filter((thread) => !matching || matching.has(thread.id)).reverse();
  return (
    <>
      <div className="discussion-filters" role="group" aria-label={t('discussion.filter.label')}>
        {FILTERS.map((value) => {
          const name = t(`discussion.filter.${value}`);
          const count = counts[value];
          return (
            <button
              key={value}
              type="button"
              className={`discussion-filter${filter === value ? ' is-active' : ''}`}
              aria-pressed={filter === value}
              aria-label={`${name}, ${t('discussion.filter.count', { count })}`}
              onClick={() => ui.setState({ filter: value })}
            >
              {name} <span className="discussion-filter-count">{count}</span>
            </button>
          );
        })}
      </div>
      {shown.length === 0 ? (
        <p className="discussion-muted">{t(`discussion.empty.${filter}`)}</p>
      ) : (
        <ul className="discussion-list">
          {shown.map((thread) => (
            <ThreadSummary key={thread.id} thread={thread} onOpen={() => openThread(ui, store, thread.id)} />
          ))}
        </ul>
      )}
    </>
  );
}

function ThreadSummary({ thread, onOpen }: { thread: ThreadView; onOpen(): void }) {
  const { t } = useTranslation();
  const read = useReadState();
  const label = useAnchorLabel(thread.anchor, thread.anchorSnapshot);
  const first = thread.comments[0];
  const unread = read !== null && isUnreadThread(thread, read);
  // Deleted replies keep their place in the thread but are not answers any more.
  const replies = thread.comments.slice(1).filter((comment) => !comment.deleted).length;
  return (
    <li>
      <button
        type="button"
        className={`discussion-summary${unread ? ' is-unread' : ''}`}
        data-testid="discussion-thread"
        onClick={onOpen}
      >
        <span className="discussion-summary-head">
          <strong>{label}</strong>
          {unread ? <span className="discussion-new">{t('discussion.unread.new')}</span> : null}
          {thread.status === 'resolved' ? (
            <span className="discussion-status">{t('discussion.thread.resolved')}</span>
          ) : null}
        </span>
        {thread.orphaned ? (
          <span className="discussion-orphan">{t('discussion.thread.orphaned')}</span>
        ) : null}
        <span className="discussion-excerpt">
          {first?.deleted ? t('discussion.comment.deleted') : first?.text}
        </span>
        <span className="discussion-muted">
          {first?.author.name} · {t('discussion.thread.replies', { count: replies })}
        </span>
      </button>
    </li>
  );
}
