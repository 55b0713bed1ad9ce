// E2E support: writes a process map (or another document of a process) through a Node Yjs client and waits until the server stored it.
import * as Y from 'yjs';
import { MESSAGE, type Channel } from '@prozesswerk/protocol';
import { connectStockClient, waitFor, whenSynced } from '../../support/clients.ts';
import { readSavedClock } from '../../support/saved.ts';

/** Runs `write` against the process's map document and resolves once the server acknowledged storing it. */
export function seedMap(
  server: { url: string; adminToken: string },
  processId: string,
  write: (doc: Y.Doc) => void,
): Promise<void> {
  return seedDoc(server, processId, 'map', write);
}

/** Runs `write` against one of the process's documents and resolves once the server acknowledged storing it. */
export async function seedDoc(
  server: { url: string; adminToken: string },
  processId: string,
  channel: Channel,
  write: (doc: Y.Doc) => void,
): Promise<void> {
  const client = connectStockClient(server.url, processId, channel, { ack: '1', token: server.adminToken });
  let stored = 0;
  client.provider.messageHandlers[MESSAGE.saved] = (_encoder, decoder) => {
    const rest = decoder.arr.subarray(decoder.pos);
    stored = Math.max(stored, readSavedClock(rest, client.doc.clientID));
    decoder.pos = decoder.arr.length;
  };
  try {
    await whenSynced(client, 10_000);
    write(client.doc);
    const clock = Y.getState(client.doc.store, client.doc.clientID);
    await waitFor(() => stored >= clock, 20_000, 'the seeded map to be stored');
  } finally {
    client.destroy();
  }
}
