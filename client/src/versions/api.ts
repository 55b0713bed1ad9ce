// REST calls for frozen versions: list, freeze, read (with its discussion), compare, restore, publish and compare with the origin.
import type { ProcessMap, ProcessMapDiff, ThreadView } from '@prozesswerk/process-model';
import { requestJson } from '../library/http.ts';

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

export function restoreVersion(processId: string, version: number): Promise<{ restoredVersion: number }> {
  return requestJson(`${base(processId)}/versions/${version}/restore`, 'POST', {});
}

export function publishVersion(processId: string, version: number): Promise<{ publishedVersion: number }> {
  return requestJson(`${base(processId)}/versions/${version}/publish`, 'POST', {});
}
