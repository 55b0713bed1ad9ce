// Worker thread that merges a room's stored parts: compacting a long log must not stall the live rooms.
import { mergeStoredUpdates, unpackParts, type MergeResult } from './merge.ts';

/** Takes parts packed by packParts (their buffer is transferred here, not copied). */
export default function mergeInWorker(packed: Uint8Array): MergeResult {
  return mergeStoredUpdates(unpackParts(packed));
}
