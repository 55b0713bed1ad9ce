// What goes with a node when it is deleted or copied: the boundary events on it and the content drawn inside it.

/** A node's links to the node it sits on (`attachedTo`) or is drawn inside (`parentId`). */
export type NodeLinks = { readonly id: string; readonly attachedTo?: unknown; readonly parentId?: unknown };

/** The given nodes and, transitively, every node attached to one of them or drawn inside one. */
export function withDependents(ids: Iterable<string>, nodes: readonly NodeLinks[]): Set<string> {
  const all = new Set<unknown>(ids);
  let grew = true;
  while (grew) {
    grew = false;
    for (const node of nodes) {
      if (all.has(node.id) || !(all.has(node.attachedTo) || all.has(node.parentId))) continue;
      all.add(node.id);
      grew = true;
    }
  }
  return all as Set<string>;
}
