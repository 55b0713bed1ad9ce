import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createSeededRandom } from '../../../test/support/seeded-random.ts';
import { splitState } from './split-state.ts';

/** Several writers edit maps, nested maps, texts and arrays, overwrite and delete, and sync now and then. */
function editedByMany(seed: number): Y.Doc {
  const rng = createSeededRandom(seed);
  const docs = Array.from({ length: 4 }, () => new Y.Doc());
  for (let step = 0; step < 400; step++) {
    const doc = docs[rng.int(0, docs.length)]!;
    const nodes = doc.getMap<Y.Map<unknown>>('nodes');
    const key = `n${rng.int(0, 12)}`;
    const action = rng.int(0, 6);
    if (action === 0 || !nodes.get(key)) {
      const node = new Y.Map<unknown>();
      node.set('label', new Y.Text(`Schritt ${step}`));
      nodes.set(key, node);
    } else if (action === 1) {
      nodes.get(key)!.set('x', rng.int(0, 1000));
    } else if (action === 2) {
      const label = nodes.get(key)!.get('label');
      if (label instanceof Y.Text) label.insert(rng.int(0, label.length + 1), 'ab');
    } else if (action === 3) {
      const label = nodes.get(key)!.get('label');
      if (label instanceof Y.Text && label.length > 1) label.delete(rng.int(0, label.length - 1), 1);
    } else if (action === 4) {
      const list = doc.getArray<number>('order');
      if (list.length > 3 && rng.next() < 0.5) list.delete(rng.int(0, list.length), 1);
      else list.insert(rng.int(0, list.length + 1), [step]);
    } else {
      nodes.delete(key);
    }
    if (rng.next() < 0.2) {
      const from = docs[rng.int(0, docs.length)]!;
      const to = docs[rng.int(0, docs.length)]!;
      Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)));
    }
  }
  const all = new Y.Doc();
  for (const doc of docs) Y.applyUpdate(all, Y.encodeStateAsUpdate(doc));
  return all;
}

function structCount(update: Uint8Array): number {
  return Y.decodeUpdate(update).structs.length;
}

describe('splitState', () => {
  it.each([1, 2, 3, 4, 5])(
    'slices a document of several writers so that each applies without waiting (seed %i)',
    (seed) => {
      const original = editedByMany(seed);
      const state = Y.encodeStateAsUpdate(original);
      const slices = splitState(state, 7);
      expect(slices.length).toBeGreaterThan(2);
      const rebuilt = new Y.Doc();
      for (const slice of slices) {
        expect(structCount(slice)).toBeLessThanOrEqual(7);
        Y.applyUpdate(rebuilt, slice);
        expect(rebuilt.store.pendingStructs).toBeNull();
        expect(rebuilt.store.pendingDs).toBeNull();
      }
      const whole = new Y.Doc();
      Y.applyUpdate(whole, state);
      expect(rebuilt.getMap('nodes').toJSON()).toEqual(whole.getMap('nodes').toJSON());
      expect(rebuilt.getArray('order').toJSON()).toEqual(whole.getArray('order').toJSON());
      expect(Y.equalSnapshots(Y.snapshot(rebuilt), Y.snapshot(whole))).toBe(true);
    },
  );

  it('returns a state of few structs as it is', () => {
    const doc = new Y.Doc();
    doc.getMap('nodes').set('a', 1);
    const state = Y.encodeStateAsUpdate(doc);
    expect(splitState(state, 10)).toEqual([state]);
  });

  it('returns an update that refers to structs it lacks as it is', () => {
    const first = new Y.Doc();
    first.getText('label').insert(0, 'Antrag');
    const second = new Y.Doc();
    Y.applyUpdate(second, Y.encodeStateAsUpdate(first));
    second.getText('label').insert(3, 'xyz');
    second.getText('label').insert(0, 'abc');
    // Only the second writer's items: they build on the first writer's, which the update does not hold.
    const partial = Y.encodeStateAsUpdate(second, Y.encodeStateVector(first));
    expect(splitState(partial, 1)).toEqual([partial]);
  });

  it('returns what it cannot decode as it is', () => {
    const garbage = new Uint8Array([5, 200, 1, 7]);
    expect(splitState(garbage, 1)).toEqual([garbage]);
  });
});
