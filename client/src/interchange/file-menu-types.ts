// The editor's "Datei" menu: what an entry is, what a feature contributes, and what it gets to work with.
import type { ReactNode } from 'react';
import type { Role } from '@prozesswerk/protocol';
import type { Board } from '../board/board.ts';

export type FileMenuItem = {
  /** Stable id, also the test id `file-menu-<id>`. */
  id: string;
  /** Already translated. */
  label: string;
  onSelect(): void;
  disabled?: boolean;
};

/** What one feature adds to the menu: its entries, and whatever it shows when one is chosen (a dialog, a panel). */
export type FileMenuSection = { items: FileMenuItem[]; element?: ReactNode };

export type FileMenuContext = {
  board: Board;
  processId: string;
  title: string;
  role: Role;
  /** True when this user may not change the map now (role, lock, or refused by the server). */
  readOnly: boolean;
};

/** A React hook: FileMenu calls every source on each render, in a fixed order. */
export type FileMenuSource = (context: FileMenuContext) => FileMenuSection;
