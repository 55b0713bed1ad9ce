import * as decoding from 'lib0/decoding';
import { describe, expect, it } from 'vitest';
import { MESSAGE } from './messages.ts';
import { decodeRefusedBody, encodeRefused, MESSAGE_REFUSED, type Refusal } from './refusals.ts';

describe('the refused message', () => {
  it('carries reason, detail, writers and deleted items to the client', () => {
    const refusal: Refusal = {
      reason: 'map-locked',
      detail: 'the map is locked',
      writers: [{ client: 0x7fffffff, fromClock: 12 }],
      deletedItems: 3,
    };
    const decoder = decoding.createDecoder(encodeRefused(refusal));
    expect(decoding.readVarUint(decoder)).toBe(MESSAGE.refused);
    expect(decodeRefusedBody(decoder)).toEqual(refusal);
    expect(MESSAGE_REFUSED).toBe(MESSAGE.refused);
  });
});
