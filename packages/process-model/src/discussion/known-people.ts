// The discussion with every person as the server knows them, for records (the decision log) that name people.
import type { Discussion, Person } from './schema.ts';

/**
 * What the server knows of a person id: their name and the municipalities they may sign with, or `asWritten` for
 * someone the server itself renamed (an erased person's pseudonym, written by the server).
 */
export type KnownPerson = { name: string; orgs: readonly string[] } | 'asWritten';

/** Every person id the discussion names: openers, resolvers and comment authors. */
export function peopleNamedIn(discussion: Discussion): string[] {
  const ids = new Set<string>();
  for (const thread of discussion.threads) {
    ids.add(thread.createdBy.id);
    if (thread.resolvedBy) ids.add(thread.resolvedBy.id);
    for (const comment of thread.comments) ids.add(comment.author.id);
  }
  ids.delete('');
  return [...ids];
}

/**
 * Each person's name as the server knows it for their id, a municipality only if it is one of theirs, and an id the
 * server does not know as nobody (an empty name, which records show as unknown): what a document claims about a
 * person is never shown as it was written.
 */
export function withKnownPeople(discussion: Discussion, known: ReadonlyMap<string, KnownPerson>): Discussion {
  const verify = (person: Person): Person => {
    const found = known.get(person.id);
    if (found === 'asWritten') return person;
    if (found === undefined) return { id: person.id, name: '' };
    return person.org !== undefined && found.orgs.includes(person.org)
      ? { id: person.id, name: found.name, org: person.org }
      : { id: person.id, name: found.name };
  };
  return {
    ...discussion,
    threads: discussion.threads.map((thread) => ({
      ...thread,
      createdBy: verify(thread.createdBy),
      ...(thread.resolvedBy ? { resolvedBy: verify(thread.resolvedBy) } : {}),
      comments: thread.comments.map((comment) => ({ ...comment, author: verify(comment.author) })),
    })),
  };
}
