// Who can be @mentioned: members of the municipality, workshop participants present now (map awareness) and everyone
// who has written in the discussion.
import type { Discussion, Mentionable, Person } from '@prozesswerk/process-model';

/** Awareness field under which each browser tells the others its stable discussion identity. */
export const PERSON_FIELD = 'discussionPerson';

function isPerson(value: unknown): value is Person {
  if (typeof value !== 'object' || value === null) return false;
  const { id, name } = value as Record<string, unknown>;
  return typeof id === 'string' && id !== '' && typeof name === 'string' && name.trim() !== '';
}

/** The discussion identities announced in awareness states (several tabs of one person collapse later). */
export function presentPeople(states: ReadonlyMap<number, unknown>): Person[] {
  const people: Person[] = [];
  for (const state of states.values()) {
    const person = (state as Record<string, unknown> | null)?.[PERSON_FIELD];
    if (isPerson(person)) people.push(person);
  }
  return people;
}

/*
 * One entry per person id, the name as last seen (present people win over old comments, and both over the
 * member list, since a name can have been corrected), without oneself, sorted by name.
 */
export function mentionablePeople(
  present: readonly Person[],
  discussion: Discussion,
  meId: string | null,
  members: readonly Person[] = [],
): Mentionable[] {
  const byId = new Map<string, Mentionable>();
  for (const member of members) byId.set(member.id, member);
  for (const thread of discussion.threads) {
    for (const comment of thread.comments) byId.set(comment.author.id, comment.author);
  }
  for (const person of present) byId.set(person.id, person);
  if (meId !== null) byId.delete(meId);
  return [...byId.values()]
    .map(({ id, name }) => ({ id, name }))
    .sort((a, b) => a.name.localeCompare(b.name, 'de'));
}
