import { describe, expect, it } from 'vitest';
import {
  addNode,
  connect,
  createDiscussionDoc,
  createProcessDoc,
  createThread,
  readDiscussion,
  readProcessMap,
  threadViews,
} from '@prozesswerk/process-model';
import { threadCountsByNode } from './thread-anchors.ts';

const anna = { id: 'u1', name: 'Anna' };

function frozen() {
  const map = createProcessDoc();
  const check = addNode(map, { kind: 'activity', label: 'Antrag prüfen', x: 0, y: 0 });
  const pay = addNode(map, { kind: 'activity', label: 'Gebühr erheben', x: 200, y: 0 });
  const flow = connect(map, { source: check, target: pay });
  const discussion = createDiscussionDoc();
  createThread(discussion, { anchor: { type: 'node', id: check }, author: anna, text: 'Frist?' });
  createThread(discussion, { anchor: { type: 'node', id: check }, author: anna, text: 'Formular?' });
  createThread(discussion, { anchor: { type: 'edge', id: flow }, author: anna, text: 'Immer?' });
  createThread(discussion, { anchor: { type: 'node', id: 'gone' }, author: anna, text: 'Weg' });
  createThread(discussion, { anchor: { type: 'point', x: 1, y: 2 }, author: anna, text: 'Idee' });
  const plain = readProcessMap(map);
  return { map: plain, threads: threadViews(readDiscussion(discussion), plain), check };
}

describe('threads of a frozen version', () => {
  it('counts the threads per node for pins, leaving out orphans, edges and points', () => {
    const { threads, check } = frozen();
    expect([...threadCountsByNode(threads)]).toEqual([[check, 2]]);
  });
});
