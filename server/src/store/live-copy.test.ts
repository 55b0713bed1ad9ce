import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { holdsAll, liveCopyOf } from './live-copy.ts';
import { updateOf } from './test-support.ts';

const set = (key: string, value: string) => (doc: Y.Doc) => doc.getMap('nodes').set(key, value);

describe('live copy of a room for compaction', () => {
  it('holds the parts it applied, and encodes the same document a merge would', () => {
    const writer = new Y.Doc();
    const parts = [
      updateOf(writer, set('a', '1')),
      updateOf(writer, set('a', '2')),
      updateOf(writer, set('b', '3')),
    ];
    const room = new Y.Doc();
    for (const part of parts) Y.applyUpdate(room, part);
    const encoded = liveCopyOf(room).encodeIfHolds(parts);
    expect(encoded).toBeDefined();
    const reloaded = new Y.Doc();
    Y.applyUpdate(reloaded, encoded!);
    expect(reloaded.getMap('nodes').toJSON()).toEqual({ a: '2', b: '3' });
  });

  it('does not hold an edit it has not applied', () => {
    const writer = new Y.Doc();
    const first = updateOf(writer, set('a', '1'));
    const second = updateOf(writer, set('b', '2'));
    const room = new Y.Doc();
    Y.applyUpdate(room, first);
    expect(holdsAll(room, [first, second])).toBe(false);
    expect(liveCopyOf(room).encodeIfHolds([first, second])).toBeUndefined();
  });

  it('does not hold a deletion it has not applied', () => {
    const writer = new Y.Doc();
    const added = updateOf(writer, (doc) => doc.getArray('steps').insert(0, ['x', 'y']));
    const removed = updateOf(writer, (doc) => doc.getArray('steps').delete(0, 1));
    const room = new Y.Doc();
    Y.applyUpdate(room, added);
    expect(holdsAll(room, [added])).toBe(true);
    expect(holdsAll(room, [added, removed])).toBe(false);
    Y.applyUpdate(room, removed);
    expect(holdsAll(room, [added, removed])).toBe(true);
  });

  it('holds nothing while edits wait for ones it is missing, or when a part cannot be read', () => {
    const writer = new Y.Doc();
    const first = updateOf(writer, set('a', '1'));
    const second = updateOf(writer, set('b', '2'));
    const room = new Y.Doc();
    Y.applyUpdate(room, second);
    expect(holdsAll(room, [second])).toBe(false);
    Y.applyUpdate(room, first);
    expect(holdsAll(room, [first, second])).toBe(true);
    expect(holdsAll(room, [first, new Uint8Array([255, 255, 255])])).toBe(false);
  });
});
