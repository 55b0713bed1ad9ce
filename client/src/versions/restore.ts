// Restoring a frozen version: its map is written into the live map as this person's own change, one undo step.
import { LOCAL_ORIGIN, applyProcessMap } from '@prozesswerk/process-model';
import type { Board } from '../board/board.ts';
import { changeAsOneStep } from '../board/change-as-one-step.ts';
import { fetchVersion } from './api.ts';

/*
 * The browser writes the restore, not the server: it is then an ordinary local change of this map, so the
 * person's undo manager holds it and "Rückgängig" (or Ctrl+Z) takes it back for everyone, live. The server
 * still judges it like every other map update (role, lock). Returns false when nothing was written.
 */
export async function restoreIntoBoard(board: Board, processId: string, version: number): Promise<boolean> {
  const frozen = await fetchVersion(processId, version);
  return changeAsOneStep(board, () => applyProcessMap(board.doc, frozen.map, LOCAL_ORIGIN));
}
