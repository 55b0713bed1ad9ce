// Test support: reads our saved-acknowledgement body (a varUint8Array holding a Yjs state vector).
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';

export function readSavedClock(body: Uint8Array, clientId: number): number {
  const stateVector = decoding.readVarUint8Array(decoding.createDecoder(body));
  return Y.decodeStateVector(stateVector).get(clientId) ?? 0;
}
