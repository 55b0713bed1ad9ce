// The shortcut hints the inspector and the help show: on a read-only board only those that still do something.
export const SHORTCUTS = [
  'navigate',
  'add',
  'addAfter',
  'connect',
  'edit',
  'properties',
  'move',
  'delete',
  'undo',
  'copy',
  'fit',
  'help',
] as const;
export type Shortcut = (typeof SHORTCUTS)[number];

// Looking around still works when nobody may edit (viewer, lost access, workshop lock); changing the map does not.
const WHILE_READ_ONLY: readonly Shortcut[] = ['navigate', 'properties', 'fit', 'help'];

export function shortcutsFor(readOnly: boolean): readonly Shortcut[] {
  return readOnly ? WHILE_READ_ONLY : SHORTCUTS;
}
