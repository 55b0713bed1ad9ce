// A whole-map change on an open board (import, tidy up, restoring a version) as exactly one undo step of this user.
import { isProcessModelError } from '@prozesswerk/process-model';
import type { Board } from './board.ts';

/*
 * The undo manager merges local changes made within its capture timeout into one step; stopping
 * capture before and after keeps an import or a tidy-up from swallowing (or being swallowed by)
 * a drag the user made just before. Returns false when the board is read-only or the model refused.
 */
export function changeAsOneStep(board: Board, run: () => void): boolean {
  if (board.store.getState().access.readOnly) return false;
  board.undo.stopCapturing();
  try {
    run();
    return true;
  } catch (error) {
    if (!isProcessModelError(error)) throw error;
    console.warn('Change refused by the process model', error);
    board.store.setState({ notice: 'notice.invalidChange' });
    return false;
  } finally {
    board.undo.stopCapturing();
  }
}
