// Rows of the sealed-version tables as both dialects return them, and the mappers that put the names back.
import type { SnapshotMeta, SnapshotRecord, VersionPerson, VersionRedaction } from './store.ts';

export type VersionMetaRow = {
  process_id: string;
  version: number;
  name: string;
  note: string;
  sha256: string;
  frozen_at: string;
  frozen_by: string;
  /** JSON text: the person references of who agreed, in order. */
  agreed_by: string;
  previous_sha256: string | null;
};
export type VersionRow = VersionMetaRow & {
  map_state: Buffer;
  discussion_state: Buffer;
  sealed_json: string;
};
export type VersionPersonRow = {
  process_id: string;
  version: number;
  person_id: string;
  salt: string;
  name: string;
  org: string;
  /** Absent in rows read before the column existed (the sealed-versions migration). */
  email?: string;
};
export type VersionRedactionRow = {
  process_id: string;
  version: number;
  person_id: string;
  redacted_at: string;
  pseudonym: string;
  reason: string;
};

export const VERSION_META_COLUMNS =
  'process_id, version, name, note, sha256, frozen_at, frozen_by, agreed_by, previous_sha256';

export const toVersionPerson = (r: VersionPersonRow): VersionPerson => ({
  personId: r.person_id,
  salt: r.salt,
  name: r.name,
  org: r.org,
  email: r.email ?? '',
});
export const toVersionRedaction = (r: VersionRedactionRow): VersionRedaction => ({
  personId: r.person_id,
  redactedAt: r.redacted_at,
  pseudonym: r.pseudonym,
  reason: r.reason,
});

/** Code-unit order of person ids, the same in both databases and every locale. */
export const byPerson = (a: { personId: string }, b: { personId: string }) =>
  a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : 0;

const key = (processId: string, version: number) => `${processId}\u0000${version}`;

/** People and redactions grouped by version, for mapping many version rows at once. */
export function groupByVersion(
  people: readonly VersionPersonRow[],
  redactions: readonly VersionRedactionRow[],
): (processId: string, version: number) => { people: VersionPerson[]; redactions: VersionRedaction[] } {
  const groups = new Map<string, { people: VersionPerson[]; redactions: VersionRedaction[] }>();
  const group = (processId: string, version: number) => {
    const k = key(processId, Number(version));
    let found = groups.get(k);
    if (!found) groups.set(k, (found = { people: [], redactions: [] }));
    return found;
  };
  for (const row of people) group(row.process_id, row.version).people.push(toVersionPerson(row));
  for (const row of redactions) group(row.process_id, row.version).redactions.push(toVersionRedaction(row));
  for (const found of groups.values()) {
    found.people.sort(byPerson);
    found.redactions.sort(byPerson);
  }
  return (processId, version) => groups.get(key(processId, version)) ?? { people: [], redactions: [] };
}

export function toVersionMeta(
  row: VersionMetaRow,
  people: readonly VersionPerson[],
  redactions: readonly VersionRedaction[],
): SnapshotMeta {
  const byId = new Map(people.map((p) => [p.personId, p]));
  const erased = new Map(redactions.map((r) => [r.personId, r]));
  const named = (id: string) => {
    const person = byId.get(id);
    return person
      ? { name: person.name, org: person.org }
      : { name: erased.get(id)?.pseudonym ?? '', org: '' };
  };
  const agreedIds = JSON.parse(row.agreed_by) as string[];
  return {
    processId: row.process_id,
    version: Number(row.version),
    name: row.name,
    note: row.note,
    sha256: row.sha256,
    frozenBy: { id: row.frozen_by, name: named(row.frozen_by).name },
    frozenAt: row.frozen_at,
    agreedBy: agreedIds.map((id) => ({ id, ...named(id) })),
    redactedNames: redactions.length,
  };
}

export function toVersionRecord(
  row: VersionRow,
  people: VersionPerson[],
  redactions: VersionRedaction[],
): SnapshotRecord {
  return {
    ...toVersionMeta(row, people, redactions),
    mapState: new Uint8Array(row.map_state),
    discussionState: new Uint8Array(row.discussion_state),
    canonicalJson: row.sealed_json,
    people,
    redactions,
    previousSha256: row.previous_sha256,
  };
}

/** What a new version's rows hold, for both dialects' inserts. */
export function versionInsertValues(input: {
  processId: string;
  version: number;
  name: string;
  note: string;
  sha256: string;
  frozenAt: string;
  frozenById: string;
  agreedByIds: readonly string[];
  previousSha256?: string | null;
  mapState: Uint8Array;
  discussionState: Uint8Array;
  canonicalJson: string;
}): unknown[] {
  return [
    input.processId,
    input.version,
    input.name,
    input.note,
    input.sha256,
    input.frozenAt,
    input.frozenById,
    JSON.stringify(input.agreedByIds),
    input.previousSha256 ?? null,
    input.mapState,
    input.discussionState,
    input.canonicalJson,
  ];
}

export function versionsFromRows(
  versions: VersionRow[],
  people: VersionPersonRow[],
  redactions: VersionRedactionRow[],
): SnapshotRecord[] {
  const grouped = groupByVersion(people, redactions);
  return versions.map((row) => {
    const group = grouped(row.process_id, Number(row.version));
    return toVersionRecord(row, group.people, group.redactions);
  });
}

/** Every entry of a sealed version's agreedBy has the reference it is sealed under. */
export const agreedId = (person: { id?: string }): string => person.id ?? '';
