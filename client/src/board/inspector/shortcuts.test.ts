import { describe, expect, it } from 'vitest';
import { shortcutsFor } from './shortcuts.ts';

describe('shortcut hints in the inspector', () => {
  it('lists the editing shortcuts on a board the person may edit', () => {
    expect(shortcutsFor(false)).toEqual(['add', 'connect', 'edit', 'delete', 'undo', 'copy', 'fit']);
  });

  it('offers no editing shortcut on a read-only or locked board, only showing everything', () => {
    expect(shortcutsFor(true)).toEqual(['fit']);
  });
});
