// One comment of a thread: author, time, text with mentions, "new" marker, reactions, and edit/delete for its author.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  deleteComment,
  editComment,
  parseMentions,
  type DiscussionComment,
  type Mentionable,
  type ThreadId,
} from '@prozesswerk/process-model';
import { MentionInput } from './MentionInput.tsx';
import { Reactions } from './Reactions.tsx';
import type { DiscussionWriter } from './use-discussion-write.ts';

type Props = {
  threadId: ThreadId;
  comment: DiscussionComment;
  me: Mentionable | null;
  unread: boolean;
  writer: DiscussionWriter | null;
  people: readonly Mentionable[];
};

export function CommentItem({ threadId, comment, me, unread, writer, people }: Props) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState<string | null>(null);
  const mine = me !== null && comment.author.id === me.id;
  const time = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'short' }).format(
    new Date(comment.createdAt),
  );

  if (comment.deleted) {
    return (
      <li className="discussion-comment is-deleted" data-testid="discussion-comment">
        {t('discussion.comment.deleted')}
      </li>
    );
  }

  const save = () => {
    if (editing === null || !writer) return;
    const text = editing;
    const saved = writer.run((doc, by) =>
      editComment(doc, threadId, comment.id, { by, text, mentions: parseMentions(text, people) }),
    );
    if (saved) setEditing(null);
  };

  return (
    <li
      className={`discussion-comment${unread ? ' is-unread' : ''}`}
      data-testid="discussion-comment"
      data-unread={unread}
    >
      <div className="discussion-comment-head">
        <strong>{comment.author.name}</strong>
        {comment.author.org ? <span className="discussion-muted">{comment.author.org}</span> : null}
        <time className="discussion-muted" dateTime={comment.createdAt}>
          {time}
        </time>
        {comment.editedAt ? <span className="discussion-muted">{t('discussion.comment.edited')}</span> : null}
        {unread ? <span className="discussion-new">{t('discussion.unread.new')}</span> : null}
      </div>
      {editing === null ? (
        <p className="discussion-text">
          {highlightMentions(comment.text, comment.mentions, me ? [...people, me] : people)}
        </p>
      ) : (
        <div className="discussion-form">
          <MentionInput
            label={t('discussion.comment.editLabel')}
            value={editing}
            people={people}
            onChange={setEditing}
            onSubmit={save}
            autoFocus
          />
          <div className="discussion-actions">
            <button type="button" className="button primary" onClick={save}>
              {t('discussion.comment.save')}
            </button>
            <button type="button" className="button" onClick={() => setEditing(null)}>
              {t('discussion.cancel')}
            </button>
          </div>
        </div>
      )}
      <div className="discussion-comment-foot">
        <Reactions threadId={threadId} comment={comment} meId={me?.id ?? null} writer={writer} />
        {mine && writer && editing === null ? (
          <span className="discussion-own-actions">
            <button type="button" className="link-button" onClick={() => setEditing(comment.text)}>
              {t('discussion.comment.edit')}
            </button>
            <button
              type="button"
              className="link-button"
              onClick={() => {
                if (window.confirm(t('discussion.comment.confirmDelete')))
                  writer.run((doc, by) => deleteComment(doc, threadId, comment.id, by));
              }}
            >
              {t('discussion.comment.delete')}
            </button>
          </span>
        ) : null}
      </div>
    </li>
  );
}

/** Marks the '@Name' of people the comment mentions, so one sees at a glance who is asked. */
function highlightMentions(text: string, mentions: readonly string[], people: readonly Mentionable[]) {
  const names = people
    .filter((person) => mentions.includes(person.id))
    .map((person) => `@${person.name}`)
    .sort((a, b) => b.length - a.length);
  if (names.length === 0) return text;
  const escaped = names.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const parts = text.split(new RegExp(`(${escaped.join('|')})`, 'gi'));
  return parts.map((part, index) =>
    index % 2 === 1 ? (
      <mark key={index} className="discussion-mention">
        {part}
      </mark>
    ) : (
      part
    ),
  );
}
