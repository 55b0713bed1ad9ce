// The reactions under a comment: those given, with counts, and on demand the full choice, each an icon with a name.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toggleReaction, type DiscussionComment, type ThreadId } from '@prozesswerk/process-model';
import { ReactionIcon } from './ReactionIcon.tsx';
import { reactionName, reactionOrder } from './reaction-kinds.ts';
import type { DiscussionWriter } from './use-discussion-write.ts';

type Props = {
  threadId: ThreadId;
  comment: DiscussionComment;
  meId: string | null;
  writer: DiscussionWriter | null;
};

// Reactions already given show with their count; the full choice opens on demand, to keep comments calm.
export function Reactions({ threadId, comment, meId, writer }: Props) {
  const { t } = useTranslation();
  const [choosing, setChoosing] = useState(false);
  const given = comment.reactions.filter((reaction) => reaction.personIds.length > 0).map((r) => r.emoji);
  const toggle = (emoji: string) => {
    writer?.run((doc, by) => toggleReaction(doc, threadId, comment.id, { by, emoji }));
    setChoosing(false);
  };
  return (
    <span className="discussion-reactions" role="group" aria-label={t('discussion.reactions.label')}>
      {reactionOrder(given, choosing).map((emoji) => {
        const people = reactionOf(comment, emoji)?.personIds ?? [];
        const pressed = meId !== null && people.includes(meId);
        const name = reactionName(emoji);
        const label = name ? t(`discussion.reactions.names.${name}`) : emoji;
        const description = t('discussion.reactions.toggle', { reaction: label, count: people.length });
        return (
          <button
            key={emoji}
            type="button"
            className={`discussion-reaction${pressed ? ' is-pressed' : ''}`}
            aria-pressed={pressed}
            aria-label={description}
            title={description}
            disabled={!writer}
            onClick={() => toggle(emoji)}
          >
            {name ? <ReactionIcon name={name} /> : <span aria-hidden="true">{emoji}</span>}
            {choosing ? <span>{label}</span> : null}
            {people.length ? <span className="discussion-reaction-count">{people.length}</span> : null}
          </button>
        );
      })}
      {writer ? (
        <button
          type="button"
          className="link-button discussion-react"
          aria-expanded={choosing}
          onClick={() => setChoosing(!choosing)}
        >
          {choosing ? t('discussion.reactions.close') : t('discussion.reactions.add')}
        </button>
      ) : null}
    </span>
  );
}

const reactionOf = (comment: DiscussionComment, emoji: string) =>
  comment.reactions.find((reaction) => reaction.emoji === emoji && reaction.personIds.length > 0);
