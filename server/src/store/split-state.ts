// A room's stored state as slices that a Y.Doc integrates one at a time, so that loading a large room can yield to
// the event loop between them (see Room.ready).
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { writeClockRanges } from './clock-ranges.ts';

type Struct = ReturnType<typeof Y.decodeUpdate>['structs'][number];
type DeleteSet = ReturnType<typeof Y.decodeUpdate>['ds'];

/**
 * Splits a whole-document update (as Y.encodeStateAsUpdate writes it) into updates of at most `maxStructs` structs
 * each, ordered so that every struct's origin, right origin and parent lie in its own slice or an earlier one:
 * applied in order, no slice leaves Yjs waiting for a missing struct, and the result is the document that applying
 * `state` at once gives. The delete set comes last, in a slice of its own. Anything unexpected (a skip, a struct
 * that refers to one the update lacks) returns `[state]` unchanged.
 */
export function splitState(state: Uint8Array, maxStructs: number): Uint8Array[] {
  let decoded: ReturnType<typeof Y.decodeUpdate>;
  try {
    decoded = Y.decodeUpdate(state);
  } catch {
    return [state];
  }
  if (decoded.structs.length <= maxStructs) return [state];
  const order = dependencyOrder(decoded.structs);
  if (!order) return [state];
  const slices: Uint8Array[] = [];
  for (let start = 0; start < order.length; start += maxStructs)
    slices.push(encodeStructs(order.slice(start, start + maxStructs)));
  slices.push(encodeDeleteSet(decoded.ds));
  return slices;
}

/** The structs in an order that integrates without waiting: each after what it refers to; undefined if none. */
function dependencyOrder(structs: readonly Struct[]): Struct[] | undefined {
  const byClient = new Map<number, Struct[]>();
  for (const struct of structs) {
    if (!(struct instanceof Y.Item) && !(struct instanceof Y.GC)) return undefined;
    const list = byClient.get(struct.id.client);
    if (list) list.push(struct);
    else byClient.set(struct.id.client, [struct]);
  }
  // Per client, the index of its next struct not yet placed; a client's structs are contiguous and in clock order.
  const next = new Map<number, number>();
  for (const [client, list] of byClient) {
    for (let i = 1; i < list.length; i++) {
      const before = list[i - 1]!;
      if (before.id.clock + before.length !== list[i]!.id.clock) return undefined;
    }
    next.set(client, 0);
  }
  const placedUpTo = (client: number): number => {
    const list = byClient.get(client);
    const index = next.get(client) ?? 0;
    if (!list) return 0;
    return index === 0 ? list[0]!.id.clock : list[index - 1]!.id.clock + list[index - 1]!.length;
  };
  const order: Struct[] = [];
  const active = new Set<number>();
  for (const client of byClient.keys()) {
    // Depth-first like Yjs's own integration: a struct waits until the structs it refers to are placed.
    const stack = [client];
    active.add(client);
    while (stack.length > 0) {
      const current = stack.at(-1)!;
      const list = byClient.get(current)!;
      const index = next.get(current)!;
      if (index >= list.length) {
        stack.pop();
        active.delete(current);
        continue;
      }
      const struct = list[index]!;
      const missing = missingReference(struct, byClient, placedUpTo);
      if (missing === 'absent') return undefined;
      if (missing !== null) {
        // A cycle cannot occur in a document Yjs wrote; if it does, the state is applied whole.
        if (active.has(missing)) return undefined;
        stack.push(missing);
        active.add(missing);
        continue;
      }
      order.push(struct);
      next.set(current, index + 1);
      // Back to the client that waited for this one: it checks again whether it still waits.
      if (stack.length > 1) {
        stack.pop();
        active.delete(current);
      }
    }
  }
  return order.length === structs.length ? order : undefined;
}

/** The client of a reference the struct makes that is not placed yet, 'absent' if the update lacks it, or null. */
function missingReference(
  struct: Struct,
  byClient: ReadonlyMap<number, Struct[]>,
  placedUpTo: (client: number) => number,
): number | 'absent' | null {
  if (!(struct instanceof Y.Item)) return null;
  const parent = struct.parent instanceof Y.ID ? struct.parent : null;
  for (const ref of [struct.origin, struct.rightOrigin, parent]) {
    if (!ref || ref.client === struct.id.client) continue;
    if (ref.clock < placedUpTo(ref.client)) continue;
    const list = byClient.get(ref.client);
    const last = list?.at(-1);
    if (!list || !last || ref.clock < list[0]!.id.clock || ref.clock >= last.id.clock + last.length)
      return 'absent';
    return ref.client;
  }
  return null;
}

/** An update holding these structs (each client's a contiguous run in clock order) and no deletions. */
function encodeStructs(structs: readonly Struct[]): Uint8Array {
  const runs = new Map<number, Struct[]>();
  for (const struct of structs) {
    const run = runs.get(struct.id.client);
    if (run) run.push(struct);
    else runs.set(struct.id.client, [struct]);
  }
  const encoder = new Y.UpdateEncoderV1();
  encoding.writeVarUint(encoder.restEncoder, runs.size);
  for (const [client, run] of runs) {
    encoding.writeVarUint(encoder.restEncoder, run.length);
    encoder.writeClient(client);
    encoding.writeVarUint(encoder.restEncoder, run[0]!.id.clock);
    for (const struct of run) struct.write(encoder, 0);
  }
  encoding.writeVarUint(encoder.restEncoder, 0);
  return encoder.toUint8Array();
}

/** An update holding only a delete set (the format of Yjs's DSEncoderV1). */
function encodeDeleteSet(ds: DeleteSet): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  writeClockRanges(encoder, ds.clients);
  return encoding.toUint8Array(encoder);
}
