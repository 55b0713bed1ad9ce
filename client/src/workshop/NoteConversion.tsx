// Inspector buttons that make workshop notes part of the model: one note into an activity, several merged into one.
import { useTranslation } from 'react-i18next';
import {
  asNodeId,
  convertNoteToActivity,
  isProcessModelError,
  mergeNotesIntoActivity,
} from '@prozesswerk/process-model';
import type { Board } from '../board/board.ts';
import { toSet } from '../board/store/create-board-store.ts';
import { useBoard, useBoardState } from '../board/store/context.tsx';

// Its own undo step: without stopCapturing, a change made just before would be undone with it.
function asOneChange(board: Board, change: () => string): void {
  board.undo.stopCapturing();
  try {
    const id = change();
    board.store.setState({ selectedNodes: toSet([id]), selectedEdges: {}, selectedLane: null });
  } catch (error) {
    if (!isProcessModelError(error)) throw error;
    console.warn('Converting notes was refused by the process model', error);
    board.store.setState({ notice: 'notice.invalidChange' });
  }
  board.undo.stopCapturing();
}

/** For one selected note: turn it into an activity with the same text and place. */
export function ConvertNote({ id, kind }: { id: string; kind: string }) {
  const { t } = useTranslation();
  const board = useBoard();
  const readOnly = useBoardState((s) => s.access.readOnly);
  if (readOnly || kind !== 'note') return null;
  return (
    <div className="note-conversion">
      <button
        type="button"
        className="button"
        onClick={() =>
          asOneChange(board, () => {
            convertNoteToActivity(board.doc, asNodeId(id));
            return id;
          })
        }
      >
        {t('workshop.notes.convert')}
      </button>
      <p className="muted">{t('workshop.notes.convertHint')}</p>
    </div>
  );
}

/** For several selected nodes that are all notes: merge them into one activity listing every note's text. */
export function MergeNotes() {
  const { t } = useTranslation();
  const board = useBoard();
  const readOnly = useBoardState((s) => s.access.readOnly);
  // A string, so the selector's result compares equal while the selection stays the same.
  const noteIds = useBoardState((s) => {
    const ids = Object.keys(s.selectedNodes);
    return ids.length > 1 && ids.every((id) => s.nodes[id]?.kind === 'note') ? JSON.stringify(ids) : '';
  });
  if (readOnly || !noteIds) return null;
  const ids = JSON.parse(noteIds) as string[];
  return (
    <div className="note-conversion">
      <button
        type="button"
        className="button"
        onClick={() => asOneChange(board, () => mergeNotesIntoActivity(board.doc, ids.map(asNodeId)))}
      >
        {t('workshop.notes.merge', { count: ids.length })}
      </button>
      <p className="muted">{t('workshop.notes.mergeHint')}</p>
    </div>
  );
}
