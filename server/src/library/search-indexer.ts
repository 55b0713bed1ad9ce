// Keeps the library's full-text index in step with the step labels of each map, a moment after edits settle.
import { readProcessMap } from '@prozesswerk/process-model';
import type { Store } from '../store/store.ts';
import type { LiveDocs } from '../sync/live-docs.ts';

export type SearchIndexer = {
  /** Schedules a refresh of one process's index entry; repeated calls within the delay coalesce. */
  schedule(processId: string): void;
  refresh(processId: string): Promise<void>;
  stop(): void;
};

export function mapSearchText(map: ReturnType<typeof readProcessMap>): string {
  const words = [
    ...map.nodes.map((node) => node.label),
    ...map.nodes.flatMap((node) => [
      node.attrs.role,
      node.attrs.itSystem,
      node.attrs.legalBasis,
      node.attrs.description,
    ]),
    ...map.lanes.map((lane) => lane.label),
    ...map.edges.map((edge) => edge.label),
  ];
  return words.filter((word): word is string => typeof word === 'string' && word.length > 0).join(' · ');
}

export function createSearchIndexer(
  store: Store,
  docs: () => LiveDocs,
  log: (message: string, error?: unknown) => void,
  delayMs = 2000,
): SearchIndexer {
  const timers = new Map<string, NodeJS.Timeout>();

  async function refresh(processId: string): Promise<void> {
    const doc = await docs().read(processId, 'map');
    await store.setSearchText(processId, mapSearchText(readProcessMap(doc)));
    doc.destroy();
  }

  return {
    schedule(processId) {
      if (timers.has(processId)) return;
      timers.set(
        processId,
        setTimeout(() => {
          timers.delete(processId);
          refresh(processId).catch((error: unknown) => log(`search index of ${processId} failed`, error));
        }, delayMs),
      );
    },
    refresh,
    stop() {
      for (const timer of timers.values()) clearTimeout(timer);
      timers.clear();
    },
  };
}
