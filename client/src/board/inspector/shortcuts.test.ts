import { describe, expect, it } from 'vitest';
import { shortcutsFor } from './shortcuts.ts';

describe('shortcut hints in the inspector', () => {
  it('lists the keyboard ways to move, add, connect, edit and delete on a board the person may edit', () => {
    expect(shortcutsFor(false)).toEqual([
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
    ]);
  });

  it('offers no editing shortcut on a read-only or locked board, only moving around and reading', () => {
    expect(shortcutsFor(true)).toEqual(['navigate', 'properties', 'fit', 'help']);
  });
});
