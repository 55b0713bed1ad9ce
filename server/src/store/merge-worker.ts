// Worker thread for a room's stored parts: compacting a long log, or slicing a large state for loading, must not
// stall the live rooms.
import { mergeStoredUpdates, unpackParts, type MergeResult } from './merge.ts';
import { splitState } from './split-state.ts';

export type MergeTask =
  /** Parts packed by packParts (their buffer is transferred here, not copied). */
  { kind: 'merge'; packed: Uint8Array } | { kind: 'split'; state: Uint8Array; maxStructs: number };

export default function runInWorker(task: MergeTask): MergeResult | Uint8Array[] {
  return task.kind === 'merge'
    ? mergeStoredUpdates(unpackParts(task.packed))
    : splitState(task.state, task.maxStructs);
}
