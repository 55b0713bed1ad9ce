// Per-writer clock ranges in the layout of Yjs's delete set (DSEncoderV1): writers, then each writer's ranges.
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

export type ClockRange = { clock: number; len: number };

export function writeClockRanges(
  encoder: encoding.Encoder,
  byWriter: ReadonlyMap<number, readonly ClockRange[]>,
): void {
  encoding.writeVarUint(encoder, byWriter.size);
  for (const [client, ranges] of byWriter) {
    encoding.writeVarUint(encoder, client);
    encoding.writeVarUint(encoder, ranges.length);
    for (const range of ranges) {
      encoding.writeVarUint(encoder, range.clock);
      encoding.writeVarUint(encoder, range.len);
    }
  }
}

export function readClockRanges(decoder: decoding.Decoder): Map<number, ClockRange[]> {
  const byWriter = new Map<number, ClockRange[]>();
  for (let count = decoding.readVarUint(decoder); count > 0; count--) {
    const client = decoding.readVarUint(decoder);
    const ranges: ClockRange[] = [];
    for (let n = decoding.readVarUint(decoder); n > 0; n--) {
      ranges.push({ clock: decoding.readVarUint(decoder), len: decoding.readVarUint(decoder) });
    }
    byWriter.set(client, ranges);
  }
  return byWriter;
}
