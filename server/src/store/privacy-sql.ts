// The tables of data protection, the same for both dialects, and their row mappers.
import type { ErasureReason, ErasureRecord } from './privacy-store.ts';

export const PRIVACY_SQL = `
  -- Erasures under Art. 17 DSGVO, one per person, numbered for the pseudonym shown instead ("Ehemalige Person 7").
  -- \`pending\` holds the name and emails still to be found in documents, only while the erasure runs.
  CREATE TABLE erasures (
    id TEXT PRIMARY KEY,
    pseudonym INTEGER NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('user', 'guest')),
    org_ids TEXT NOT NULL,
    requested_by TEXT,
    reason TEXT NOT NULL CHECK (reason IN ('request', 'retention')),
    started_at TEXT NOT NULL,
    finished_at TEXT,
    pending TEXT
  );
  -- Every id an erased person acted under (their account and the guest ids linked to it).
  CREATE TABLE erased_people (
    person_id TEXT PRIMARY KEY,
    erasure_id TEXT NOT NULL REFERENCES erasures (id)
  );
  CREATE INDEX erased_people_erasure ON erased_people (erasure_id);
  CREATE INDEX guests_user ON guests (user_id);
  -- A version also seals people's emails (as part of their digest), so that an email in its text can be a
  -- reference too. Added without a value for versions sealed before: their digests never covered one.
  ALTER TABLE version_people ADD COLUMN email TEXT NOT NULL DEFAULT '';
`;

export type ErasureRow = {
  id: string;
  pseudonym: number;
  kind: 'user' | 'guest';
  org_ids: string;
  requested_by: string | null;
  reason: ErasureReason;
  started_at: string;
  finished_at: string | null;
  pending: string | null;
};

export const toErasure = (r: ErasureRow, personIds: string[]): ErasureRecord => ({
  id: r.id,
  personIds,
  pseudonym: Number(r.pseudonym),
  kind: r.kind,
  orgIds: JSON.parse(r.org_ids) as string[],
  requestedBy: r.requested_by,
  reason: r.reason,
  startedAt: r.started_at,
  finishedAt: r.finished_at,
  pending: r.pending === null ? null : (JSON.parse(r.pending) as ErasureRecord['pending']),
});
