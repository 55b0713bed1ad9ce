// Keeps the library's full-text index in step with the step labels of each map, a moment after edits settle.
import { readProcessMap } from '@prozesswerk/process-model';
import type { Store } from '../store/store.ts';
import { mapSearchText } from './map-search-text.ts';
import type { LiveDocs } from '../sync/live-docs.ts';

export type SearchIndexer = {
  /** Schedules a refresh of one process's index entry; repeated calls within the delay coalesce. */
  schedule(processId: string): void;
  refresh(processId: string): Promise<void>;
  stop(): void;
};

export function createSearchIndexer(
  store: Store,
  docs: () => LiveDocs,
  log: (message: string, error?: unknown) => void,
  delayMs = 2000,
): SearchIndexer {
  const timers = new Map<string, NodeJS.Timeout>();

  async function refresh(processId: string): Promise<void> {
    // Read in place: a copy of the whole document for every settled edit would cost more than the words it yields.
    const text = await docs().inspect(processId, 'map', (doc) => mapSearchText(readProcessMap(doc)));
    await store.updateSearchText(processId, text);
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
