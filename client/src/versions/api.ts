// REST calls for frozen versions: list, freeze, read (with its discussion), compare, publish and compare with the origin.
import type { ProcessMap, ProcessMapDiff, ThreadView } from '@prozesswerk/process-model';
import type { Role } from '@prozesswerk/protocol';
import type { FamilyMember, PublicationConsent, PublishInput } from '@prozesswerk/contract';
import { requestJson } from '../shared/http.ts';
import type { FimTier } from '../shared/processes-api.ts';

export type Person = { name: string; org: string };

export type VersionMeta = {
  processId: string;
  version: number;
  name: string;
  note: string;
  sha256: string;
  frozenBy: { id: string; name: string };
  frozenAt: string;
  agreedBy: Person[];
  /** Only when read from another municipality: what the publisher shared (names may then be empty). */
  shared?: PublicationConsent;
};

export type VersionWithMap = VersionMeta & { map: ProcessMap; discussion: Record<string, unknown> };

/** One side of a comparison: a version number or the live map. */
export type VersionRef = number | 'live';

export type Comparison = { before: ProcessMap; after: ProcessMap; diff: ProcessMapDiff };

const base = (processId: string) => `/api/processes/${encodeURIComponent(processId)}`;

export async function listVersions(processId: string): Promise<VersionMeta[]> {
  return (await requestJson<{ versions: VersionMeta[] }>(`${base(processId)}/versions`)).versions;
}

export function freezeVersion(
  processId: string,
  input: { name: string; note: string; agreedBy: Person[] },
): Promise<VersionMeta> {
  return requestJson<VersionMeta>(`${base(processId)}/versions`, 'POST', input);
}

export function fetchVersion(processId: string, version: number): Promise<VersionWithMap> {
  return requestJson<VersionWithMap>(`${base(processId)}/versions/${version}`);
}

/** The threads as they were when the version was frozen; `orphaned` is relative to that version's map. */
export async function fetchVersionThreads(processId: string, version: number): Promise<ThreadView[]> {
  const path = `${base(processId)}/versions/${version}/discussion`;
  return (await requestJson<{ threads: ThreadView[] }>(path)).threads;
}

export function compareVersions(processId: string, from: VersionRef, to: VersionRef): Promise<Comparison> {
  return requestJson<Comparison>(`${base(processId)}/compare?from=${from}&to=${to}`);
}

export function compareWithOrigin(
  processId: string,
): Promise<Comparison & { origin: { processId: string; version: number } }> {
  return requestJson(`${base(processId)}/compare-origin`);
}

export type { PublicationConsent, PublishInput };

export function publishVersion(
  processId: string,
  version: number,
  consent: PublishInput,
): Promise<{ publishedVersion: number }> {
  return requestJson(`${base(processId)}/versions/${version}/publish`, 'POST', consent);
}

export type LineageEntry = {
  id: string;
  title: string;
  orgName: string;
  tier: FimTier | null;
  publishedVersion: number | null;
  originVersion: number | null;
  role: Role | null;
};
export type Lineage = {
  origin: (LineageEntry & { version: number | null }) | null;
  variants: LineageEntry[];
  hiddenVariants: number;
  /** The whole family from its topmost visible origin, depth first. */
  family: FamilyMember[];
};

export function fetchLineage(id: string): Promise<Lineage> {
  return requestJson<Lineage>(`/api/processes/${id}/lineage`);
}

export function adoptVersion(
  id: string,
  version: number,
  orgId: string,
  title?: string,
): Promise<{ id: string }> {
  return requestJson<{ id: string }>(`/api/processes/${id}/versions/${version}/adopt`, 'POST', {
    orgId,
    ...(title ? { title } : {}),
  });
}
