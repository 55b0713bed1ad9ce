// Convergence of the discussion doc: peers commenting, reacting and voting concurrently end with the same discussion.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { isProcessModelError } from '../errors.ts';
import { asNodeId } from '../ids.ts';
import type { ReadNodeKind } from '../schema.ts';
import { syncDocs } from '../test-network.ts';
import { deleteComment, editComment, reply, toggleReaction } from './comment-mutations.ts';
import { createDiscussionDoc } from './doc.ts';
import { readDiscussion } from './read.ts';
import type { Person } from './schema.ts';
import { anna, ben, carla, minutes, peersOf } from './test-support.ts';
import { createThread, reopenThread, resolveThread } from './thread-mutations.ts';
import { castVote, retractVote } from './votes.ts';

function startingPoint() {
  const doc = createDiscussionDoc();
  doc.clientID = 100;
  const threadId = createThread(doc, {
    anchor: { type: 'node', id: 'node-check' },
    author: anna,
    text: 'Braucht es hier eine Rechtsprüfung?',
    now: minutes(0),
  });
  const commentId = readDiscussion(doc).threads[0]!.comments[0]!.id;
  return { doc, threadId, commentId };
}

function expectConverged(docs: readonly Y.Doc[]) {
  const [first, ...rest] = docs.map((doc) => ({ content: doc.toJSON(), discussion: readDiscussion(doc) }));
  for (const other of rest) expect(other).toEqual(first);
  return first!.discussion;
}

const round = { id: 'round-1', open: true, votesPerParticipant: 3 };
const note = asNodeId('node-note');

describe('concurrent edits of two peers', () => {
  it('two people giving the first reaction with the same emoji at the same time both count', () => {
    const { doc, threadId, commentId } = startingPoint();
    const [a, b] = peersOf(doc, 2, createDiscussionDoc);
    toggleReaction(a!, threadId, commentId, { by: ben, emoji: '👍' });
    toggleReaction(b!, threadId, commentId, { by: carla, emoji: '👍' });
    syncDocs(a!, b!);
    const discussion = expectConverged([a!, b!]);
    expect(discussion.threads[0]!.comments[0]!.reactions).toEqual([
      { emoji: '👍', personIds: [carla.id, ben.id] },
    ]);
  });

  it('one person toggling a reaction on two devices at once ends with one answer', () => {
    const { doc, threadId, commentId } = startingPoint();
    toggleReaction(doc, threadId, commentId, { by: ben, emoji: '👍' });
    const [phone, laptop] = peersOf(doc, 2, createDiscussionDoc);
    toggleReaction(phone!, threadId, commentId, { by: ben, emoji: '👍' });
    toggleReaction(laptop!, threadId, commentId, { by: ben, emoji: '🎉' });
    syncDocs(phone!, laptop!);
    expect(expectConverged([phone!, laptop!]).threads[0]!.comments[0]!.reactions).toEqual([
      { emoji: '🎉', personIds: [ben.id] },
    ]);
  });

  it('two people casting their first votes on the same target at the same time both count', () => {
    const { doc } = startingPoint();
    const [a, b] = peersOf(doc, 2, createDiscussionDoc);
    castVote(a!, { round, targetId: note, by: ben });
    castVote(a!, { round, targetId: note, by: ben });
    castVote(b!, { round, targetId: note, by: carla });
    syncDocs(a!, b!);
    expect(expectConverged([a!, b!]).votes).toEqual([
      { roundId: 'round-1', targetId: note, personId: carla.id, count: 1 },
      { roundId: 'round-1', targetId: note, personId: ben.id, count: 2 },
    ]);
  });

  it('a reply written while another peer resolves the thread ends in a resolved thread with the reply', () => {
    const { doc, threadId } = startingPoint();
    const [a, b] = peersOf(doc, 2, createDiscussionDoc);
    resolveThread(a!, threadId, { by: anna, decision: 'Keine Prüfung nötig.', now: minutes(10) });
    reply(b!, threadId, { author: ben, text: 'Doch, § 14 GewO!', now: minutes(11) });
    syncDocs(b!, a!);
    const thread = expectConverged([a!, b!]).threads[0]!;
    expect(thread).toMatchObject({ status: 'resolved', decision: 'Keine Prüfung nötig.', resolvedBy: anna });
    expect(thread.comments.map((c) => c.text)).toEqual([
      'Braucht es hier eine Rechtsprüfung?',
      'Doch, § 14 GewO!',
    ]);
  });

  it('two people replying while seeing different names of the element end with one remembered name, never a mix', () => {
    const { doc, threadId } = startingPoint();
    const [a, b] = peersOf(doc, 2, createDiscussionDoc);
    const named = (label: string, kind: ReadNodeKind) => ({
      nodes: [{ id: asNodeId('node-check'), kind, label, x: 0, y: 0, attrs: {} }],
      edges: [],
    });
    reply(a!, threadId, { author: ben, text: 'a', map: named('Antrag prüfen', 'activity'), now: minutes(1) });
    reply(b!, threadId, { author: carla, text: 'b', map: named('Prüfung', 'decision'), now: minutes(1) });
    syncDocs(a!, b!);
    const snapshot = expectConverged([a!, b!]).threads[0]!.anchorSnapshot;
    expect([
      { type: 'node', kind: 'activity', label: 'Antrag prüfen' },
      { type: 'node', kind: 'decision', label: 'Prüfung' },
    ]).toContainEqual(snapshot);
  });

  it('two facilitators resolving at once end with one whole resolution, never a mix of both', () => {
    const { doc, threadId } = startingPoint();
    const [a, b] = peersOf(doc, 2, createDiscussionDoc);
    resolveThread(a!, threadId, { by: anna, decision: 'Variante A', now: minutes(10) });
    resolveThread(b!, threadId, { by: ben, now: minutes(11) });
    syncDocs(a!, b!);
    const thread = expectConverged([a!, b!]).threads[0]!;
    const mine = thread.resolvedBy?.id === anna.id;
    expect(thread.decision).toBe(mine ? 'Variante A' : undefined);
    expect(thread.resolvedAt).toBe(new Date(mine ? minutes(10) : minutes(11)).toISOString());
  });

  it('a resolve concurrent with a reopen ends resolved', () => {
    const { doc, threadId } = startingPoint();
    resolveThread(doc, threadId, { by: anna, decision: 'alt', now: minutes(1) });
    const [a, b] = peersOf(doc, 2, createDiscussionDoc);
    reopenThread(a!, threadId);
    resolveThread(b!, threadId, { by: ben, decision: 'neu', now: minutes(2) });
    syncDocs(a!, b!);
    expect(expectConverged([a!, b!]).threads[0]).toMatchObject({ status: 'resolved', decision: 'neu' });
  });

  it('an edit on one device and a delete on another end deleted, without the edited text', () => {
    const { doc, threadId, commentId } = startingPoint();
    const [a, b] = peersOf(doc, 2, createDiscussionDoc);
    editComment(a!, threadId, commentId, { by: anna, text: 'Neue Fassung', now: minutes(5) });
    deleteComment(b!, threadId, commentId, anna);
    syncDocs(a!, b!);
    expect(expectConverged([a!, b!]).threads[0]!.comments[0]).toMatchObject({ deleted: true, text: '' });
  });

  it('threads opened and replies written offline on both sides all survive, in the same order', () => {
    const { doc, threadId } = startingPoint();
    const [a, b] = peersOf(doc, 2, createDiscussionDoc);
    reply(a!, threadId, { author: ben, text: 'von A', now: minutes(2) });
    reply(b!, threadId, { author: carla, text: 'von B', now: minutes(1) });
    createThread(a!, { anchor: { type: 'point', x: 1, y: 1 }, author: ben, text: 'neu A', now: minutes(3) });
    createThread(b!, {
      anchor: { type: 'point', x: 2, y: 2 },
      author: carla,
      text: 'neu B',
      now: minutes(3),
    });
    syncDocs(a!, b!);
    const discussion = expectConverged([a!, b!]);
    expect(discussion.threads).toHaveLength(3);
    expect(discussion.threads[0]!.comments.map((c) => c.text).sort()).toEqual([
      'Braucht es hier eine Rechtsprüfung?',
      'von A',
      'von B',
    ]);
  });
});

// --- Random peers, random edits, random delivery ---------------------------------------------

const KINDS = ['reply', 'edit', 'delete', 'react', 'resolve', 'reopen', 'vote', 'retract'] as const;

// `index` picks the comment (edit, delete, react) or the vote target (vote, retract).
interface Op {
  kind: (typeof KINDS)[number];
  person: number;
  index: number;
}

const PEOPLE: readonly Person[] = [anna, ben, carla];
const TARGETS = [asNodeId('t1'), asNodeId('t2')];
const op: fc.Arbitrary<Op> = fc.record({
  kind: fc.constantFrom(...KINDS),
  person: fc.nat(2),
  index: fc.nat(5),
});

// Refusals (someone else's comment, the vote limit) are expected; anything else is a bug.
const EXPECTED_FAILURES = ['not-author', 'comment-deleted', 'vote-limit'] as const;

function apply(doc: Y.Doc, threadId: ReturnType<typeof startingPoint>['threadId'], step: Op): void {
  const by = PEOPLE[step.person]!;
  const comments = readDiscussion(doc).threads[0]!.comments;
  const commentId = comments[step.index % comments.length]!.id;
  const targetId = TARGETS[step.index % TARGETS.length]!;
  try {
    switch (step.kind) {
      case 'reply':
        reply(doc, threadId, { author: by, text: `von ${by.name}` });
        break;
      case 'edit':
        editComment(doc, threadId, commentId, { by, text: 'bearbeitet' });
        break;
      case 'delete':
        deleteComment(doc, threadId, commentId, by);
        break;
      case 'react':
        toggleReaction(doc, threadId, commentId, { by, emoji: '👍' });
        break;
      case 'resolve':
        resolveThread(doc, threadId, { by, decision: by.name });
        break;
      case 'reopen':
        reopenThread(doc, threadId);
        break;
      case 'vote':
        castVote(doc, { round, targetId, by });
        break;
      case 'retract':
        retractVote(doc, { round, targetId, by });
        break;
    }
  } catch (error) {
    if (!EXPECTED_FAILURES.some((code) => isProcessModelError(error, code))) throw error;
  }
}

describe('random concurrent discussion edits', () => {
  it('three peers editing and syncing in any order end with the same discussion', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(2), op, fc.boolean()), { maxLength: 40 }), (steps) => {
        const { doc, threadId } = startingPoint();
        const peers = peersOf(doc, 3, createDiscussionDoc);
        for (const [peer, step, syncAfter] of steps) {
          apply(peers[peer]!, threadId, step);
          if (syncAfter) syncDocs(peers[peer]!, peers[(peer + 1) % 3]!);
        }
        syncDocs(...peers);
        expectConverged(peers);
      }),
      { numRuns: 40 },
    );
  });
});
