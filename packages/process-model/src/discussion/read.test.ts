// Tests for reading the discussion doc, including content a concurrent or foreign edit can leave.
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { createDiscussionDoc, getThreads, getVotes } from './doc.ts';
import { readDiscussion } from './read.ts';
import { anna, ben, iso, minutes } from './test-support.ts';
import { createThread } from './thread-mutations.ts';

// Writes a raw thread the way a buggy, older or newer client might have.
function putRawThread(doc: Y.Doc, id: string, fields: Record<string, unknown>, comments: unknown[] = []) {
  const thread = new Y.Map<unknown>();
  getThreads(doc).set(id, thread);
  for (const [key, value] of Object.entries(fields)) thread.set(key, value);
  const list = new Y.Array<unknown>();
  thread.set('comments', list);
  list.push(comments);
  return thread;
}

function rawComment(fields: Record<string, unknown>, reactions?: Record<string, unknown>): Y.Map<unknown> {
  const comment = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(fields)) comment.set(key, value);
  if (reactions !== undefined) {
    const map = new Y.Map<unknown>();
    for (const [key, value] of Object.entries(reactions)) map.set(key, value);
    comment.set('reactions', map);
  }
  return comment;
}

describe('readDiscussion', () => {
  it('returns no threads and no votes for an empty doc', () => {
    expect(readDiscussion(createDiscussionDoc())).toEqual({ threads: [], votes: [] });
  });

  it('sorts threads by creation time, then id', () => {
    const doc = createDiscussionDoc();
    const later = createThread(doc, {
      anchor: { type: 'node', id: 'a' },
      author: anna,
      text: 'x',
      now: minutes(5),
    });
    const earlier = createThread(doc, {
      anchor: { type: 'node', id: 'b' },
      author: ben,
      text: 'y',
      now: minutes(1),
    });
    expect(readDiscussion(doc).threads.map((t) => t.id)).toEqual([earlier, later]);
  });

  it('keeps a thread with damaged fields readable, with fallbacks', () => {
    const doc = createDiscussionDoc();
    putRawThread(doc, 'thread-1', { anchor: { type: 'lane' }, createdBy: 'anna', createdAt: 'gestern' }, [
      rawComment({ id: 'c1', author: { id: 'x' }, text: 42, createdAt: iso(minutes(1)), mentions: 'all' }),
      rawComment({ text: 'kein id' }),
      'not a map',
    ]);
    expect(readDiscussion(doc).threads).toEqual([
      {
        id: 'thread-1',
        anchor: { type: 'point', x: 0, y: 0 },
        createdBy: { id: '', name: '' },
        createdAt: '1970-01-01T00:00:00.000Z',
        status: 'open',
        comments: [
          {
            id: 'c1',
            author: { id: '', name: '' },
            text: '',
            createdAt: iso(minutes(1)),
            deleted: false,
            mentions: [],
            reactions: [],
          },
        ],
      },
    ]);
  });

  it('skips entries that are not maps or whose key is not an id, and threads without comment list read empty', () => {
    const doc = createDiscussionDoc();
    getThreads(doc).set('plain', { anchor: { type: 'node', id: 'a' } });
    getThreads(doc).set('', new Y.Map());
    getThreads(doc).set('bare', new Y.Map());
    expect(readDiscussion(doc).threads.map((t) => [t.id, t.comments])).toEqual([['bare', []]]);
  });

  it('reads a deleted comment without text, mentions or reactions whatever a concurrent edit left', () => {
    const doc = createDiscussionDoc();
    putRawThread(doc, 't', { createdAt: iso(minutes(0)) }, [
      rawComment(
        {
          id: 'c',
          author: anna,
          text: 'late edit',
          deleted: true,
          mentions: [ben.id],
          createdAt: iso(minutes(0)),
        },
        { [`👍 ${ben.id}`]: true },
      ),
    ]);
    expect(readDiscussion(doc).threads[0]!.comments[0]).toMatchObject({
      text: '',
      deleted: true,
      mentions: [],
      reactions: [],
    });
  });

  it('reads a resolution even with an unreadable resolver, and ignores reactions that are not true', () => {
    const doc = createDiscussionDoc();
    putRawThread(doc, 't', { resolution: { by: 'x', at: 'y', decision: 'Ja' } }, [
      rawComment(
        { id: 'c', author: anna, text: 'x' },
        { [`👍 ${ben.id}`]: 1, '👍': true, [`🎉 ${anna.id}`]: true },
      ),
    ]);
    const thread = readDiscussion(doc).threads[0]!;
    expect(thread).toMatchObject({
      status: 'resolved',
      decision: 'Ja',
      resolvedBy: { id: '', name: '' },
      resolvedAt: '1970-01-01T00:00:00.000Z',
    });
    expect(thread.comments[0]!.reactions).toEqual([{ emoji: '🎉', personIds: [anna.id] }]);
  });

  it('skips votes with a foreign key or a count that is not a positive integer', () => {
    const doc = createDiscussionDoc();
    const votes = getVotes(doc);
    votes.set(JSON.stringify(['r', 'p', 't']), 2);
    votes.set(JSON.stringify(['r', 'p', 'u']), 1.5);
    votes.set(JSON.stringify(['r', 'p', 'v']), -1);
    votes.set('r/p/w', 1);
    votes.set(JSON.stringify(['r', '', 't']), 1);
    expect(readDiscussion(doc).votes).toEqual([{ roundId: 'r', personId: 'p', targetId: 't', count: 2 }]);
  });
});
