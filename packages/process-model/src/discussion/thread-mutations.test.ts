// Tests for thread mutations: opening a thread on an element or point, resolving and reopening it.
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { LOCAL_ORIGIN } from '../origin.ts';
import { createDiscussionDoc, getThreads } from './doc.ts';
import { readDiscussion } from './read.ts';
import { asThreadId } from './schema.ts';
import { anna, ben, iso, minutes, recordOrigins } from './test-support.ts';
import { createThread, reopenThread, resolveThread } from './thread-mutations.ts';

const onActivity = { type: 'node', id: 'node-check' } as const;

describe('createThread', () => {
  it('opens a thread on a node whose first comment is the opening text', () => {
    const doc = createDiscussionDoc();
    const id = createThread(doc, {
      anchor: onActivity,
      author: anna,
      text: '  Hier fehlt die Rechtsprüfung. ',
      mentions: [ben.id, ben.id],
      now: minutes(0),
    });
    const [thread] = readDiscussion(doc).threads;
    expect(thread).toEqual({
      id,
      anchor: onActivity,
      createdBy: anna,
      createdAt: iso(minutes(0)),
      status: 'open',
      comments: [
        {
          id: expect.stringMatching(/^[A-Za-z0-9_-]{16}$/),
          author: anna,
          text: 'Hier fehlt die Rechtsprüfung.',
          createdAt: iso(minutes(0)),
          deleted: false,
          mentions: [ben.id],
          reactions: [],
        },
      ],
    });
  });

  it('opens threads on an edge and on a free point of the canvas', () => {
    const doc = createDiscussionDoc();
    createThread(doc, { anchor: { type: 'edge', id: 'edge-1' }, author: anna, text: 'a', now: minutes(0) });
    createThread(doc, {
      anchor: { type: 'point', x: 120, y: -40 },
      author: anna,
      text: 'b',
      now: minutes(1),
    });
    expect(readDiscussion(doc).threads.map((t) => t.anchor)).toEqual([
      { type: 'edge', id: 'edge-1' },
      { type: 'point', x: 120, y: -40 },
    ]);
  });

  it('creates thread, comment list and comment as nested Yjs types in one transaction', () => {
    const doc = createDiscussionDoc();
    const origins = recordOrigins(doc);
    const id = createThread(doc, { anchor: onActivity, author: anna, text: 'a' }, 'server');
    const thread = getThreads(doc).get(id) as Y.Map<unknown>;
    const comments = thread.get('comments') as Y.Array<unknown>;
    expect(comments).toBeInstanceOf(Y.Array);
    expect((comments.get(0) as Y.Map<unknown>).get('reactions')).toBeInstanceOf(Y.Map);
    expect(origins).toEqual(['server']);
  });

  it('rejects blank text, a bad anchor and an author without name, writing nothing', () => {
    const doc = createDiscussionDoc();
    const invalid = expect.objectContaining({ code: 'invalid-input' });
    expect(() => createThread(doc, { anchor: onActivity, author: anna, text: '   ' })).toThrow(invalid);
    const badAnchor = { type: 'lane', id: 'x' } as unknown as typeof onActivity;
    expect(() => createThread(doc, { anchor: badAnchor, author: anna, text: 'a' })).toThrow(invalid);
    expect(() => createThread(doc, { anchor: onActivity, author: { id: 'x', name: '' }, text: 'a' })).toThrow(
      invalid,
    );
    expect(getThreads(doc).size).toBe(0);
  });
});

describe('resolveThread and reopenThread', () => {
  it('resolves a thread with the decision, who and when, and reopening clears all three', () => {
    const doc = createDiscussionDoc();
    const id = createThread(doc, { anchor: onActivity, author: anna, text: 'Prüfen?', now: minutes(0) });
    resolveThread(doc, id, { by: ben, decision: 'Rechtsamt prüft.', now: minutes(5) });
    expect(readDiscussion(doc).threads[0]).toMatchObject({
      status: 'resolved',
      decision: 'Rechtsamt prüft.',
      resolvedBy: ben,
      resolvedAt: iso(minutes(5)),
    });

    reopenThread(doc, id);
    const reopened = readDiscussion(doc).threads[0]!;
    expect(reopened.status).toBe('open');
    expect(reopened).not.toHaveProperty('decision');
    expect(reopened).not.toHaveProperty('resolvedBy');
    expect(reopened).not.toHaveProperty('resolvedAt');
  });

  it('resolves without a decision when none or only whitespace is given', () => {
    const doc = createDiscussionDoc();
    const id = createThread(doc, { anchor: onActivity, author: anna, text: 'a' });
    resolveThread(doc, id, { by: ben, decision: '  ' });
    const thread = readDiscussion(doc).threads[0]!;
    expect(thread.status).toBe('resolved');
    expect(thread).not.toHaveProperty('decision');
  });

  it('uses LOCAL_ORIGIN by default and writes nothing when reopening an open thread', () => {
    const doc = createDiscussionDoc();
    const id = createThread(doc, { anchor: onActivity, author: anna, text: 'a' });
    const origins = recordOrigins(doc);
    reopenThread(doc, id);
    resolveThread(doc, id, { by: ben });
    reopenThread(doc, id, 'server');
    expect(origins).toEqual([LOCAL_ORIGIN, 'server']);
  });

  it('throws unknown-thread for a thread that does not exist', () => {
    const doc = createDiscussionDoc();
    const missing = asThreadId('nope');
    expect(() => resolveThread(doc, missing, { by: ben })).toThrow(
      expect.objectContaining({ code: 'unknown-thread' }),
    );
    expect(() => reopenThread(doc, missing)).toThrow(expect.objectContaining({ code: 'unknown-thread' }));
  });
});
