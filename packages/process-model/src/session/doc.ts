// Creates the session Y.Doc of a process and gives access to its one top-level map, the workshop state.
import * as Y from 'yjs';
import { SESSION_ROOT } from '@prozesswerk/protocol';

export const LOCKED_BY_KEY = 'lockedBy';
export const LOCKED_AT_KEY = 'lockedAt';
export const SUMMON_KEY = 'summon';
export const TIMER_KEY = 'timer';
export const VOTING_ROUND_KEY = 'votingRound';

/*
 * Layout: workshop: Y.Map { locked: boolean, lockedBy?, lockedAt?, summon?, timer?, votingRound? }.
 * The root name and `locked` come from @prozesswerk/protocol because the server reads them to
 * reject map updates while locked. Summon, timer and voting round are each one plain value, so
 * two facilitators changing one concurrently end with one of their versions whole, never a mix.
 */
export function createSessionDoc(): Y.Doc {
  const doc = new Y.Doc();
  getWorkshop(doc);
  return doc;
}

export const getWorkshop = (doc: Y.Doc): Y.Map<unknown> => doc.getMap<unknown>(SESSION_ROOT);
