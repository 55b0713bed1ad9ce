// "n Änderungen noch nicht gespeichert" counts exactly the local changes the server has not stored.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addNode, createProcessDoc, deleteNode } from '@prozesswerk/process-model';
import { createSaveTracker } from './save-tracker.ts';

describe('the save tracker', () => {
  it('counts local changes until the server has stored them', () => {
    const doc = createProcessDoc();
    const tracker = createSaveTracker(doc, () => undefined);
    addNode(doc, { kind: 'activity', label: 'Eins', x: 0, y: 0 });
    const afterFirst = Y.getState(doc.store, doc.clientID);
    addNode(doc, { kind: 'activity', label: 'Zwei', x: 0, y: 0 });
    expect(tracker.unsaved()).toBe(2);
    tracker.onAck(afterFirst);
    expect(tracker.unsaved()).toBe(1);
    tracker.onAck(Y.getState(doc.store, doc.clientID));
    expect(tracker.unsaved()).toBe(0);
  });

  it('does not count changes that arrived from others', () => {
    const doc = createProcessDoc();
    const tracker = createSaveTracker(doc, () => undefined);
    const other = createProcessDoc();
    addNode(other, { kind: 'activity', label: 'Von woanders', x: 0, y: 0 });
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other));
    expect(tracker.unsaved()).toBe(0);
  });

  it('counts a delete as stored after the next acknowledgement, or the second after a reconnect', () => {
    const doc = createProcessDoc();
    const tracker = createSaveTracker(doc, () => undefined);
    const id = addNode(doc, { kind: 'activity', label: 'Weg damit', x: 0, y: 0 });
    tracker.onAck(Y.getState(doc.store, doc.clientID));
    deleteNode(doc, id);
    expect(tracker.unsaved()).toBe(1);
    tracker.onReconnect();
    tracker.onAck(Y.getState(doc.store, doc.clientID));
    expect(tracker.unsaved()).toBe(1);
    tracker.onAck(Y.getState(doc.store, doc.clientID));
    expect(tracker.unsaved()).toBe(0);
  });

  it('stops counting changes the server refused, so the status does not promise a save that never comes', () => {
    const doc = createProcessDoc();
    const changes: number[] = [];
    const tracker = createSaveTracker(doc, () => changes.push(tracker.unsaved()));
    addNode(doc, { kind: 'activity', label: 'Gesperrt', x: 0, y: 0 });
    expect(tracker.unsaved()).toBe(1);
    tracker.onRefused();
    expect(tracker.unsaved()).toBe(0);
    expect(changes.at(-1)).toBe(0);
  });
});
