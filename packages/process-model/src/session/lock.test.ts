// Tests for locking the map: the flag the server enforces, who locked it, and concurrent changes.
import { describe, expect, it } from 'vitest';
import { SESSION_LOCKED, SESSION_ROOT } from '@prozesswerk/protocol';
import { LOCAL_ORIGIN } from '../origin.ts';
import { syncDocs } from '../test-network.ts';
import { anna, ben, iso, minutes, peersOf, recordOrigins } from '../discussion/test-support.ts';
import { createSessionDoc } from './doc.ts';
import { setLocked } from './lock.ts';
import { readSession } from './read.ts';

describe('setLocked', () => {
  it('sets exactly what the server reads, with who locked and when, and unlocking clears both', () => {
    const doc = createSessionDoc();
    setLocked(doc, { locked: true, by: anna, now: minutes(3) });
    expect(doc.getMap(SESSION_ROOT).get(SESSION_LOCKED)).toBe(true);
    expect(readSession(doc)).toEqual({ locked: true, lockedBy: anna, lockedAt: iso(minutes(3)) });

    setLocked(doc, { locked: false, by: anna });
    expect(doc.getMap(SESSION_ROOT).get(SESSION_LOCKED)).toBe(false);
    expect(readSession(doc)).toEqual({ locked: false });
  });

  it('writes one transaction with LOCAL_ORIGIN by default and rejects a facilitator without name', () => {
    const doc = createSessionDoc();
    const origins = recordOrigins(doc);
    setLocked(doc, { locked: true, by: anna });
    setLocked(doc, { locked: false, by: anna }, 'server');
    expect(origins).toEqual([LOCAL_ORIGIN, 'server']);
    expect(() => setLocked(doc, { locked: true, by: { id: 'x', name: '' } })).toThrow(
      expect.objectContaining({ code: 'invalid-input' }),
    );
  });

  it('a lock and an unlock at the same time end in one state that every peer and the server agree on', () => {
    const doc = createSessionDoc();
    const [a, b] = peersOf(doc, 2, createSessionDoc);
    setLocked(a!, { locked: true, by: anna });
    setLocked(b!, { locked: false, by: ben });
    syncDocs(a!, b!);
    expect(readSession(a!)).toEqual(readSession(b!));
    expect(a!.getMap(SESSION_ROOT).get(SESSION_LOCKED)).toBe(readSession(a!).locked);
  });
});
