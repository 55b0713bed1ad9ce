// One thread in the side panel: what it is about, its comments, a reply box, and resolving with a decision or reopening.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  isUnreadComment,
  parseMentions,
  reopenThread,
  reply,
  resolveThread,
  type ThreadView,
} from '@prozesswerk/process-model';
import { useAnchorLabel, useCurrentAnchorMap } from './anchor-label.ts';
import { CommentItem } from './CommentItem.tsx';
import { useDiscussionMe, useMayChangeResolution } from './context.tsx';
import { MentionInput } from './MentionInput.tsx';
import { seenAt } from './pins.ts';
import { useDiscussionWrite, useMentionable } from './use-discussion-write.ts';
import { useJumpToAnchor, useReadState } from './use-threads.ts';

function formatWhen(timestamp: string | undefined, language: string): string {
  const at = Date.parse(timestamp ?? '');
  if (Number.isNaN(at)) return '';
  return new Intl.DateTimeFormat(language, { dateStyle: 'short', timeStyle: 'short' }).format(at);
}

export function ThreadDetail({ thread, onBack }: { thread: ThreadView; onBack(): void }) {
  const { t, i18n } = useTranslation();
  const writer = useDiscussionWrite();
  const people = useMentionable();
  const me = useDiscussionMe();
  const read = useReadState();
  const jump = useJumpToAnchor();
  const label = useAnchorLabel(thread.anchor, thread.anchorSnapshot);
  // New relative to when the thread was last looked at, not to now: what arrives while reading stays marked.
  const [seen, setSeen] = useState<string | null | undefined>(undefined);
  if (seen === undefined && read) setSeen(seenAt(thread, { ...read, opened: {} }));

  return (
    <section className="discussion-thread" aria-label={t('discussion.thread.label', { anchor: label })}>
      <button type="button" className="link-button" onClick={onBack}>
        ← {t('discussion.thread.back')}
      </button>
      <header className="discussion-thread-head">
        <h3>{label}</h3>
        {thread.orphaned ? (
          <p className="discussion-orphan" role="note">
            {t('discussion.thread.orphaned')}
          </p>
        ) : (
          <button type="button" className="button" onClick={() => jump(thread.anchor)}>
            {t('discussion.thread.jump')}
          </button>
        )}
      </header>
      {thread.status === 'resolved' ? (
        <div className="discussion-resolution" data-testid="discussion-resolution">
          <strong>
            {t('discussion.thread.resolvedBy', {
              name: thread.resolvedBy?.name || t('discussion.thread.someone'),
              when: formatWhen(thread.resolvedAt, i18n.language),
            })}
          </strong>
          {thread.decision ? (
            <p className="discussion-text">
              <span className="discussion-label-inline">{t('discussion.thread.decision')}</span>{' '}
              {thread.decision}
            </p>
          ) : null}
        </div>
      ) : null}
      <ol className="discussion-comments">
        {thread.comments.map((comment) => (
          <CommentItem
            key={comment.id}
            threadId={thread.id}
            comment={comment}
            me={me}
            unread={read !== null && seen !== undefined && isUnreadComment(comment, read.personId, seen)}
            writer={writer}
            people={people}
          />
        ))}
      </ol>
      {writer ? <ReplyBox thread={thread} /> : null}
      {writer ? <ResolveBox thread={thread} /> : null}
    </section>
  );
}

function ReplyBox({ thread }: { thread: ThreadView }) {
  const { t } = useTranslation();
  const writer = useDiscussionWrite();
  const people = useMentionable();
  const currentMap = useCurrentAnchorMap();
  const [text, setText] = useState('');
  const send = () => {
    if (!text.trim() || !writer) return;
    const mentions = parseMentions(text, people);
    const map = currentMap();
    if (writer.run((doc, author) => reply(doc, thread.id, { author, text, mentions, map }))) setText('');
  };
  return (
    <div className="discussion-form">
      <MentionInput
        label={t('discussion.reply.label')}
        placeholder={t('discussion.reply.placeholder')}
        value={text}
        people={people}
        onChange={setText}
        onSubmit={send}
      />
      {writer?.error ? (
        <p className="field-error" role="alert">
          {t(writer.error)}
        </p>
      ) : null}
      <div className="discussion-actions">
        <button type="button" className="button primary" disabled={!text.trim()} onClick={send}>
          {t('discussion.reply.send')}
        </button>
      </div>
    </div>
  );
}

function ResolveBox({ thread }: { thread: ThreadView }) {
  const { t } = useTranslation();
  const writer = useDiscussionWrite();
  const currentMap = useCurrentAnchorMap();
  const [decision, setDecision] = useState<string | null>(null);
  const mayReopen = useMayChangeResolution(thread.resolvedBy);
  if (!writer) return null;
  if (thread.status === 'resolved') {
    if (!mayReopen) return null;
    return (
      <button
        type="button"
        className="button"
        onClick={() => writer.run((doc) => reopenThread(doc, thread.id))}
      >
        {t('discussion.resolve.reopen')}
      </button>
    );
  }
  if (decision === null) {
    return (
      <button type="button" className="button" onClick={() => setDecision('')}>
        {t('discussion.resolve.start')}
      </button>
    );
  }
  const resolve = () => {
    const map = currentMap();
    if (writer.run((doc, by) => resolveThread(doc, thread.id, { by, decision, map }))) setDecision(null);
  };
  return (
    <div className="discussion-form">
      <label className="discussion-label">
        {t('discussion.resolve.decision')}
        <textarea
          className="discussion-textarea"
          rows={2}
          value={decision}
          placeholder={t('discussion.resolve.placeholder')}
          onChange={(event) => setDecision(event.target.value)}
        />
      </label>
      <div className="discussion-actions">
        <button type="button" className="button primary" onClick={resolve}>
          {t('discussion.resolve.confirm')}
        </button>
        <button type="button" className="button" onClick={() => setDecision(null)}>
          {t('discussion.cancel')}
        </button>
      </div>
    </div>
  );
}
