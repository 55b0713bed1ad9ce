// Locks and unlocks the map for a workshop discussion; the server rejects map edits from non-facilitators while locked.
import type * as Y from 'yjs';
import { SESSION_LOCKED } from '@prozesswerk/protocol';
import { setField } from '../fields.ts';
import { LOCAL_ORIGIN } from '../origin.ts';
import type { Person } from '../discussion/schema.ts';
import { parseNow, parsePerson } from '../discussion/validate.ts';
import { LOCKED_AT_KEY, LOCKED_BY_KEY, getWorkshop } from './doc.ts';

export interface LockChange {
  locked: boolean;
  by: Person;
  now?: number;
}

// `locked` is always written as a boolean, never deleted, so the server's `=== true` check stays simple.
export function setLocked(doc: Y.Doc, input: LockChange, origin: unknown = LOCAL_ORIGIN): void {
  const by = parsePerson(input.by, 'facilitator');
  const at = parseNow(input.now);
  const workshop = getWorkshop(doc);
  doc.transact(() => {
    setField(workshop, SESSION_LOCKED, input.locked === true);
    setField(workshop, LOCKED_BY_KEY, input.locked === true ? by : undefined);
    setField(workshop, LOCKED_AT_KEY, input.locked === true ? at : undefined);
  }, origin);
}
