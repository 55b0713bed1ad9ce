// The local view slice: what this user has selected, is editing or dragging; never shared through the document.
import type { XY } from './presence.ts';

export type Access = {
  readOnly: boolean;
  reason: 'viewer' | 'commenter' | 'read-only-role' | 'map-locked' | 'rebuilding' | null;
};

export type ViewSlice = {
  selectedNodes: Readonly<Record<string, true>>;
  selectedEdges: Readonly<Record<string, true>>;
  selectedLane: string | null;
  /** Node or edge whose label is being edited in place. */
  editing: string | null;
  /** Positions of nodes this user is dragging; committed to the document on drag end. */
  drag: Readonly<Record<string, XY>>;
  /** Height of the lane being resized right now, before it is committed. */
  /** A lane being resized: its new box (a band takes the height, a column of a vertical pool the width). */
  laneResize: { id: string; width: number; height: number } | null;
  access: Access;
  /** A short message key for the last failed action, shown in the status bar. */
  notice: string | null;
  /** The side drawer that is open (a feature's drawer id), or null. */
  drawer: string | null;
  /** The canvas element the keyboard focus is on or returns to (node or edge id, `lane:` + lane id). */
  focused: string | null;
  /** The node whose "connect by keyboard" dialog is open. */
  connecting: string | null;
  /** Whether the list of keyboard shortcuts is open. */
  helpOpen: boolean;
  /** Another view of the map shown instead of the canvas (a feature's map view id), or null for the canvas. */
  mapView: string | null;
};

export const initialView = (access: Access): ViewSlice => ({
  selectedNodes: {},
  selectedEdges: {},
  selectedLane: null,
  editing: null,
  drag: {},
  laneResize: null,
  access,
  notice: null,
  drawer: null,
  focused: null,
  connecting: null,
  helpOpen: false,
  mapView: null,
});
