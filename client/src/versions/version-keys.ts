// Query keys of the versions feature in the app's one query client.
export const versionKeys = {
  list: (processId: string) => ['versions', processId] as const,
  frozen: (processId: string, version: number) => ['versions', processId, version] as const,
  lineage: (processId: string) => ['versions', processId, 'lineage'] as const,
  threads: (processId: string, version: number) => ['versions', processId, version, 'threads'] as const,
  comparison: (processId: string, from: unknown, to: unknown) =>
    ['versions', processId, 'compare', from, to] as const,
};
