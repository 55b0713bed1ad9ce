// A facilitator brings everyone to their view: followers jump to the summoned area (or viewport).
import type * as Y from 'yjs';
import { LOCAL_ORIGIN } from '../origin.ts';
import { parseOrThrow } from '../validate.ts';
import type { Person } from '../discussion/schema.ts';
import { parseNow, parsePerson } from '../discussion/validate.ts';
import { SUMMON_KEY, getWorkshop } from './doc.ts';
import type { FlowArea, Summon, Viewport } from './schema.ts';
import { flowAreaSchema, viewportSchema } from './validate.ts';

export interface SummonInput {
  by: Person;
  viewport: Viewport;
  /** What the facilitator sees of the map (flow coordinates), so everyone can centre it on their own canvas. */
  area?: FlowArea;
  now?: number;
}

// Always a new value with a new `at`, so summoning twice to the same view moves people twice.
export function summon(doc: Y.Doc, input: SummonInput, origin: unknown = LOCAL_ORIGIN): Summon {
  const by = parsePerson(input.by, 'facilitator');
  const viewport = parseOrThrow(viewportSchema, input.viewport, 'invalid-input', 'viewport');
  const area =
    input.area === undefined ? undefined : parseOrThrow(flowAreaSchema, input.area, 'invalid-input', 'area');
  const value: Summon = {
    by,
    viewport: { x: viewport.x, y: viewport.y, zoom: viewport.zoom },
    ...(area ? { area: { x: area.x, y: area.y, width: area.width, height: area.height } } : {}),
    at: parseNow(input.now),
  };
  doc.transact(() => getWorkshop(doc).set(SUMMON_KEY, value), origin);
  return value;
}
