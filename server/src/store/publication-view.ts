// A process as every other municipality sees it: with the metadata of its last publishing, never its draft's.
import { withPublishedMeta } from './library-rows.ts';
import type { ProcessRecord, Store } from './store.ts';

/** The process with the metadata it was last published with (unchanged if it never was); its status stays. */
export async function publishedView(store: Store, process: ProcessRecord): Promise<ProcessRecord> {
  const publication = await store.getPublication(process.id);
  return publication ? { ...withPublishedMeta(process, publication), status: process.status } : process;
}
