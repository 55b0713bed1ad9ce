// Moving an activity moves the boundary events on its border with it, in the same undoable change.
import { describe, expect, it } from 'vitest';
import { addLane, createProcessDoc, readProcessMap } from '@prozesswerk/process-model';
import { boardWithTimer } from './test-board.ts';

const at = (doc: ReturnType<typeof createProcessDoc>, id: string) => {
  const node = readProcessMap(doc).nodes.find((n) => n.id === id);
  return { x: node?.x, y: node?.y };
};

const laneOf = (doc: ReturnType<typeof createProcessDoc>, id: string) =>
  readProcessMap(doc).nodes.find((n) => n.id === id)?.laneId ?? null;

describe('moving an activity with a boundary event', () => {
  it('by dragging moves the event by as much, in one change', () => {
    const { doc, destroy, actions, check, timer, other } = boardWithTimer();
    let transactions = 0;
    doc.on('afterTransaction', () => (transactions += 1));
    actions.commitPositions({ [check]: { x: 260.4, y: 40 } });
    expect(transactions).toBe(1);
    expect(at(doc, timer)).toEqual({ x: 360, y: 86 });
    expect(at(doc, other)).toEqual({ x: 500, y: 112 });
    destroy();
  });

  it('by keys moves the event with it, and an event moved along keeps its own move', () => {
    const { doc, destroy, actions, check, timer } = boardWithTimer();
    actions.select([check]);
    actions.nudgeSelection(10, 0);
    expect(at(doc, timer)).toEqual({ x: 310, y: 146 });
    actions.select([check, timer]);
    actions.nudgeSelection(0, 10);
    expect(at(doc, check)).toEqual({ x: 210, y: 110 });
    expect(at(doc, timer)).toEqual({ x: 310, y: 156 });
    destroy();
  });

  it('into another lane from the inspector takes the event along, into that lane', () => {
    const { doc, destroy, actions, check, timer } = boardWithTimer();
    const lane = addLane(doc, { label: 'Sachbearbeitung', kind: 'orgUnit' });
    actions.moveToLane(check, lane);
    const host = readProcessMap(doc).nodes.find((n) => n.id === check)!;
    expect(laneOf(doc, check)).toBe(lane);
    expect(laneOf(doc, timer)).toBe(lane);
    expect(at(doc, timer)).toEqual({ x: host.x + 100, y: host.y + 46 });
    destroy();
  });

  it('keeps an event dropped on its own in the lane of its activity', () => {
    const { doc, destroy, actions, timer } = boardWithTimer();
    addLane(doc, { label: 'Servicepoint', kind: 'orgUnit' });
    actions.commitPositions({ [timer]: { x: 320, y: 60 } });
    expect(at(doc, timer)).toEqual({ x: 320, y: 60 });
    expect(laneOf(doc, timer)).toBe(null);
    destroy();
  });
});
