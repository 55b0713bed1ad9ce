// "n Änderungen noch nicht gespeichert" counts exactly the local changes the server has not stored.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addNode, createProcessDoc, deleteNode, setNodeAttrs } from '@prozesswerk/process-model';
import { createSaveTracker } from './save-tracker.ts';

// The delete set a server holding `doc`'s state would send in its sync step 2.
const serverDeletes = (doc: Y.Doc) => Y.decodeUpdate(Y.encodeStateAsUpdate(doc)).ds;

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

  it('counts a deletion as stored only once the server’s delete set holds it, whatever acks arrive before', () => {
    const doc = createProcessDoc();
    const tracker = createSaveTracker(doc, () => undefined);
    const id = addNode(doc, { kind: 'activity', label: 'Weg damit', x: 0, y: 0 });
    tracker.onAck(Y.getState(doc.store, doc.clientID));
    const server = new Y.Doc();
    Y.applyUpdate(server, Y.encodeStateAsUpdate(doc));
    deleteNode(doc, id);
    expect(tracker.unsaved()).toBe(1);
    expect(tracker.awaitsDeletes()).toBe(true);
    tracker.onAck(Y.getState(doc.store, doc.clientID));
    tracker.onServerDeletes(serverDeletes(server));
    expect(tracker.unsaved()).toBe(1);
    Y.applyUpdate(server, Y.encodeStateAsUpdate(doc));
    tracker.onServerDeletes(serverDeletes(server));
    expect(tracker.unsaved()).toBe(0);
    expect(tracker.awaitsDeletes()).toBe(false);
  });

  it('lets the new value’s clock cover the value it replaced, so an ordinary edit needs no delete set', () => {
    const doc = createProcessDoc();
    const tracker = createSaveTracker(doc, () => undefined);
    const id = addNode(doc, { kind: 'activity', label: 'Gebühr kassieren', x: 0, y: 0 });
    setNodeAttrs(doc, id, { waitMin: 30 });
    setNodeAttrs(doc, id, { waitMin: 45 });
    expect(tracker.awaitsDeletes()).toBe(false);
    tracker.onAck(Y.getState(doc.store, doc.clientID));
    expect(tracker.unsaved()).toBe(0);
  });

  it('names the top-level entries its unsaved changes touched', () => {
    const doc = createProcessDoc();
    const tracker = createSaveTracker(doc, () => undefined);
    const id = addNode(doc, { kind: 'activity', label: 'Gebühr kassieren', x: 0, y: 0 });
    tracker.onAck(Y.getState(doc.store, doc.clientID));
    expect([...tracker.touched()]).toEqual([]);
    setNodeAttrs(doc, id, { waitMin: 30 });
    expect([...tracker.touched()]).toEqual([`nodes/${id}`]);
  });
});
