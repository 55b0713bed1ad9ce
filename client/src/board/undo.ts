// Per-user undo: a Y.UndoManager that tracks only this browser's own changes, never the network's.
import * as Y from 'yjs';
import { LOCAL_ORIGIN, getEdges, getLanes, getNodes, getPools } from '@prozesswerk/process-model';

export function createUndoManager(doc: Y.Doc): Y.UndoManager {
  return new Y.UndoManager([getNodes(doc), getEdges(doc), getLanes(doc), getPools(doc)], {
    trackedOrigins: new Set([LOCAL_ORIGIN]),
    captureTimeout: 300,
  });
}
