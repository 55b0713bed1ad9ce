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

  it('stores the area the facilitator sees, and rejects an empty one', () => {
    const doc = createSessionDoc();
    const viewport = { x: 10, y: 20, zoom: 0.8 };
    const area = { x: -12.5, y: -25, width: 1000, height: 600 };
    summon(doc, { by: anna, viewport, area, now: minutes(1) });
    expect(readSession(doc).summon).toEqual({ by: anna, viewport, area, at: iso(minutes(1)) });
    expect(() => summon(doc, { by: anna, viewport, area: { ...area, width: 0 } })).toThrow(
      expect.objectContaining({ code: 'invalid-input' }),
    );
  });

  it('rejects a zoom of zero or less', () => {
    const doc = createSessionDoc();
    expect(() => summon(doc, { by: anna, viewport: { x: 0, y: 0, zoom: 0 } })).toThrow(
      expect.objectContaining({ code: 'invalid-input' }),
    );
  });
});
