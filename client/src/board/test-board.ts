// Test support: a board (doc, store and actions) with an activity and a timer on its border, and an end beside.
import { Awareness } from 'y-protocols/awareness';
import { addNode, createProcessDoc } from '@prozesswerk/process-model';
import { createBoardActions } from './actions.ts';
import { createBoardStore } from './store/create-board-store.ts';

export function boardWithTimer() {
  const doc = createProcessDoc();
  const check = addNode(doc, { kind: 'activity', label: 'Angaben prüfen', x: 200, y: 100 });
  const timer = addNode(doc, {
    kind: 'intermediate',
    label: '14 Tage',
    x: 300,
    y: 146,
    attachedTo: check,
    trigger: 'timer',
    expression: 'P14D',
  });
  const other = addNode(doc, { kind: 'end', label: 'Ende', x: 500, y: 112 });
  const { store, destroy } = createBoardStore(doc, new Awareness(doc), { readOnly: false, reason: null });
  return { doc, destroy, actions: createBoardActions(doc, store), check, timer, other };
}
