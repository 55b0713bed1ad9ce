// Tests for questions about a discussion: pins per element, orphaned threads, filters and unread counts.
import { describe, expect, it } from 'vitest';
import { createProcessDoc } from '../doc.ts';
import { connect } from '../edge-mutations.ts';
import { addNode, deleteNode } from '../node-mutations.ts';
import { readProcessMap } from '../read.ts';
import { deleteComment, reply } from './comment-mutations.ts';
import { createDiscussionDoc } from './doc.ts';
import {
  filterThreads,
  orphanedThreads,
  threadFilterCounts,
  threadViews,
  threadsForElement,
  unreadSummary,
} from './queries.ts';
import { THREAD_FILTERS } from './schema.ts';
import { readDiscussion } from './read.ts';
import { anna, ben, carla, iso, minutes } from './test-support.ts';
import { createThread, resolveThread } from './thread-mutations.ts';

function mapWithTwoSteps() {
  const map = createProcessDoc();
  const check = addNode(map, { kind: 'activity', label: 'Antrag prüfen', x: 0, y: 0 });
  const decide = addNode(map, { kind: 'activity', label: 'Bescheid erstellen', x: 200, y: 0 });
  const edge = connect(map, { source: check, target: decide });
  return { map, check, decide, edge };
}

describe('threadsForElement', () => {
  it('lists the threads pinned to one node or edge, not those on other elements or points', () => {
    const doc = createDiscussionDoc();
    const a = createThread(doc, {
      anchor: { type: 'node', id: 'n1' },
      author: anna,
      text: 'a',
      now: minutes(0),
    });
    createThread(doc, { anchor: { type: 'node', id: 'n2' }, author: anna, text: 'b', now: minutes(1) });
    const c = createThread(doc, {
      anchor: { type: 'node', id: 'n1' },
      author: ben,
      text: 'c',
      now: minutes(2),
    });
    createThread(doc, { anchor: { type: 'point', x: 0, y: 0 }, author: ben, text: 'd', now: minutes(3) });
    expect(threadsForElement(readDiscussion(doc), 'n1').map((t) => t.id)).toEqual([a, c]);
  });
});

describe('orphanedThreads', () => {
  it('flags threads whose node was deleted, and those on its edges, but keeps them readable', () => {
    const { map, check, decide, edge } = mapWithTwoSteps();
    const doc = createDiscussionDoc();
    const onCheck = createThread(doc, {
      anchor: { type: 'node', id: check },
      author: anna,
      text: 'Prüfen?',
      now: minutes(0),
    });
    const onDecide = createThread(doc, {
      anchor: { type: 'node', id: decide },
      author: anna,
      text: 'ok',
      now: minutes(1),
    });
    const onEdge = createThread(doc, {
      anchor: { type: 'edge', id: edge },
      author: ben,
      text: 'Pfeil?',
      now: minutes(2),
    });
    const onPoint = createThread(doc, {
      anchor: { type: 'point', x: 5, y: 5 },
      author: ben,
      text: 'hier',
      now: minutes(3),
    });
    reply(doc, onCheck, { author: ben, text: 'Schritt entfällt', now: minutes(4) });

    expect(orphanedThreads(readDiscussion(doc), readProcessMap(map))).toEqual([]);
    deleteNode(map, check);

    const orphans = orphanedThreads(readDiscussion(doc), readProcessMap(map));
    expect(orphans.map((t) => t.id)).toEqual([onCheck, onEdge]);
    expect(orphans[0]).toMatchObject({
      orphaned: true,
      comments: [{ text: 'Prüfen?' }, { text: 'Schritt entfällt' }],
    });
    expect(threadViews(readDiscussion(doc), readProcessMap(map)).map((t) => [t.id, t.orphaned])).toEqual([
      [onCheck, true],
      [onDecide, false],
      [onEdge, true],
      [onPoint, false],
    ]);
  });
});

// Four threads seen by Anna: one she opened, one she replied in (resolved), one mentioning her,
// and one whose reply by her (mentioning herself) she deleted again.
function fourThreadsForAnna() {
  const doc = createDiscussionDoc();
  const byAnna = createThread(doc, {
    anchor: { type: 'node', id: 'n' },
    author: anna,
    text: 'a',
    now: minutes(0),
  });
  const annaReplied = createThread(doc, {
    anchor: { type: 'node', id: 'n' },
    author: ben,
    text: 'b',
    now: minutes(1),
  });
  const mentionsAnna = createThread(doc, {
    anchor: { type: 'node', id: 'n' },
    author: carla,
    text: '@Anna Schmidt?',
    mentions: [anna.id],
    now: minutes(2),
  });
  const deletedReply = createThread(doc, {
    anchor: { type: 'node', id: 'n' },
    author: ben,
    text: 'd',
    now: minutes(3),
  });
  reply(doc, annaReplied, { author: anna, text: 'ja' });
  const gone = reply(doc, deletedReply, { author: anna, text: 'doch nicht', mentions: [anna.id] });
  deleteComment(doc, deletedReply, gone, anna);
  resolveThread(doc, annaReplied, { by: ben });
  return { discussion: readDiscussion(doc), byAnna, annaReplied, mentionsAnna, deletedReply };
}

describe('filterThreads', () => {
  it('filters by status, by threads the person took part in, and by threads mentioning them', () => {
    const { discussion, byAnna, annaReplied, mentionsAnna, deletedReply } = fourThreadsForAnna();
    const ids = (filter: Parameters<typeof filterThreads>[1]) =>
      filterThreads(discussion, filter, anna.id).map((t) => t.id);
    expect(ids('open')).toEqual([byAnna, mentionsAnna, deletedReply]);
    expect(ids('resolved')).toEqual([annaReplied]);
    expect(ids('mine')).toEqual([byAnna, annaReplied]);
    expect(ids('mentioningMe')).toEqual([mentionsAnna]);
  });
});

describe('threadFilterCounts', () => {
  it('counts the threads each side-panel filter would show, the same ones filterThreads returns', () => {
    const { discussion } = fourThreadsForAnna();
    expect(threadFilterCounts(discussion, anna.id)).toEqual({
      open: 3,
      resolved: 1,
      mine: 2,
      mentioningMe: 1,
      all: 4,
    });
    for (const filter of THREAD_FILTERS) {
      expect(threadFilterCounts(discussion, ben.id)[filter]).toBe(
        filterThreads(discussion, filter, ben.id).length,
      );
    }
  });

  it('counts nothing in an empty discussion', () => {
    expect(threadFilterCounts(readDiscussion(createDiscussionDoc()), anna.id)).toEqual({
      open: 0,
      resolved: 0,
      mine: 0,
      mentioningMe: 0,
      all: 0,
    });
  });
});

describe('unreadSummary', () => {
  function discussionForAnna() {
    const doc = createDiscussionDoc();
    const t1 = createThread(doc, {
      anchor: { type: 'node', id: 'n' },
      author: anna,
      text: 'Frage',
      now: minutes(0),
    });
    reply(doc, t1, { author: ben, text: 'Antwort vor dem Besuch', now: minutes(10) });
    reply(doc, t1, { author: ben, text: '@Anna Schmidt neu', mentions: [anna.id], now: minutes(30) });
    reply(doc, t1, { author: anna, text: 'eigene Antwort', now: minutes(31) });
    const t2 = createThread(doc, {
      anchor: { type: 'node', id: 'm' },
      author: carla,
      text: 'Neu',
      now: minutes(40),
    });
    const gone = reply(doc, t2, {
      author: carla,
      text: '@Anna Schmidt',
      mentions: [anna.id],
      now: minutes(41),
    });
    deleteComment(doc, t2, gone, carla);
    createThread(doc, { anchor: { type: 'node', id: 'o' }, author: ben, text: 'alt', now: minutes(5) });
    return readDiscussion(doc);
  }

  it('counts comments by others written after the last visit, and the unread ones mentioning the person', () => {
    expect(unreadSummary(discussionForAnna(), anna.id, iso(minutes(20)))).toEqual({
      unreadThreads: 2,
      unreadComments: 2,
      mentions: 1,
    });
  });

  it('counts every comment by others when the person has never visited', () => {
    expect(unreadSummary(discussionForAnna(), anna.id, null)).toEqual({
      unreadThreads: 3,
      unreadComments: 4,
      mentions: 1,
    });
  });

  it('compares instants, not strings, and counts nothing after a visit later than everything', () => {
    expect(unreadSummary(discussionForAnna(), anna.id, '2026-03-10T09:20:00Z')).toEqual({
      unreadThreads: 2,
      unreadComments: 2,
      mentions: 1,
    });
    expect(unreadSummary(discussionForAnna(), anna.id, iso(minutes(60)))).toEqual({
      unreadThreads: 0,
      unreadComments: 0,
      mentions: 0,
    });
  });

  it('never counts the person’s own comments', () => {
    expect(unreadSummary(discussionForAnna(), ben.id, null)).toEqual({
      unreadThreads: 2,
      unreadComments: 3,
      mentions: 0,
    });
  });
});
