// Board shortcuts: move the focus along the flow, edit, connect, add after, delete, copy/paste, nudge, undo/redo, fit.
import { useEffect } from 'react';
import { useReactFlow } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import type { Board } from './board.ts';
import {
  canvasElement,
  canvasEntry,
  canvasIdOf,
  useDeleteSelection,
  useFocusOnCanvas,
} from './canvas-focus.ts';
import { LANE_FLOW_PREFIX, neighbour, readingOrder, type NavigationKey } from './navigation.ts';

const NUDGE = 8;
const NAVIGATION_KEYS: readonly string[] = ['ArrowRight', 'ArrowLeft', 'ArrowDown', 'ArrowUp', 'Home', 'End'];
const ARROWS: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

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

/** The inspector's first field, where E takes a keyboard user to the focused element's properties. */
function focusInspector(): boolean {
  const field = document.querySelector<HTMLElement>(
    '.inspector input:not(:disabled), .inspector textarea:not(:disabled), .inspector select:not(:disabled), .inspector button',
  );
  field?.focus();
  return field !== null;
}

export function useBoardKeyboard(board: Board): void {
  const flow = useReactFlow();
  const { t } = useTranslation();
  const focusOn = useFocusOnCanvas();
  const deleteAndRefocus = useDeleteSelection();

  useEffect(() => {
    const { actions, store, undo } = board;
    const readOnly = () => store.getState().access.readOnly;

    function edit(focused: string | null): boolean {
      if (readOnly()) return false;
      if (focused) {
        const id = focused.startsWith(LANE_FLOW_PREFIX) ? focused.slice(LANE_FLOW_PREFIX.length) : focused;
        store.setState({ editing: id });
        return true;
      }
      const ids = Object.keys(store.getState().selectedNodes);
      if (ids.length !== 1) return false;
      store.setState({ editing: ids[0] ?? null });
      return true;
    }

    function addAfter(focused: string | null): boolean {
      if (readOnly() || !focused || !store.getState().nodes[focused]) return false;
      const id = actions.addStepAfter(focused, 'activity', t('kinds.activity.default'));
      if (!id) return false;
      // The new step opens for typing its name (brought into view first); Enter then puts the focus on it.
      focusOn(id, { revealOnly: true });
      store.setState({ editing: id });
      return true;
    }

    // Whatever the toolbar disables while the map is read-only (locked) is off for the keyboard too.
    const writable = (run: () => void) => () => {
      if (!readOnly()) run();
      return true;
    };
    const handlers: Record<string, (event: KeyboardEvent, focused: string | null) => boolean> = {
      Delete: (_event, focused) => readOnly() || deleteAndRefocus(focused),
      Backspace: (_event, focused) => readOnly() || deleteAndRefocus(focused),
      'mod+c': () => actions.copySelection() > 0,
      'mod+v': writable(() => actions.paste()),
      'mod+a': () => (actions.selectAll(), true),
      'mod+z': writable(() => (undo.undo(), refocusIfLost())),
      'mod+shift+z': writable(() => (undo.redo(), refocusIfLost())),
      'mod+y': writable(() => (undo.redo(), refocusIfLost())),
      'shift+!': () => (void flow.fitView({ padding: 0.15, duration: 200 }), true),
      'shift+1': () => (void flow.fitView({ padding: 0.15, duration: 200 }), true),
      'shift+?': () => (store.setState({ helpOpen: true }), true),
      '?': () => (store.setState({ helpOpen: true }), true),
      Escape: () => (actions.select([]), true),
      F2: (_event, focused) => edit(focused),
      Enter: (_event, focused) => edit(focused),
      v: (_event, focused) =>
        !readOnly() &&
        !!focused &&
        !!store.getState().nodes[focused] &&
        (store.setState({ connecting: focused }), true),
      n: (_event, focused) => addAfter(focused),
      e: (_event, focused) => focused !== null && focusInspector(),
    };

    // An undo can remove the element that had the focus; it then goes to the canvas, not to the page.
    function refocusIfLost(): void {
      requestAnimationFrame(() => {
        if (document.activeElement !== document.body) return;
        const { focused } = store.getState();
        if (focused && canvasElement(focused)) focusOn(focused);
        else canvasEntry()?.focus();
      });
    }

    function navigate(key: NavigationKey, focused: string | null): boolean {
      const next = neighbour(store.getState(), focused, key);
      if (next) focusOn(next);
      return true;
    }

    const onKeyDown = (event: KeyboardEvent) => {
      if (isTyping(event.target) || document.querySelector('dialog[open], [aria-modal="true"]')) return;
      const mod = event.ctrlKey || event.metaKey;
      // Plain keys (Enter, Delete, arrows) belong to a focused button or link everywhere but on the canvas.
      if (!mod && !onCanvas(event.target)) return;
      const focused = canvasIdOf(event.target);
      const onEntry = event.target instanceof Element && event.target.classList.contains('canvas');
      const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
      const combo = `${mod ? 'mod+' : ''}${event.shiftKey && (mod || key.length === 1) ? 'shift+' : ''}${key}`;
      const arrow = ARROWS[event.key];
      const hasSelection = Object.keys(store.getState().selectedNodes).length > 0;
      let handled = false;
      if (!event.altKey && NAVIGATION_KEYS.includes(event.key) && !mod && (focused || onEntry)) {
        const start = firstOr(store.getState().focused);
        if (focused) handled = navigate(event.key as NavigationKey, focused);
        else if (start) {
          focusOn(start);
          handled = true;
        }
      } else if (arrow && hasSelection && (mod || (!focused && !onEntry))) {
        const step = event.shiftKey ? NUDGE * 5 : NUDGE;
        if (!readOnly()) actions.nudgeSelection(arrow[0] * step, arrow[1] * step);
        handled = true;
      } else if (!event.altKey) {
        handled = handlers[combo]?.(event, focused) ?? false;
      }
      if (handled) {
        event.preventDefault();
        event.stopPropagation();
      }
    };

    // From the canvas itself (not yet on an element) the arrows start at the remembered or the first element.
    function firstOr(remembered: string | null): string | null {
      if (remembered && (canvasElement(remembered) || store.getState().nodes[remembered])) return remembered;
      return readingOrder(store.getState())[0] ?? null;
    }

    // Capture phase, so React Flow's own arrow-key moves (which would bypass the document) never run.
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [board, flow, t, focusOn, deleteAndRefocus]);
}
