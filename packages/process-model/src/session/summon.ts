// A facilitator brings everyone to their view: followers jump to the summoned viewport.
import type * as Y from 'yjs';
import { LOCAL_ORIGIN } from '../origin.ts';
import { parseOrThrow } from '../validate.ts';
import type { Person } from '../discussion/schema.ts';
import { parseNow, parsePerson } from '../discussion/validate.ts';
import { SUMMON_KEY, getWorkshop } from './doc.ts';
import type { Summon, Viewport } from './schema.ts';
import { viewportSchema } from './validate.ts';

export interface SummonInput {
  by: Person;
  viewport: Viewport;
  now?: number;
}

// Always a new value with a new `at`, so summoning twice to the same view moves people twice.
export function summon(doc: Y.Doc, input: SummonInput, origin: unknown = LOCAL_ORIGIN): Summon {
  const by = parsePerson(input.by, 'facilitator');
  const viewport = parseOrThrow(viewportSchema, input.viewport, 'invalid-input', 'viewport');
  const value: Summon = {
    by,
    viewport: { x: viewport.x, y: viewport.y, zoom: viewport.zoom },
    at: parseNow(input.now),
  };
  doc.transact(() => getWorkshop(doc).set(SUMMON_KEY, value), origin);
  return value;
}
