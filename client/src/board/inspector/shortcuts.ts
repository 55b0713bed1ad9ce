// The shortcut hints the inspector shows: on a read-only board only those that still do something.
export const SHORTCUTS = ['add', 'connect', 'edit', 'delete', 'undo', 'copy', 'fit'] as const;
export type Shortcut = (typeof SHORTCUTS)[number];

// Looking around still works when nobody may edit (viewer, lost access, workshop lock); changing the map does not.
const WHILE_READ_ONLY: readonly Shortcut[] = ['fit'];

export function shortcutsFor(readOnly: boolean): readonly Shortcut[] {
  return readOnly ? WHILE_READ_ONLY : SHORTCUTS;
}
