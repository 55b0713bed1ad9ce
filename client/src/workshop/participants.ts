// Who is in the workshop, read from the map room's awareness: name, municipality, role and whom each follows.
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { isRole, type Role } from '@prozesswerk/protocol';
import { followingOf } from './follow.ts';

const ROLE_FIELD = 'workshopRole';

export type Participant = {
  clientId: number;
  name: string;
  municipality: string;
  /** Typed in by a workshop guest, not from an account. */
  municipalityDeclared: boolean;
  role: Role | null;
  colour: string;
  /** The awareness client id of the person this one follows, or null. */
  following: number | null;
  isMe: boolean;
};

/** Tells the others our role next to the name and colour the presence writer already shares. */
export function usePublishRole(awareness: Awareness, role: Role): void {
  useEffect(() => {
    awareness.setLocalStateField(ROLE_FIELD, role);
  }, [awareness, role]);
}

function readParticipants(awareness: Awareness): Participant[] {
  const people: Participant[] = [];
  for (const [clientId, raw] of awareness.getStates()) {
    const state = raw as {
      user?: { name?: unknown; municipality?: unknown; municipalityDeclared?: unknown; colour?: unknown };
      [ROLE_FIELD]?: unknown;
    };
    if (typeof state.user?.name !== 'string') continue;
    people.push({
      clientId,
      name: state.user.name,
      municipality: typeof state.user.municipality === 'string' ? state.user.municipality : '',
      municipalityDeclared: state.user.municipalityDeclared === true,
      role: isRole(state[ROLE_FIELD]) ? state[ROLE_FIELD] : null,
      colour: typeof state.user.colour === 'string' ? state.user.colour : '#555',
      following: followingOf(raw),
      isMe: clientId === awareness.clientID,
    });
  }
  return people.sort((a, b) => Number(b.isMe) - Number(a.isMe) || a.name.localeCompare(b.name));
}

// Awareness changes with every cursor move; the JSON key keeps the list stable unless people change.
export function useParticipants(awareness: Awareness): Participant[] {
  const key = useSyncExternalStore(
    (callback) => {
      awareness.on('change', callback);
      return () => awareness.off('change', callback);
    },
    () => JSON.stringify(readParticipants(awareness)),
  );
  return useMemo(() => JSON.parse(key) as Participant[], [key]);
}
