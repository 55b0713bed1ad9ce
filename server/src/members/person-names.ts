// The names people have now, by person id (account or workshop guest), for logs and lists that keep only ids;
// an erased person is shown as their pseudonym.
import { pseudonymName } from '../privacy/pseudonym.ts';
import type { Store } from '../store/store.ts';

export async function personNames(store: Store, ids: readonly string[]): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for (const id of new Set(ids)) {
    const erasure = await store.getErasureOf(id);
    const name = erasure
      ? pseudonymName(erasure.pseudonym)
      : ((await store.getUser(id))?.name ?? (await store.getGuest(id))?.name);
    if (name !== undefined) names.set(id, name);
  }
  return names;
}
