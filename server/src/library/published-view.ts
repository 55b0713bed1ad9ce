// A process as a reader may see it: live for its own municipality, as published for everyone else, so a draft's
// metadata never reaches another municipality through lineage or family trees.
import { roleForProcess, type Principal } from '../auth/principal.ts';
import { publishedView } from '../store/publication-view.ts';
import type { ProcessRecord, Store } from '../store/store.ts';

export { publishedView };

export async function asSeenBy(
  store: Store,
  principal: Principal,
  process: ProcessRecord,
): Promise<ProcessRecord> {
  return roleForProcess(principal, process) ? process : publishedView(store, process);
}
