import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createSeededRandom } from '../../../test/support/seeded-random.ts';
import { DELETED_STRUCT_WEIGHT, trackStructWeight } from './struct-weight.ts';

/** What the document's structs weigh, struct by struct. */
function exactWeight(doc: Y.Doc): number {
  let weight = 0;
  for (const structs of doc.store.clients.values()) {
    for (const struct of structs) weight += struct.deleted ? DELETED_STRUCT_WEIGHT : 1;
  }
  return weight;
}

function expectWeighs(weighed: number, exact: number, withText: boolean): void {
  if (withText) expect(weighed).toBeGreaterThanOrEqual(exact);
  else expect(weighed).toBe(exact);
}

/** A server's document (gc on) with its weight tracked, and a writer whose every change it applies. */
function serverAndWriter() {
  const server = new Y.Doc({ gc: true });
  const weight = trackStructWeight(server);
  const writer = new Y.Doc();
  writer.on('update', (update: Uint8Array) => Y.applyUpdate(server, update));
  return { server, weight, writer };
}

describe('the weight of a room’s structs', () => {
  it('counts a live map value as one item and a value overwritten by a move as half of one', () => {
    const { server, weight, writer } = serverAndWriter();
    const node = new Y.Map<number>();
    writer.getMap('nodes').set('n1', node);
    node.set('x', 0);
    node.set('y', 0);
    expect(weight.weigh()).toBe(3);
    for (let move = 1; move <= 1000; move++) {
      writer.transact(() => {
        node.set('x', move);
        node.set('y', move);
      });
    }
    expect(server.store.clients.get(writer.clientID)).toHaveLength(2003);
    expect(weight.weigh()).toBe(3 + 2000 * DELETED_STRUCT_WEIGHT);
    expect(weight.weigh()).toBe(exactWeight(server));
  });

  it('weighs a state loaded from storage exactly, its collected structs as deleted ones', () => {
    const { server, writer } = serverAndWriter();
    const nodes = writer.getMap<Y.Map<number>>('nodes');
    for (let n = 0; n < 50; n++) {
      const node = new Y.Map<number>();
      nodes.set(`n${n}`, node);
      for (let move = 0; move < 5; move++) {
        node.set('x', move);
        node.set('y', move);
      }
      if (n % 2 === 0) nodes.delete(`n${n}`);
    }
    const loaded = new Y.Doc({ gc: true });
    const weight = trackStructWeight(loaded);
    Y.applyUpdate(loaded, Y.encodeStateAsUpdate(server));
    expect([...loaded.store.clients.values()].flat().some((struct) => struct instanceof Y.GC)).toBe(true);
    expect(weight.weigh()).toBe(exactWeight(loaded));
  });

  it('never weighs less than the structs do, whatever several writers edit, delete and sync in any order', () => {
    // Maps only (the map document): exactly what they weigh; with a text, whose runs count by length: more.
    for (const [seed, withText] of [
      [1, false],
      [2, false],
      [3, false],
      [4, true],
      [5, true],
    ] as const) {
      const rng = createSeededRandom(seed);
      const server = new Y.Doc({ gc: true });
      const weight = trackStructWeight(server);
      const writers = Array.from({ length: 3 }, () => new Y.Doc());
      const unsent: Uint8Array[] = [];
      for (const writer of writers) writer.on('update', (update: Uint8Array) => unsent.push(update));
      for (let step = 0; step < 600; step++) {
        const writer = writers[rng.int(0, writers.length)]!;
        const nodes = writer.getMap<Y.Map<unknown>>('nodes');
        const key = `n${rng.int(0, 10)}`;
        const node = nodes.get(key);
        const action = rng.int(0, 8);
        if (action === 0 || !node) nodes.set(key, new Y.Map());
        else if (action === 1) nodes.delete(key);
        else if (action === 2 && withText) {
          const text = writer.getText('notes');
          text.insert(rng.int(0, text.length + 1), `Notiz ${step} `);
        } else if (action === 3 && withText) {
          const text = writer.getText('notes');
          if (text.length > 4) text.delete(rng.int(0, text.length - 4), 1 + rng.int(0, 4));
        } else writer.transact(() => (node.set('x', step), node.set('y', step)));
        // Updates reach the server in any order (some wait for what they build on) and writers sync now and then.
        if (rng.int(0, 3) === 0 && unsent.length > 0)
          Y.applyUpdate(server, unsent.splice(rng.int(0, unsent.length), 1)[0]!);
        if (rng.int(0, 40) === 0) {
          const [a, b] = [writers[rng.int(0, writers.length)]!, writers[rng.int(0, writers.length)]!];
          Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
        }
        expectWeighs(weight.weigh(), exactWeight(server), withText);
      }
      for (const update of unsent.splice(0)) Y.applyUpdate(server, update);
      expectWeighs(weight.weigh(), exactWeight(server), withText);
    }
  });
});
