import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { deleteComment, editComment, reply, toggleReaction } from './comment-mutations.ts';
import { createDiscussionDoc, getThreads, requireComment, requireThread } from './doc.ts';
import { applyAndJudgeDiscussionUpdate, MAX_TIMESTAMP_AGE_MS, type DiscussionWriter } from './guard.ts';
import { readDiscussion } from './read.ts';
import type { Person, ThreadId } from './schema.ts';
import { anna, ben, carla, minutes, T0 } from './test-support.ts';
import { createThread, reopenThread, resolveThread } from './thread-mutations.ts';
import { castVote } from './votes.ts';

const fritz: Person = { id: 'user-fritz', name: 'Fritz Fischer', org: 'Stadt Musterstadt' };
const writerOf = (person: Person, moderator = false): DiscussionWriter => ({
  id: person.id,
  name: person.name,
  orgs: person.org ? [person.org] : [],
  moderator,
});

/** The server's document and one person's copy of it; `send` judges what the person's copy changed since. */
function setUp() {
  const server = createDiscussionDoc();
  const thread = createThread(server, {
    anchor: { type: 'point', x: 0, y: 0 },
    author: fritz,
    text: 'Gebühr erhöhen?',
    now: T0,
  });
  resolveThread(server, thread, { by: fritz, decision: 'Gebühr bleibt bei 20 €.', now: T0 });
  reply(server, thread, { author: anna, text: 'Einverstanden.', now: T0 });
  const copyOf = () => {
    const doc = createDiscussionDoc();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(server));
    return doc;
  };
  function send(as: DiscussionWriter, change: (doc: Y.Doc) => void, now = minutes(1)) {
    const client = copyOf();
    const before = Y.encodeStateVector(client);
    change(client);
    const update = Y.encodeStateAsUpdate(client, before);
    const judged = copyOf();
    const verdict = applyAndJudgeDiscussionUpdate(judged, update, as, now);
    if (!verdict) Y.applyUpdate(server, update);
    return verdict?.reason;
  }
  const comments = () => readDiscussion(server).threads[0]!.comments;
  return { server, thread, send, comments };
}

describe('the server’s judgement of a discussion change', () => {
  it('takes a thread, a reply, an edit, a reaction and a vote of the writer’s own', () => {
    const { thread, send, comments } = setUp();
    const me = writerOf(anna);
    expect(
      send(me, (doc) =>
        createThread(doc, {
          anchor: { type: 'point', x: 1, y: 1 },
          author: anna,
          text: 'Neu',
          now: minutes(1),
        }),
      ),
    ).toBeUndefined();
    expect(
      send(me, (doc) => reply(doc, thread, { author: anna, text: 'Noch was', now: minutes(1) })),
    ).toBeUndefined();
    const own = comments()[1]!.id;
    expect(
      send(me, (doc) => editComment(doc, thread, own, { by: anna, text: 'Geändert', now: minutes(1) })),
    ).toBeUndefined();
    expect(
      send(me, (doc) => toggleReaction(doc, thread, comments()[0]!.id, { by: anna, emoji: '👍' })),
    ).toBeUndefined();
    const round = { id: 'round-1', open: true, votesPerParticipant: 3 };
    expect(
      send(me, (doc) => castVote(doc, { round, targetId: 'node-1' as never, by: anna })),
    ).toBeUndefined();
    expect(send(me, (doc) => deleteComment(doc, thread, own, anna))).toBeUndefined();
  });

  it('refuses rewriting another person’s decision, unless a facilitator does it in their own name', () => {
    const { server, thread, send } = setUp();
    const forged = { by: fritz, decision: 'Gebühr wird abgeschafft.', now: minutes(1) };
    expect(send(writerOf(carla), (doc) => resolveThread(doc, thread, forged))).toBe(
      'discussion-not-moderator',
    );
    expect(send(writerOf(carla), (doc) => reopenThread(doc, thread))).toBe('discussion-not-moderator');
    expect(readDiscussion(server).threads[0]!.decision).toBe('Gebühr bleibt bei 20 €.');

    // Even a facilitator signs their own name.
    expect(send(writerOf(ben, true), (doc) => resolveThread(doc, thread, forged))).toBe(
      'discussion-not-author',
    );
    const own = { by: ben, decision: 'Gebühr sinkt auf 15 €.', now: minutes(1) };
    expect(send(writerOf(ben, true), (doc) => resolveThread(doc, thread, own))).toBeUndefined();
    expect(readDiscussion(server).threads[0]).toMatchObject({
      decision: 'Gebühr sinkt auf 15 €.',
      resolvedBy: ben,
    });
  });

  it('lets anyone resolve an open thread in their own name, and the resolver reopen it', () => {
    const { thread, send } = setUp();
    expect(send(writerOf(fritz), (doc) => reopenThread(doc, thread))).toBeUndefined();
    expect(
      send(writerOf(carla), (doc) => resolveThread(doc, thread, { by: carla, now: minutes(1) })),
    ).toBeUndefined();
    expect(send(writerOf(carla), (doc) => reopenThread(doc, thread))).toBeUndefined();
  });

  it('refuses a thread, comment, reaction or vote in another person’s name', () => {
    const { thread, send, comments } = setUp();
    const me = writerOf(carla);
    const forgedThread = (doc: Y.Doc) => {
      const id = createThread(doc, {
        anchor: { type: 'point', x: 5, y: 5 },
        author: carla,
        text: 'Beschlossen',
        now: minutes(1),
      });
      resolveThread(doc, id, {
        by: { id: 'user-anna', name: 'Anna Albrecht' },
        decision: 'Ja',
        now: minutes(1),
      });
    };
    expect(send(me, forgedThread)).toBe('discussion-not-author');
    expect(
      send(me, (doc) =>
        createThread(doc, {
          anchor: { type: 'point', x: 1, y: 1 },
          author: anna,
          text: 'x',
          now: minutes(1),
        }),
      ),
    ).toBe('discussion-not-author');
    expect(
      send(me, (doc) =>
        reply(doc, thread, { author: { ...carla, name: 'Bürgermeister' }, text: 'x', now: minutes(1) }),
      ),
    ).toBe('discussion-not-author');
    expect(
      send(me, (doc) =>
        reply(doc, thread, { author: { ...carla, org: 'Stadt Kehl' }, text: 'x', now: minutes(1) }),
      ),
    ).toBe('discussion-not-author');
    expect(send(me, (doc) => toggleReaction(doc, thread, comments()[0]!.id, { by: anna, emoji: '👍' }))).toBe(
      'discussion-not-author',
    );
    const round = { id: 'round-1', open: true, votesPerParticipant: 3 };
    expect(send(me, (doc) => castVote(doc, { round, targetId: 'node-1' as never, by: anna }))).toBe(
      'discussion-not-author',
    );
  });

  it('refuses editing, taking down or removing another person’s comment; a facilitator may take it down', () => {
    const { server, thread, send, comments } = setUp();
    const annas = comments()[1]!.id;
    const rewrite = (doc: Y.Doc) => requireComment(doc, thread, annas).set('text', 'Abgelehnt.');
    expect(send(writerOf(carla), rewrite)).toBe('discussion-not-author');
    expect(send(writerOf(carla), (doc) => deleteComment(doc, thread, annas, anna))).toBe(
      'discussion-not-author',
    );
    expect(send(writerOf(ben, true), rewrite)).toBe('discussion-not-author');
    const remove = (doc: Y.Doc) =>
      (requireThread(doc, thread).get('comments') as Y.Array<unknown>).delete(1, 1);
    expect(send(writerOf(ben, true), remove)).toBe('discussion-immutable');
    expect(comments()[1]).toMatchObject({ text: 'Einverstanden.', deleted: false });

    expect(send(writerOf(ben, true), (doc) => deleteComment(doc, thread, annas, anna))).toBeUndefined();
    expect(readDiscussion(server).threads[0]!.comments[1]).toMatchObject({ text: '', deleted: true });
  });

  it('refuses changing authorship or times, removing a thread, and writing outside threads and votes', () => {
    const { thread, send } = setUp();
    const me = writerOf(fritz);
    expect(
      send(me, (doc) => requireThread(doc, thread).set('createdAt', new Date(minutes(1)).toISOString())),
    ).toBe('discussion-immutable');
    expect(send(me, (doc) => getThreads(doc).delete(thread))).toBe('discussion-immutable');
    expect(send(me, (doc) => doc.getMap('notes').set('x', 1))).toBe('discussion-immutable');
    const backdated = T0 - MAX_TIMESTAMP_AGE_MS - 60_000;
    expect(send(me, (doc) => reply(doc, thread, { author: fritz, text: 'x', now: backdated }), T0)).toBe(
      'discussion-immutable',
    );
    expect(send(me, (doc) => reply(doc, thread, { author: fritz, text: 'x', now: minutes(60) }), T0)).toBe(
      'discussion-immutable',
    );
  });

  it('refuses an update that builds on changes the server does not hold', () => {
    const judged = createDiscussionDoc();
    const source = createDiscussionDoc();
    const id: ThreadId = createThread(source, {
      anchor: { type: 'point', x: 0, y: 0 },
      author: carla,
      text: 'a',
      now: T0,
    });
    const before = Y.encodeStateVector(source);
    reply(source, id, { author: carla, text: 'b', now: T0 });
    const onlyReply = Y.encodeStateAsUpdate(source, before);
    expect(applyAndJudgeDiscussionUpdate(judged, onlyReply, writerOf(carla), T0)?.reason).toBe(
      'discussion-immutable',
    );
  });
});
