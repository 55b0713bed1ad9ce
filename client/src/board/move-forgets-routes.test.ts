// A step a person moves loses the stored routes of its connections in the same change, so the board draws fresh paths.
import { describe, expect, it } from 'vitest';
import { Awareness } from 'y-protocols/awareness';
import { addNode, connect, createProcessDoc, readProcessMap } from '@prozesswerk/process-model';
import { createBoardActions } from './actions.ts';
import { createBoardStore } from './store/create-board-store.ts';

function tidiedBoard() {
  const doc = createProcessDoc();
  const a = addNode(doc, { kind: 'start', label: 'Start', x: 0, y: 0 });
  const b = addNode(doc, { kind: 'activity', label: 'Prüfen', x: 200, y: 100 });
  const c = addNode(doc, { kind: 'end', label: 'Ende', x: 500, y: 112 });
  const bent = connect(doc, {
    source: a,
    target: b,
    waypoints: [
      { x: 44, y: 22 },
      { x: 120, y: 22 },
      { x: 120, y: 134 },
      { x: 200, y: 134 },
    ],
  });
  const straight = connect(doc, {
    source: b,
    target: c,
    waypoints: [
      { x: 376, y: 134 },
      { x: 500, y: 134 },
    ],
  });
  const { store, destroy } = createBoardStore(doc, new Awareness(doc), { readOnly: false, reason: null });
  return { doc, store, destroy, actions: createBoardActions(doc, store), a, b, c, bent, straight };
}

const routeOf = (doc: ReturnType<typeof createProcessDoc>, id: string) =>
  readProcessMap(doc).edges.find((edge) => edge.id === id)?.waypoints;

describe('moving a step', () => {
  it('by keys drops the routes of its connections and keeps the others', () => {
    const { doc, destroy, actions, a, bent, straight } = tidiedBoard();
    actions.select([a]);
    actions.nudgeSelection(0, 10);
    expect(routeOf(doc, bent)).toBeUndefined();
    expect(routeOf(doc, straight)).toHaveLength(2);
    destroy();
  });

  it('by dragging drops them in the same undoable change as the move', () => {
    const { doc, destroy, actions, c, straight } = tidiedBoard();
    let transactions = 0;
    doc.on('afterTransaction', () => (transactions += 1));
    actions.commitPositions({ [c]: { x: 520, y: 300 } });
    expect(transactions).toBe(1);
    expect(routeOf(doc, straight)).toBeUndefined();
    destroy();
  });
});
