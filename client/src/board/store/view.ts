// The local view slice: what this user has selected, is editing or dragging; never shared through the document.
import type { XY } from './presence.ts';

export type Access = {
  readOnly: boolean;
  reason: 'viewer' | 'commenter' | 'read-only-role' | 'map-locked' | null;
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
  laneResize: { id: string; height: number } | null;
  access: Access;
  /** A short message key for the last failed action, shown in the status bar. */
  notice: string | null;
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
});
