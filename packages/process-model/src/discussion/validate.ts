// Zod schemas for discussion input and the tolerant field readers shared by the discussion and session readers.
import { z } from 'zod';
import { coordinateSchema, idSchema, parseOrThrow } from '../validate.ts';
import {
  MAX_COMMENT_LENGTH,
  MAX_DECISION_LENGTH,
  MAX_EMOJI_LENGTH,
  MAX_MENTIONS,
  MAX_PERSON_ID_LENGTH,
  MAX_PERSON_NAME_LENGTH,
} from './schema.ts';
import type { Person, ThreadAnchor } from './schema.ts';

export const personIdSchema = z.string().min(1).max(MAX_PERSON_ID_LENGTH);

export const personSchema = z.object({
  id: personIdSchema,
  name: z.string().trim().min(1).max(MAX_PERSON_NAME_LENGTH),
  org: z.string().trim().max(MAX_PERSON_NAME_LENGTH).optional(),
});

export const anchorSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('node'), id: idSchema }),
  z.object({ type: z.literal('edge'), id: idSchema }),
  z.object({ type: z.literal('point'), x: coordinateSchema, y: coordinateSchema }),
]);

export const commentTextSchema = z.string().trim().min(1).max(MAX_COMMENT_LENGTH);
export const decisionSchema = z.string().trim().max(MAX_DECISION_LENGTH);
export const mentionsSchema = z.array(personIdSchema).max(MAX_MENTIONS);
// No whitespace, so a reaction key can be split at its first space (see comment-mutations.ts).
export const emojiSchema = z.string().min(1).max(MAX_EMOJI_LENGTH).regex(/^\S+$/u);
// Milliseconds since the epoch, within the range a Date can hold.
export const epochMsSchema = z.number().int().min(0).max(8.64e15);
export const timestampSchema = z.iso.datetime();

// The person as stored: only known keys, and no `org` key when there is none.
export function parsePerson(value: unknown, what: string): Person {
  const person = parseOrThrow(personSchema, value, 'invalid-input', what);
  return toPerson(person);
}

export function parseAnchor(value: unknown): ThreadAnchor {
  return parseOrThrow(anchorSchema, value, 'invalid-input', 'anchor');
}

export function parseMentionIds(value: unknown): string[] {
  return [...new Set(parseOrThrow(mentionsSchema, value ?? [], 'invalid-input', 'mentions'))];
}

// `now` defaults to the local clock; tests and the server pass their own.
export function parseNow(now: number | undefined): string {
  return new Date(parseOrThrow(epochMsSchema, now ?? Date.now(), 'invalid-input', 'now')).toISOString();
}

export function readPerson(value: unknown): Person | undefined {
  const result = personSchema.safeParse(value);
  return result.success ? toPerson(result.data) : undefined;
}

const sealedPersonSchema = z.strictObject({ id: personIdSchema });

// A sealed version keeps people as `{ id }` alone (names live outside it): they read with an empty name.
export function readSealedPerson(value: unknown): Person | undefined {
  const sealed = sealedPersonSchema.safeParse(value);
  return sealed.success ? { id: sealed.data.id, name: '' } : readPerson(value);
}

export function readTimestamp(value: unknown): string | undefined {
  return timestampSchema.safeParse(value).success ? (value as string) : undefined;
}

// Milliseconds of an ISO timestamp, for comparisons that must not depend on how it was spelt.
export function timeOf(timestamp: string): number {
  const ms = Date.parse(timestamp);
  return Number.isNaN(ms) ? 0 : ms;
}

function toPerson(person: z.infer<typeof personSchema>): Person {
  return person.org
    ? { id: person.id, name: person.name, org: person.org }
    : { id: person.id, name: person.name };
}
