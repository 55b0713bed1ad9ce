// Tests for comment mutations: replies, editing and deleting one's own comment, and reactions.
import { describe, expect, it } from 'vitest';
import { LOCAL_ORIGIN } from '../origin.ts';
import { deleteComment, editComment, reply, toggleReaction } from './comment-mutations.ts';
import { createDiscussionDoc } from './doc.ts';
import { readDiscussion } from './read.ts';
import { asCommentId } from './schema.ts';
import { anna, ben, carla, iso, minutes, recordOrigins } from './test-support.ts';
import { createThread } from './thread-mutations.ts';

function threadByAnna() {
  const doc = createDiscussionDoc();
  const threadId = createThread(doc, {
    anchor: { type: 'node', id: 'node-check' },
    author: anna,
    text: 'Wer prüft die Rechtsgrundlage?',
    now: minutes(0),
  });
  const firstCommentId = readDiscussion(doc).threads[0]!.comments[0]!.id;
  return { doc, threadId, firstCommentId };
}

const comments = (doc: ReturnType<typeof threadByAnna>['doc']) => readDiscussion(doc).threads[0]!.comments;

describe('reply', () => {
  it('appends replies in the order they were written, with author, mentions and time', () => {
    const { doc, threadId } = threadByAnna();
    const first = reply(doc, threadId, {
      author: ben,
      text: '@Anna Schmidt das Rechtsamt.',
      mentions: [anna.id],
      now: minutes(3),
    });
    reply(doc, threadId, { author: carla, text: 'Einverstanden.', now: minutes(2) });
    const [, byBen, byCarla] = comments(doc);
    expect(byBen).toMatchObject({ id: first, author: ben, mentions: [anna.id], createdAt: iso(minutes(3)) });
    expect(byCarla).toMatchObject({ author: carla, text: 'Einverstanden.', mentions: [] });
  });

  it('rejects empty text and an unknown thread', () => {
    const { doc, threadId } = threadByAnna();
    expect(() => reply(doc, threadId, { author: ben, text: '' })).toThrow(
      expect.objectContaining({ code: 'invalid-input' }),
    );
    expect(() => reply(doc, 'gone' as typeof threadId, { author: ben, text: 'x' })).toThrow(
      expect.objectContaining({ code: 'unknown-thread' }),
    );
  });
});

describe('editComment', () => {
  it('lets the author change text and mentions and records when', () => {
    const { doc, threadId, firstCommentId } = threadByAnna();
    editComment(doc, threadId, firstCommentId, {
      by: anna,
      text: 'Wer prüft? @Ben Weber',
      mentions: [ben.id],
      now: minutes(9),
    });
    expect(comments(doc)[0]).toMatchObject({
      text: 'Wer prüft? @Ben Weber',
      mentions: [ben.id],
      editedAt: iso(minutes(9)),
      createdAt: iso(minutes(0)),
    });
  });

  it('keeps the mentions when the edit gives none', () => {
    const { doc, threadId } = threadByAnna();
    const id = reply(doc, threadId, { author: ben, text: '@Anna Schmidt', mentions: [anna.id] });
    editComment(doc, threadId, id, { by: ben, text: '@Anna Schmidt bitte prüfen' });
    expect(comments(doc)[1]!.mentions).toEqual([anna.id]);
  });

  it('refuses anyone but the author with not-author, leaving the text as it was', () => {
    const { doc, threadId, firstCommentId } = threadByAnna();
    expect(() => editComment(doc, threadId, firstCommentId, { by: ben, text: 'Gekapert' })).toThrow(
      expect.objectContaining({ code: 'not-author' }),
    );
    expect(comments(doc)[0]!.text).toBe('Wer prüft die Rechtsgrundlage?');
  });

  it('refuses to edit a deleted comment and reports an unknown comment', () => {
    const { doc, threadId, firstCommentId } = threadByAnna();
    deleteComment(doc, threadId, firstCommentId, anna);
    expect(() => editComment(doc, threadId, firstCommentId, { by: anna, text: 'wieder da' })).toThrow(
      expect.objectContaining({ code: 'comment-deleted' }),
    );
    expect(() => editComment(doc, threadId, asCommentId('nope'), { by: anna, text: 'x' })).toThrow(
      expect.objectContaining({ code: 'unknown-comment' }),
    );
  });
});

describe('deleteComment', () => {
  it('soft-deletes the author’s comment: it keeps its place without text, mentions or reactions', () => {
    const { doc, threadId } = threadByAnna();
    const id = reply(doc, threadId, { author: ben, text: '@Anna Schmidt falsch', mentions: [anna.id] });
    reply(doc, threadId, { author: anna, text: 'Danke' });
    toggleReaction(doc, threadId, id, { by: anna, emoji: '👍' });
    deleteComment(doc, threadId, id, ben);
    const [, deleted, after] = comments(doc);
    expect(deleted).toMatchObject({ id, author: ben, text: '', deleted: true, mentions: [], reactions: [] });
    expect(after!.text).toBe('Danke');
  });

  it('refuses anyone but the author and writes nothing when deleting twice', () => {
    const { doc, threadId, firstCommentId } = threadByAnna();
    expect(() => deleteComment(doc, threadId, firstCommentId, ben)).toThrow(
      expect.objectContaining({ code: 'not-author' }),
    );
    deleteComment(doc, threadId, firstCommentId, anna);
    const origins = recordOrigins(doc);
    deleteComment(doc, threadId, firstCommentId, anna);
    expect(origins).toEqual([]);
  });
});

describe('toggleReaction', () => {
  it('adds a reaction per person and emoji and removes it on the second toggle', () => {
    const { doc, threadId, firstCommentId } = threadByAnna();
    expect(toggleReaction(doc, threadId, firstCommentId, { by: ben, emoji: '👍' })).toBe(true);
    expect(toggleReaction(doc, threadId, firstCommentId, { by: carla, emoji: '👍' })).toBe(true);
    expect(toggleReaction(doc, threadId, firstCommentId, { by: carla, emoji: '❤️' })).toBe(true);
    expect(comments(doc)[0]!.reactions).toEqual([
      { emoji: '❤️', personIds: [carla.id] },
      { emoji: '👍', personIds: [carla.id, ben.id] },
    ]);

    expect(toggleReaction(doc, threadId, firstCommentId, { by: ben, emoji: '👍' })).toBe(false);
    expect(comments(doc)[0]!.reactions).toEqual([
      { emoji: '❤️', personIds: [carla.id] },
      { emoji: '👍', personIds: [carla.id] },
    ]);
  });

  it('rejects an emoji with whitespace and reactions on a deleted comment', () => {
    const { doc, threadId, firstCommentId } = threadByAnna();
    expect(() => toggleReaction(doc, threadId, firstCommentId, { by: ben, emoji: '👍 👍' })).toThrow(
      expect.objectContaining({ code: 'invalid-input' }),
    );
    deleteComment(doc, threadId, firstCommentId, anna);
    expect(() => toggleReaction(doc, threadId, firstCommentId, { by: ben, emoji: '👍' })).toThrow(
      expect.objectContaining({ code: 'comment-deleted' }),
    );
  });

  it('writes each mutation as one transaction with LOCAL_ORIGIN by default', () => {
    const { doc, threadId, firstCommentId } = threadByAnna();
    const origins = recordOrigins(doc);
    const id = reply(doc, threadId, { author: ben, text: 'x' });
    editComment(doc, threadId, id, { by: ben, text: 'y' }, 'server');
    toggleReaction(doc, threadId, firstCommentId, { by: ben, emoji: '🎉' });
    deleteComment(doc, threadId, id, ben, 'server');
    expect(origins).toEqual([LOCAL_ORIGIN, 'server', LOCAL_ORIGIN, 'server']);
  });
});
