// One status for the three documents of a process: saved only when the server stored every local change of each.
import { CHANNELS, type Channel } from '@prozesswerk/protocol';
import type { ConnectionState, RefusalNotice } from './synced-doc.ts';
import type { SessionStatus } from './process-session.ts';

export type OverallStatus = {
  connection: ConnectionState;
  /** Local changes not yet stored, over all documents. */
  unsaved: number;
  /** Per document, only those with waiting changes. */
  unsavedBy: readonly { channel: Channel; count: number }[];
  /** A refused document is being replaced by the server's state. */
  rebuilding: boolean;
  /** Every refusal notice not yet dismissed, with its document. */
  refused: readonly (RefusalNotice & { channel: Channel })[];
  /** "Alle Änderungen gespeichert": nothing waits and nothing is being discarded. */
  saved: boolean;
};

export function overallStatus(status: SessionStatus): OverallStatus {
  const docs = CHANNELS.map((channel) => ({ channel, ...status[channel] }));
  const unsavedBy = docs
    .filter((doc) => doc.unsaved > 0)
    .map((doc) => ({ channel: doc.channel, count: doc.unsaved }));
  const unsaved = unsavedBy.reduce((sum, doc) => sum + doc.count, 0);
  const rebuilding = docs.some((doc) => doc.rebuilding);
  return {
    // The three rooms share one network; the map's socket speaks for it.
    connection: status.map.connection,
    unsaved,
    unsavedBy,
    rebuilding,
    refused: docs.flatMap((doc) => doc.refused.map((notice) => ({ ...notice, channel: doc.channel }))),
    saved: unsaved === 0 && !rebuilding,
  };
}
