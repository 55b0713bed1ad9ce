// Gives the open board to the components below, and hooks that select one value at a time from its store.
import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { Board } from '../board.ts';
import type { BoardState } from './create-board-store.ts';

const BoardContext = createContext<Board | null>(null);

export function BoardProvider({ board, children }: { board: Board; children: ReactNode }) {
  return <BoardContext.Provider value={board}>{children}</BoardContext.Provider>;
}

export function useBoard(): Board {
  const board = useContext(BoardContext);
  if (!board) throw new Error('useBoard outside <BoardProvider>');
  return board;
}

export function useBoardState<T>(selector: (state: BoardState) => T): T {
  return useStore(useBoard().store, selector);
}
