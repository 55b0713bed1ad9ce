// Keyboard focus on the canvas: one Tab stop, focus on an element by id (panning to it when it is off screen).
import { useCallback } from 'react';
import { useReactFlow } from '@xyflow/react';
import { nodeSize } from '@prozesswerk/process-model';
import { laneBands } from '@prozesswerk/process-model';
import { LANE_FLOW_PREFIX, focusAfterDelete } from './navigation.ts';
import type { BoardState, BoardStore } from './store/create-board-store.ts';
import { useBoard } from './store/context.tsx';
import type { XY } from './store/presence.ts';

const ELEMENT = '.canvas .react-flow__node, .canvas .react-flow__edge';
// Frames to wait for React Flow to render an element that the view just moved to.
const RENDER_FRAMES = 40;
// Frames to wait for a just-added element before moving the view to it.
const WAIT_FRAMES = 3;

/** The rendered canvas element of a node, edge or lane (`lane:` + id), if it is in the DOM. */
export function canvasElement(id: string): HTMLElement | null {
  const escaped = CSS.escape(id);
  return document.querySelector<HTMLElement>(
    `.canvas .react-flow__node[data-id="${escaped}"], .canvas .react-flow__edge[data-id="${escaped}"]`,
  );
}

/** The id of the canvas element that holds `target` (the focused element by default), or null. */
export function canvasIdOf(target: EventTarget | null = document.activeElement): string | null {
  if (!(target instanceof Element)) return null;
  return target.closest(ELEMENT)?.getAttribute('data-id') ?? null;
}

/** Where an element sits in flow coordinates, to bring it into view before it can be focused. */
function centreOf(state: BoardState, id: string): XY | undefined {
  const node = state.nodes[id];
  if (node) {
    const size = nodeSize(node);
    return { x: node.x + size.width / 2, y: node.y + size.height / 2 };
  }
  const edge = state.edges[id];
  if (edge) {
    const from = centreOf(state, edge.source);
    const to = centreOf(state, edge.target);
    return from && to ? { x: (from.x + to.x) / 2, y: (from.y + to.y) / 2 } : (from ?? to);
  }
  if (id.startsWith(LANE_FLOW_PREFIX)) {
    const band = laneBands(state.lanes).find((entry) => entry.lane.id === id.slice(LANE_FLOW_PREFIX.length));
    if (band) return { x: 0, y: band.top + band.height / 2 };
  }
  return undefined;
}

/** Selection follows the keyboard focus, so the inspector shows (and Delete removes) what the focus is on. */
export function selectFocused(store: BoardStore, id: string): void {
  const state = store.getState();
  if (state.nodes[id])
    store.setState({ selectedNodes: { [id]: true }, selectedEdges: {}, selectedLane: null });
  else if (state.edges[id])
    store.setState({ selectedNodes: {}, selectedEdges: { [id]: true }, selectedLane: null });
  else if (id.startsWith(LANE_FLOW_PREFIX))
    store.setState({ selectedNodes: {}, selectedEdges: {}, selectedLane: id.slice(LANE_FLOW_PREFIX.length) });
}

/**
 * Returns `focusOn(id)`: remembers the element as the canvas's focus, selects it and moves the keyboard focus
 * there; an element outside the view (React Flow renders only the visible ones) is brought into view first.
 */
export function useFocusOnCanvas(): (id: string, options?: { revealOnly?: boolean }) => void {
  const { store } = useBoard();
  const flow = useReactFlow();
  return useCallback(
    (id: string, { revealOnly = false } = {}) => {
      store.setState({ focused: id });
      selectFocused(store, id);
      const focus = (element: HTMLElement) => {
        if (!revealOnly) element.focus();
      };
      const present = canvasElement(id);
      if (present) {
        focus(present);
        return;
      }
      // A new element renders a frame or two later; one outside the view only after the view moved to it.
      let frames = 0;
      const retry = () => {
        const element = canvasElement(id);
        if (element) return focus(element);
        frames++;
        if (frames === WAIT_FRAMES) {
          const centre = centreOf(store.getState(), id);
          if (centre) void flow.setCenter(centre.x, centre.y, { zoom: flow.getZoom() });
        }
        if (frames < RENDER_FRAMES) requestAnimationFrame(retry);
      };
      requestAnimationFrame(retry);
    },
    [store, flow],
  );
}

/** The canvas's own Tab stop, where focus goes when nothing is left to focus on the map. */
export function canvasEntry(): HTMLElement | null {
  return document.querySelector<HTMLElement>('.canvas[tabindex]');
}

/**
 * Returns `deleteSelection(focused)`: deletes what is selected and puts the keyboard focus on a neighbour of
 * `focused` (or of the deleted element) along the flow, so it never falls back to the page.
 */
export function useDeleteSelection(): (focused?: string | null) => boolean {
  const { store, actions, undo } = useBoard();
  const focusOn = useFocusOnCanvas();
  return useCallback(
    (focused?: string | null) => {
      const state = store.getState();
      if (state.access.readOnly) return false;
      const gone = new Set([
        ...Object.keys(state.selectedNodes),
        ...Object.keys(state.selectedEdges),
        ...(state.selectedLane ? [LANE_FLOW_PREFIX + state.selectedLane] : []),
      ]);
      const from = focused ?? [...gone][0] ?? null;
      const next = from ? focusAfterDelete(state, from, gone) : null;
      // A delete is its own undo step, never merged with the edit just before it.
      undo.stopCapturing();
      actions.deleteSelection();
      undo.stopCapturing();
      if (next) focusOn(next);
      else canvasEntry()?.focus();
      return true;
    },
    [store, actions, undo, focusOn],
  );
}
