// Board shortcuts: delete, copy/paste, select all, nudge, undo/redo, zoom to fit, edit label, escape.
import { useEffect } from 'react';
import { useReactFlow } from '@xyflow/react';
import type { Board } from './board.ts';

const NUDGE = 8;

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** The canvas itself or a node on it; a button there (comment pin, vote, lane move) keeps Enter and Space to itself. */
function onCanvas(target: EventTarget | null): boolean {
  if (target === document.body) return true;
  return (
    target instanceof Element &&
    target.closest('.canvas') !== null &&
    target.closest('button, a[href]') === null
  );
}

export function useBoardKeyboard(board: Board): void {
  const flow = useReactFlow();

  useEffect(() => {
    const { actions, store, undo } = board;
    const handlers: Record<string, (event: KeyboardEvent) => boolean> = {
      Delete: () => (actions.deleteSelection(), true),
      Backspace: () => (actions.deleteSelection(), true),
      'mod+c': () => actions.copySelection() > 0,
      'mod+v': () => (actions.paste(), true),
      'mod+a': () => (actions.selectAll(), true),
      'mod+z': () => (undo.undo(), true),
      'mod+shift+z': () => (undo.redo(), true),
      'mod+y': () => (undo.redo(), true),
      'shift+!': () => (void flow.fitView({ padding: 0.15, duration: 200 }), true),
      'shift+1': () => (void flow.fitView({ padding: 0.15, duration: 200 }), true),
      Escape: () => (actions.select([]), true),
      F2: () => editSelected(),
      Enter: () => editSelected(),
    };
    const arrows: Record<string, [number, number]> = {
      ArrowLeft: [-1, 0],
      ArrowRight: [1, 0],
      ArrowUp: [0, -1],
      ArrowDown: [0, 1],
    };

    function editSelected(): boolean {
      const ids = Object.keys(store.getState().selectedNodes);
      if (ids.length !== 1 || store.getState().access.readOnly) return false;
      store.setState({ editing: ids[0] ?? null });
      return true;
    }

    const onKeyDown = (event: KeyboardEvent) => {
      if (isTyping(event.target) || document.querySelector('dialog[open]')) return;
      const mod = event.ctrlKey || event.metaKey;
      // Plain keys (Enter, Delete, arrows) belong to a focused button or link everywhere but on the canvas.
      if (!mod && !onCanvas(event.target)) return;
      const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
      const combo = `${mod ? 'mod+' : ''}${event.shiftKey && (mod || key.length === 1) ? 'shift+' : ''}${key}`;
      const arrow = arrows[event.key];
      let handled = false;
      if (arrow && !mod && Object.keys(store.getState().selectedNodes).length > 0) {
        const step = event.shiftKey ? NUDGE * 5 : NUDGE;
        actions.nudgeSelection(arrow[0] * step, arrow[1] * step);
        handled = true;
      } else {
        handled = handlers[combo]?.(event) ?? false;
      }
      if (handled) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    // Capture phase, so React Flow's own arrow-key moves (which would bypass the document) never run.
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [board, flow]);
}
