// Undo and redo of this person's own changes, as buttons in the top bar.
import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { Board } from '../board.ts';
import { useBoard } from '../store/context.tsx';

function useUndoCounts(board: Board): string {
  return useSyncExternalStore(
    (callback) => {
      board.undo.on('stack-item-added', callback);
      board.undo.on('stack-item-popped', callback);
      board.undo.on('stack-cleared', callback);
      return () => {
        board.undo.off('stack-item-added', callback);
        board.undo.off('stack-item-popped', callback);
        board.undo.off('stack-cleared', callback);
      };
    },
    () => `${board.undo.undoStack.length}:${board.undo.redoStack.length}`,
  );
}

export function UndoButtons({ disabled }: { disabled: boolean }) {
  const { t } = useTranslation();
  const board = useBoard();
  const [undoCount, redoCount] = useUndoCounts(board).split(':').map(Number);
  return (
    <div className="toolbar-group" role="group" aria-label={t('undo.group')}>
      <button
        type="button"
        className="icon-button"
        disabled={disabled || !undoCount}
        aria-label={t('undo.undo')}
        title={t('undo.undoHint')}
        onClick={() => {
          if (!board.store.getState().access.readOnly) board.undo.undo();
        }}
      >
        ↶
      </button>
      <button
        type="button"
        className="icon-button"
        disabled={disabled || !redoCount}
        aria-label={t('undo.redo')}
        title={t('undo.redoHint')}
        onClick={() => {
          if (!board.store.getState().access.readOnly) board.undo.redo();
        }}
      >
        ↷
      </button>
    </div>
  );
}
