// Loads a process's versions and published version, and keeps them fresh while shown (others may freeze too).
import { useQuery } from '@tanstack/react-query';
import { fetchProcessRecord } from '../shared/processes-api.ts';
import { listVersions, type VersionMeta } from './api.ts';
import { versionKeys } from './version-keys.ts';

const REFRESH_MS = 3000;

export type VersionsState = {
  versions: VersionMeta[] | null;
  publishedVersion: number | null;
  error: unknown;
  reload(): void;
};

/*
 * The query client plans the next refresh once an answer has settled (on weak Wi-Fi an answer can take longer than
 * REFRESH_MS), and a hidden tab does not ask; it asks again when it is shown.
 */
export function useVersions(processId: string): VersionsState {
  const query = useQuery({
    queryKey: versionKeys.list(processId),
    queryFn: async () => {
      const [list, process] = await Promise.all([listVersions(processId), fetchProcessRecord(processId)]);
      return {
        versions: [...list].sort((a, b) => b.version - a.version),
        publishedVersion: process.publishedVersion,
      };
    },
    refetchInterval: REFRESH_MS,
  });
  return {
    versions: query.data?.versions ?? null,
    publishedVersion: query.data?.publishedVersion ?? null,
    error: query.isError ? query.error : null,
    reload: () => void query.refetch(),
  };
}
