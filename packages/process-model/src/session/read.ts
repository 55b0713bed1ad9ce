// Reads the session Y.Doc into plain workshop state, tolerating anything a concurrent or foreign edit left.
import type * as Y from 'yjs';
import type { z } from 'zod';
import { SESSION_LOCKED } from '@prozesswerk/protocol';
import { readPerson, readTimestamp } from '../discussion/validate.ts';
import { LOCKED_AT_KEY, LOCKED_BY_KEY, SUMMON_KEY, TIMER_KEY, VOTING_ROUND_KEY, getWorkshop } from './doc.ts';
import type { WorkshopState } from './schema.ts';
import { summonSchema, timerSchema, votingRoundSchema } from './validate.ts';

/*
 * Never throws. `locked` is exactly what the server enforces (`=== true`); a value that does not
 * parse is left out as if it were never set, so a damaged timer shows no timer rather than a wrong one.
 */
export function readSession(doc: Y.Doc): WorkshopState {
  const workshop = getWorkshop(doc);
  const state: WorkshopState = { locked: workshop.get(SESSION_LOCKED) === true };
  if (state.locked) {
    const lockedBy = readPerson(workshop.get(LOCKED_BY_KEY));
    const lockedAt = readTimestamp(workshop.get(LOCKED_AT_KEY));
    if (lockedBy !== undefined) state.lockedBy = lockedBy;
    if (lockedAt !== undefined) state.lockedAt = lockedAt;
  }
  const summon = pick(summonSchema, workshop.get(SUMMON_KEY));
  const timer = pick(timerSchema, workshop.get(TIMER_KEY));
  const votingRound = pick(votingRoundSchema, workshop.get(VOTING_ROUND_KEY));
  if (summon !== undefined) state.summon = { ...summon, by: readPerson(summon.by) ?? summon.by };
  if (timer !== undefined) state.timer = timer;
  if (votingRound !== undefined) state.votingRound = votingRound;
  return state;
}

function pick<T>(schema: z.ZodType<T>, value: unknown): T | undefined {
  const result = schema.safeParse(value);
  return result.success ? result.data : undefined;
}
