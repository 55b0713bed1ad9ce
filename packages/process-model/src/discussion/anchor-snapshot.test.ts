// Tests for the name a thread remembers of its element, so threads on deleted elements stay told apart.
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { createProcessDoc } from '../doc.ts';
import { connect } from '../edge-mutations.ts';
import { addNode, deleteNode, relabelNode } from '../node-mutations.ts';
import { readProcessMap } from '../read.ts';
import { describeAnchor } from './anchor.ts';
import { reply } from './comment-mutations.ts';
import { createDiscussionDoc, getThreads } from './doc.ts';
import { readDiscussion } from './read.ts';
import { asThreadId } from './schema.ts';
import { anna, ben, iso, minutes } from './test-support.ts';
import { createThread, resolveThread } from './thread-mutations.ts';

function workshop() {
  const map = createProcessDoc();
  const check = addNode(map, { kind: 'activity', label: 'Antrag prüfen', x: 0, y: 0 });
  const pay = addNode(map, { kind: 'activity', label: 'Gebühr erheben', x: 200, y: 0 });
  const form = addNode(map, { kind: 'document', label: 'Formular', x: 0, y: 200 });
  const flow = connect(map, { source: check, target: pay, label: 'vollständig' });
  return { map, check, pay, form, flow, doc: createDiscussionDoc() };
}

// A thread as clients before anchor snapshots wrote it: no anchorSnapshot key at all.
function putOldThread(doc: Y.Doc, id: string, nodeId: string) {
  doc.transact(() => {
    const thread = new Y.Map<unknown>();
    getThreads(doc).set(id, thread);
    thread.set('anchor', { type: 'node', id: nodeId });
    thread.set('createdBy', anna);
    thread.set('createdAt', iso(minutes(0)));
    const comments = new Y.Array<unknown>();
    thread.set('comments', comments);
    const comment = new Y.Map<unknown>();
    comment.set('id', 'c1');
    comment.set('author', anna);
    comment.set('text', 'Alt');
    comment.set('createdAt', iso(minutes(0)));
    comment.set('mentions', []);
    comment.set('reactions', new Y.Map());
    comments.push([comment]);
  });
}

describe('anchor snapshots', () => {
  it('tells two threads on deleted elements apart by the names the elements had', () => {
    const { map, doc, check, form } = workshop();
    // A minute apart, so the threads read in this order (threads created in the same millisecond go by random id).
    [check, form].forEach((id, minute) =>
      createThread(doc, {
        anchor: { type: 'node', id },
        author: anna,
        text: '?',
        map: readProcessMap(map),
        now: minutes(minute),
      }),
    );
    deleteNode(map, check);
    deleteNode(map, form);
    const plain = readProcessMap(map);
    const described = readDiscussion(doc).threads.map((t) =>
      describeAnchor(t.anchor, plain, t.anchorSnapshot),
    );
    expect(described).toEqual([
      { type: 'missing', element: 'node', last: { type: 'node', kind: 'activity', label: 'Antrag prüfen' } },
      { type: 'missing', element: 'node', last: { type: 'node', kind: 'document', label: 'Formular' } },
    ]);
  });

  it('remembers an edge by its label and the nodes it joined, also when a node deletion took the edge along', () => {
    const { map, doc, flow, pay } = workshop();
    createThread(doc, {
      anchor: { type: 'edge', id: flow },
      author: anna,
      text: '?',
      map: readProcessMap(map),
    });
    deleteNode(map, pay);
    const thread = readDiscussion(doc).threads[0]!;
    expect(describeAnchor(thread.anchor, readProcessMap(map), thread.anchorSnapshot)).toEqual({
      type: 'missing',
      element: 'edge',
      last: { type: 'edge', label: 'vollständig', from: 'Antrag prüfen', to: 'Gebühr erheben' },
    });
  });

  it('shows the live name while the element exists, whatever the thread remembers', () => {
    const { map, doc, check } = workshop();
    createThread(doc, {
      anchor: { type: 'node', id: check },
      author: anna,
      text: '?',
      map: readProcessMap(map),
    });
    relabelNode(map, check, 'Antrag formal prüfen');
    const thread = readDiscussion(doc).threads[0]!;
    expect(describeAnchor(thread.anchor, readProcessMap(map), thread.anchorSnapshot)).toEqual({
      type: 'node',
      kind: 'activity',
      label: 'Antrag formal prüfen',
    });
  });

  it('follows a rename when someone replies or resolves, and keeps the last name once the element is gone', () => {
    const { map, doc, check } = workshop();
    const id = createThread(doc, {
      anchor: { type: 'node', id: check },
      author: anna,
      text: '?',
      map: readProcessMap(map),
    });
    relabelNode(map, check, 'Antrag formal prüfen');
    reply(doc, id, { author: ben, text: 'Ja', map: readProcessMap(map) });
    expect(readDiscussion(doc).threads[0]!.anchorSnapshot).toMatchObject({ label: 'Antrag formal prüfen' });
    relabelNode(map, check, 'Antrag vollständig prüfen');
    resolveThread(doc, id, { by: ben, map: readProcessMap(map) });
    expect(readDiscussion(doc).threads[0]!.anchorSnapshot).toMatchObject({
      label: 'Antrag vollständig prüfen',
    });
    deleteNode(map, check);
    reply(doc, id, { author: anna, text: 'Schade', map: readProcessMap(map) });
    expect(readDiscussion(doc).threads[0]!.anchorSnapshot).toEqual({
      type: 'node',
      kind: 'activity',
      label: 'Antrag vollständig prüfen',
    });
  });

  it('writes the snapshot only when it changed', () => {
    const { map, doc, check } = workshop();
    const id = createThread(doc, {
      anchor: { type: 'node', id: check },
      author: anna,
      text: '?',
      map: readProcessMap(map),
    });
    const changedKeys: string[] = [];
    (getThreads(doc).get(id) as Y.Map<unknown>).observe((event) => changedKeys.push(...event.keysChanged));
    reply(doc, id, { author: ben, text: 'Ja', map: readProcessMap(map) });
    resolveThread(doc, id, { by: ben, map: readProcessMap(map) });
    expect(changedKeys).toEqual(['resolution']);
  });

  it('remembers nothing for a point, or without a map, or when the element was gone already', () => {
    const { map, doc, check } = workshop();
    const plain = readProcessMap(map);
    createThread(doc, { anchor: { type: 'point', x: 1, y: 2 }, author: anna, text: 'a', map: plain });
    createThread(doc, { anchor: { type: 'node', id: check }, author: anna, text: 'b' });
    createThread(doc, { anchor: { type: 'node', id: 'gone' }, author: anna, text: 'c', map: plain });
    for (const thread of readDiscussion(doc).threads) expect(thread).not.toHaveProperty('anchorSnapshot');
  });

  it('reads a thread written before snapshots existed as it always read, and names its deleted element plainly', () => {
    const { map, doc } = workshop();
    putOldThread(doc, 'old-thread', 'gone');
    const thread = readDiscussion(doc).threads[0]!;
    expect(thread).toEqual({
      id: 'old-thread',
      anchor: { type: 'node', id: 'gone' },
      createdBy: anna,
      createdAt: iso(minutes(0)),
      status: 'open',
      comments: [
        {
          id: 'c1',
          author: anna,
          text: 'Alt',
          createdAt: iso(minutes(0)),
          deleted: false,
          mentions: [],
          reactions: [],
        },
      ],
    });
    expect(describeAnchor(thread.anchor, readProcessMap(map), thread.anchorSnapshot)).toEqual({
      type: 'missing',
      element: 'node',
    });
  });

  it('gives an old thread a snapshot with its first reply while its element still exists', () => {
    const { map, doc, check } = workshop();
    putOldThread(doc, 'old-thread', check);
    reply(doc, asThreadId('old-thread'), { author: ben, text: 'Neu', map: readProcessMap(map) });
    expect(readDiscussion(doc).threads[0]!.anchorSnapshot).toEqual({
      type: 'node',
      kind: 'activity',
      label: 'Antrag prüfen',
    });
  });

  it('ignores a malformed snapshot or one of another element type, and reads an unknown kind as unknown', () => {
    const { doc } = workshop();
    const cases: [string, unknown][] = [
      ['a-text', 'Antrag prüfen'],
      ['b-edge-on-node', { type: 'edge', label: '', from: 'a', to: 'b' }],
      ['c-no-label', { type: 'node', kind: 'activity' }],
      ['d-future-kind', { type: 'node', kind: 'subprocess', label: 'Kasse', extra: 1 }],
    ];
    for (const [id, snapshot] of cases) {
      putOldThread(doc, id, 'gone');
      (getThreads(doc).get(id) as Y.Map<unknown>).set('anchorSnapshot', snapshot);
    }
    expect(readDiscussion(doc).threads.map((t) => t.anchorSnapshot)).toEqual([
      undefined,
      undefined,
      undefined,
      { type: 'node', kind: 'unknown', label: 'Kasse' },
    ]);
  });
});
