// The name a person knows an entry of the map by (a step's label), to say which change the server did not take.
import * as Y from 'yjs';

const NAMED_ROOTS = ['nodes', 'edges', 'lanes', 'pools'];

/** `nodes/<id>` → the node's label; undefined for entries without one (an unnamed edge, the meta map). */
export function nameMapEntry(entry: string, doc: Y.Doc): string | undefined {
  const slash = entry.indexOf('/');
  if (slash < 0) return undefined;
  const root = entry.slice(0, slash);
  if (!NAMED_ROOTS.includes(root)) return undefined;
  const item = doc.getMap<unknown>(root).get(entry.slice(slash + 1));
  if (!(item instanceof Y.Map)) return undefined;
  const label: unknown = item.get('label');
  return typeof label === 'string' && label.trim() !== '' ? label.trim() : undefined;
}
