// Building a room's document from what storage holds: at once when it is small, in slices when it is large.
import { setImmediate } from 'node:timers/promises';
import type * as Y from 'yjs';
import { applyStoredUpdates } from '../store/merge.ts';

/** A stored state up to this size integrates at once (a few milliseconds); a larger one in slices. */
export const SLICED_LOAD_BYTES = 32 * 1024;

export type Slicing = {
  /** The state in slices that apply in order (RoomParts.split, run in the worker thread). */
  split(state: Uint8Array, maxStructs: number): Promise<Uint8Array[]>;
  maxStructs: number;
  /** The room was destroyed meanwhile: stop. */
  stopped(): boolean;
  log: (message: string, error?: unknown) => void;
};

/**
 * Applies the stored parts to `doc` in order (see applyStoredUpdates) and returns how many were skipped. A large
 * state is split in the worker thread and applied one slice per event-loop turn, so that other rooms' messages are
 * handled in between; then the result is a promise. The document is complete only once it resolves.
 */
export function buildRoomDoc(
  doc: Y.Doc,
  parts: readonly Uint8Array[],
  slicing: Slicing | undefined,
): number | Promise<number> {
  const [state, ...tail] = parts;
  if (!slicing || !state || state.byteLength <= SLICED_LOAD_BYTES) return applyStoredUpdates(doc, parts);
  return buildInSlices(doc, state, tail, slicing);
}

async function buildInSlices(
  doc: Y.Doc,
  state: Uint8Array,
  tail: readonly Uint8Array[],
  slicing: Slicing,
): Promise<number> {
  let slices: Uint8Array[];
  try {
    slices = await slicing.split(state, slicing.maxStructs);
  } catch (error) {
    slicing.log('splitting a stored state failed; applying it at once', error);
    slices = [state];
  }
  let stateSkipped = false;
  for (const slice of slices) {
    if (slicing.stopped()) return 0;
    // Like applying the state at once, one undecodable state counts once, whatever it integrated before failing.
    if (applyStoredUpdates(doc, [slice]) > 0) stateSkipped = true;
    // Lets the event loop handle sockets, timers and storage before the next slice.
    await setImmediate();
  }
  if (slicing.stopped()) return 0;
  return (stateSkipped ? 1 : 0) + applyStoredUpdates(doc, tail);
}
