// Tests for summoning everyone to the facilitator's view.
import { describe, expect, it } from 'vitest';
import { anna, iso, minutes, recordOrigins } from '../discussion/test-support.ts';
import { LOCAL_ORIGIN } from '../origin.ts';
import { createSessionDoc } from './doc.ts';
import { readSession } from './read.ts';
import { summon } from './summon.ts';

describe('summon', () => {
  it('stores the viewport with who summoned and when, and a second summon to the same view is a new one', () => {
    const doc = createSessionDoc();
    const origins = recordOrigins(doc);
    const viewport = { x: -120, y: 40, zoom: 1.5 };
    summon(doc, { by: anna, viewport, now: minutes(1) });
    expect(readSession(doc).summon).toEqual({ by: anna, viewport, at: iso(minutes(1)) });
    summon(doc, { by: anna, viewport, now: minutes(2) }, 'server');
    expect(readSession(doc).summon?.at).toBe(iso(minutes(2)));
    expect(origins).toEqual([LOCAL_ORIGIN, 'server']);
  });

  it('rejects a zoom of zero or less', () => {
    const doc = createSessionDoc();
    expect(() => summon(doc, { by: anna, viewport: { x: 0, y: 0, zoom: 0 } })).toThrow(
      expect.objectContaining({ code: 'invalid-input' }),
    );
  });
});
