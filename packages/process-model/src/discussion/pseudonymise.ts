// Sealing a discussion without names: people by id alone, @mentions as tokens; and putting the names back to show it.
import * as Y from 'yjs';
import { getComments, getThreads } from './doc.ts';
import type { Discussion, DiscussionComment, DiscussionThread, Person } from './schema.ts';

export interface NamedPerson {
  name: string;
  org?: string;
  // An account's email, so that it can be sealed as a reference too.
  email?: string;
}

// `{person:id}` stands for a name, `{email:id}` for an email address; an @mention is "@" and a name token.
const TOKEN = /\{(person|email):([^}\s]{1,128})\}/g;
export const personToken = (id: string): string => `{person:${id}}`;
export const emailToken = (id: string): string => `{email:${id}}`;
export const mentionToken = (id: string): string => `@${personToken(id)}`;

/*
 * Rewrites a copy of the discussion for freezing, in one transaction: every person entry (thread openers,
 * resolutions, comment authors) keeps only its id, and in each comment an "@Name" of a person the comment
 * mentions becomes a token naming the id. Returns the names taken out, by id; `nameOf` names mentioned people
 * who never wrote in the discussion. With Yjs garbage collection on, the overwritten names are gone from the state.
 */
export function pseudonymiseDiscussion(
  doc: Y.Doc,
  nameOf: (id: string) => NamedPerson | undefined,
): Map<string, NamedPerson> {
  const people = new Map<string, NamedPerson>();
  const strip = (value: unknown): unknown => {
    if (!isPerson(value)) return value;
    people.set(value.id, value.org ? { name: value.name, org: value.org } : { name: value.name });
    return { id: value.id };
  };
  doc.transact(() => {
    for (const thread of getThreads(doc).values()) {
      if (!(thread instanceof Y.Map)) continue;
      replace(thread, 'createdBy', strip);
      replace(thread, 'resolution', (resolution) =>
        isRecord(resolution) && isPerson(resolution.by)
          ? { ...resolution, by: strip(resolution.by) }
          : resolution,
      );
      for (const comment of getComments(thread as Y.Map<unknown>)?.toArray() ?? []) {
        if (comment instanceof Y.Map) replace(comment as Y.Map<unknown>, 'author', strip);
      }
    }
    for (const thread of getThreads(doc).values()) {
      if (!(thread instanceof Y.Map)) continue;
      for (const comment of getComments(thread as Y.Map<unknown>)?.toArray() ?? []) {
        if (comment instanceof Y.Map) tokeniseMentions(comment as Y.Map<unknown>, people, nameOf);
      }
    }
  });
  return people;
}

/*
 * The second step of sealing, once every person the version names is known: their full names (two words or more)
 * and emails in comment texts and decisions become tokens, so the sealed text refers to them only by reference and
 * erasing a person's name also takes it out of what others wrote about them.
 */
export function tokenisePeopleInText(doc: Y.Doc, people: ReadonlyMap<string, NamedPerson>): void {
  const replacements: [RegExp, string][] = [];
  for (const [id, person] of people) {
    const name = person.name.trim();
    if (name.split(/\s+/).length >= 2) replacements.push([wholeWords(name), personToken(id)]);
    if (person.email?.includes('@')) replacements.push([wholeWords(person.email), emailToken(id)]);
  }
  if (replacements.length === 0) return;
  // Longest first, so "Anna Maria Schulz" is not cut into "Anna {person:…}".
  replacements.sort((a, b) => b[0].source.length - a[0].source.length);
  const rewrite = (text: string) =>
    replacements.reduce((t, [pattern, token]) => t.replace(pattern, token), text);
  doc.transact(() => {
    for (const thread of getThreads(doc).values()) {
      if (!(thread instanceof Y.Map)) continue;
      replace(thread as Y.Map<unknown>, 'resolution', (resolution) =>
        isRecord(resolution) && typeof resolution.decision === 'string'
          ? changed(resolution, 'decision', rewrite(resolution.decision))
          : resolution,
      );
      for (const comment of getComments(thread as Y.Map<unknown>)?.toArray() ?? []) {
        if (!(comment instanceof Y.Map)) continue;
        replace(comment as Y.Map<unknown>, 'text', (text) =>
          typeof text === 'string' ? rewrite(text) : text,
        );
      }
    }
  });
}

function changed(record: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> {
  return record[key] === value ? record : { ...record, [key]: value };
}

function wholeWords(phrase: string): RegExp {
  const escaped = phrase
    .trim()
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/\s+/g, '\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'giu');
}

function tokeniseMentions(
  comment: Y.Map<unknown>,
  people: Map<string, NamedPerson>,
  nameOf: (id: string) => NamedPerson | undefined,
): void {
  const text = comment.get('text');
  const mentions = comment.get('mentions');
  if (typeof text !== 'string' || !Array.isArray(mentions)) return;
  let next = text;
  for (const id of mentions) {
    if (typeof id !== 'string') continue;
    const person = people.get(id) ?? nameOf(id);
    if (!person?.name.trim()) continue;
    people.set(id, person);
    next = next.replace(mentionPattern(person.name), mentionToken(id));
  }
  if (next !== text) comment.set('text', next);
}

function mentionPattern(name: string): RegExp {
  const escaped = name.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`@${escaped}(?![\\p{L}\\p{N}])`, 'giu');
}

function replace(map: Y.Map<unknown>, key: string, change: (value: unknown) => unknown): void {
  const value = map.get(key);
  const next = change(value);
  if (next !== value) map.set(key, next);
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function isPerson(value: unknown): value is { id: string; name: string; org?: string } {
  return isRecord(value) && typeof value.id === 'string' && typeof value.name === 'string';
}

/** The discussion of a sealed version with the names it was frozen with (or their pseudonyms) put back. */
export function revealDiscussion(
  discussion: Discussion,
  nameOf: (id: string) => NamedPerson | undefined,
): Discussion {
  const person = (p: Person): Person => {
    const named = nameOf(p.id);
    if (!named) return p;
    return named.org ? { id: p.id, name: named.name, org: named.org } : { id: p.id, name: named.name };
  };
  const text = (value: string) =>
    value.replace(TOKEN, (token, kind: string, id: string) => {
      const named = nameOf(id);
      if (!named) return token;
      return kind === 'email' ? named.email || named.name : named.name;
    });
  const comment = (c: DiscussionComment): DiscussionComment => ({
    ...c,
    author: person(c.author),
    text: text(c.text),
  });
  const thread = (t: DiscussionThread): DiscussionThread => ({
    ...t,
    createdBy: person(t.createdBy),
    ...(t.resolvedBy ? { resolvedBy: person(t.resolvedBy) } : {}),
    ...(t.decision !== undefined ? { decision: text(t.decision) } : {}),
    comments: t.comments.map(comment),
  });
  return { ...discussion, threads: discussion.threads.map(thread) };
}
