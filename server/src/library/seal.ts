// Sealing a frozen version so that names can be erased without breaking it: the hashed JSON holds people as
// references and salted digests only; names and salts live beside it and can be deleted (Art. 17 DSGVO).
import { createHash, randomBytes } from 'node:crypto';
import * as Y from 'yjs';
import {
  canonicalJson,
  projectProcessSnapshot,
  pseudonymiseDiscussion,
  tokenisePeopleInText,
  type NamedPerson,
  type ProcessSnapshotProjection,
} from '@prozesswerk/process-model';
import type { VersionPerson, VersionRedaction } from '../store/store.ts';

export const SEAL_FORMAT = 2;

/**
 * The JSON whose SHA-256 is a version's fingerprint. `people` maps each reference to the digest of
 * [salt, name, municipality]; a reference is a person id, or "x-…" for someone typed in by name.
 */
export type SealedVersion = {
  format: typeof SEAL_FORMAT;
  name: string;
  note: string;
  frozenAt: string;
  frozenBy: string;
  agreedBy: string[];
  content: ProcessSnapshotProjection;
  people: Record<string, string>;
};

export type SealInput = {
  mapState: Uint8Array;
  /** The live discussion, names and all. */
  discussionState: Uint8Array;
  name: string;
  note: string;
  frozenAt: string;
  frozenBy: { id: string; name: string; org?: string | undefined };
  agreedBy: readonly { id?: string | undefined; name: string; org: string }[];
  /**
   * What the server knows of a person id now: the name of someone @mentioned who never wrote, and the email of
   * an account (sealed as a reference like the name).
   */
  nameOf: (id: string) => NamedPerson | undefined;
};

export type Sealed = {
  mapState: Uint8Array;
  /** The discussion with people by id only. */
  discussionState: Uint8Array;
  canonicalJson: string;
  sha256: string;
  frozenById: string;
  agreedByIds: string[];
  people: VersionPerson[];
};

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The digest the seal holds for a person; the email is part of it only when there is one. */
export function personDigest(person: Pick<VersionPerson, 'salt' | 'name' | 'org' | 'email'>): string {
  const fields = [person.salt, person.name, person.org, ...(person.email ? [person.email] : [])];
  return sha256Hex(canonicalJson(fields));
}

export function docFrom(state: Uint8Array): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  return doc;
}

export function sealVersion(input: SealInput): Sealed {
  const map = docFrom(input.mapState);
  const discussion = docFrom(input.discussionState);
  try {
    const named = pseudonymiseDiscussion(discussion, input.nameOf);
    named.set(input.frozenBy.id, { name: input.frozenBy.name, org: input.frozenBy.org ?? '' });
    const agreedByIds: string[] = [];
    for (const person of input.agreedBy) {
      const ref = person.id ?? `x-${randomBytes(9).toString('base64url')}`;
      if (agreedByIds.includes(ref)) continue;
      agreedByIds.push(ref);
      named.set(ref, { name: person.name, org: person.org });
    }
    for (const [id, person] of named) {
      const email = input.nameOf(id)?.email;
      if (email) named.set(id, { ...person, email });
    }
    tokenisePeopleInText(discussion, named);
    const people = [...named].map(([personId, person]) => ({
      personId,
      salt: randomBytes(16).toString('base64url'),
      name: person.name,
      org: person.org ?? '',
      email: person.email ?? '',
    }));
    const sealed: SealedVersion = {
      format: SEAL_FORMAT,
      name: input.name,
      note: input.note,
      frozenAt: input.frozenAt,
      frozenBy: input.frozenBy.id,
      agreedBy: agreedByIds,
      content: projectProcessSnapshot({ map, discussion }),
      people: Object.fromEntries(people.map((p) => [p.personId, personDigest(p)])),
    };
    const json = canonicalJson(sealed);
    return {
      mapState: Y.encodeStateAsUpdate(map),
      discussionState: Y.encodeStateAsUpdate(discussion),
      canonicalJson: json,
      sha256: sha256Hex(json),
      frozenById: input.frozenBy.id,
      agreedByIds,
      people,
    };
  } finally {
    map.destroy();
    discussion.destroy();
  }
}

export type SealCheck =
  { ok: true; sealed: SealedVersion; redactedNames: number } | { ok: false; reason: string };

/**
 * Proves a stored version is the one that was frozen: the fingerprint is the SHA-256 of the sealed JSON, the
 * stored Yjs states project to exactly its content, and every name beside it matches its digest. A name may be
 * missing only with a redaction record, and then counts as redacted.
 */
export function checkSeal(record: {
  canonicalJson: string;
  sha256: string;
  mapState: Uint8Array;
  discussionState: Uint8Array;
  people: readonly VersionPerson[];
  redactions: readonly VersionRedaction[];
}): SealCheck {
  if (sha256Hex(record.canonicalJson) !== record.sha256) return { ok: false, reason: 'fingerprint' };
  let sealed: SealedVersion;
  try {
    sealed = JSON.parse(record.canonicalJson) as SealedVersion;
  } catch {
    return { ok: false, reason: 'json' };
  }
  if (sealed.format !== SEAL_FORMAT) return { ok: false, reason: 'format' };
  let content: string;
  try {
    const map = docFrom(record.mapState);
    const discussion = docFrom(record.discussionState);
    content = canonicalJson(projectProcessSnapshot({ map, discussion }));
    map.destroy();
    discussion.destroy();
  } catch {
    return { ok: false, reason: 'states' };
  }
  if (content !== canonicalJson(sealed.content)) return { ok: false, reason: 'content' };
  const digests = new Map(Object.entries(sealed.people));
  const redacted = new Set(record.redactions.map((r) => r.personId));
  for (const person of record.people) {
    if (digests.get(person.personId) !== personDigest(person)) return { ok: false, reason: 'name' };
  }
  const named = new Set(record.people.map((p) => p.personId));
  let redactedNames = 0;
  for (const ref of digests.keys()) {
    if (named.has(ref)) continue;
    if (!redacted.has(ref)) return { ok: false, reason: 'missing-name' };
    redactedNames += 1;
  }
  return { ok: true, sealed, redactedNames };
}
