// The board's extension points: what a feature may add to the editor, typed, and how registrations combine.
import type { ComponentType, ReactNode } from 'react';
import type { Board } from './board.ts';
import type { Peer } from './store/presence.ts';

/** Drawn inside every process node on the canvas (e.g. vote dots); memoise it, there are hundreds. */
export type NodeBadge = ComponentType<{ id: string; kind: string }>;

/** A part of the inspector: below a node's own fields, or when several elements are selected. */
export type InspectorSection =
  | { place: 'node'; Section: ComponentType<{ id: string; kind: string }> }
  | { place: 'multiple'; Section: ComponentType };

/** One entry of the menu behind another person's avatar. */
export type PeerMenuEntry = {
  id: string;
  /** Already translated. */
  label: string;
  onSelect(): void;
  /** A line shown above the entries, e.g. "Sie folgen dieser Person". */
  note?: string | undefined;
  /** Draws a ring around the avatar (e.g. the person this browser follows). */
  highlighted?: boolean;
};

/** A React hook, called for each person's avatar in a fixed order; null adds nothing for this person. */
export type PeerMenuAction = (peer: Peer) => PeerMenuEntry | null;

export type FileMenuItem = {
  /** Stable id, also the test id `file-menu-<id>`. */
  id: string;
  /** Already translated. */
  label: string;
  onSelect(): void;
  disabled?: boolean;
};

/** What one feature adds to the "Datei" menu: its entries, and what it shows when one is chosen (a dialog). */
export type FileMenuSection = { items: FileMenuItem[]; element?: ReactNode };

/** A React hook the "Datei" menu calls on every render, in a fixed order (read the board and process from context). */
export type FileMenuSource = () => FileMenuSection;

/** A drawer on the right of the editor with its button on the rail; one drawer is open at a time. */
export type SideDrawer = {
  /** Which drawer (the board store's `drawer` while it is open). */
  id: string;
  Button: ComponentType<{ open: boolean; onToggle(): void }>;
  Panel: ComponentType<{ onClose(): void }>;
};

/**
 * An item of the top bar: `tools` after undo/redo, `people` before the avatars, `actions` before the
 * "Datei" menu. Each item decides itself whether this person sees it (e.g. facilitators only).
 */
export type TopBarItem = { place: 'tools' | 'people' | 'actions'; Item: ComponentType };

/**
 * Another view of the same live map, shown in the canvas's place while the board store's `mapView` is its id
 * (e.g. the map as text); the feature also adds the switch to it (a top-bar item).
 */
export type MapView = { id: string; View: ComponentType };

/** Told whenever the visible part of the map moves; `byUser` when the person moved it (drag, wheel, pinch). */
export type ViewportListener = (board: Board, move: { byUser: boolean }) => void;

/** Everything one feature adds to the editor; each feature folder exports one of these. */
export type EditorFeature = {
  id: string;
  /** Wraps the whole editor, for state the feature's parts share (inside the board and process contexts). */
  Provider?: ComponentType<{ children: ReactNode }>;
  /** Drawn inside the canvas, over the map (React Flow's `ViewportPortal` moves with the view). */
  canvasOverlays?: ComponentType[];
  /** Wraps the canvas, e.g. to accept files dropped on it. */
  canvasWrapper?: ComponentType<{ children: ReactNode }>;
  nodeBadges?: NodeBadge[];
  inspectorSections?: InspectorSection[];
  peerMenuActions?: PeerMenuAction[];
  fileMenu?: FileMenuSource;
  drawers?: SideDrawer[];
  topBar?: TopBarItem[];
  /** Strips below the top bar (a facilitator's controls, a lock notice). */
  banners?: ComponentType[];
  viewportListeners?: ViewportListener[];
  mapViews?: MapView[];
};

/** All features' additions, slot by slot, in the order the features were listed. */
export type BoardSlots = {
  providers: ComponentType<{ children: ReactNode }>[];
  canvasOverlays: ComponentType[];
  canvasWrappers: ComponentType<{ children: ReactNode }>[];
  nodeBadges: NodeBadge[];
  inspectorSections: InspectorSection[];
  peerMenuActions: PeerMenuAction[];
  fileMenu: FileMenuSource[];
  drawers: SideDrawer[];
  topBar: TopBarItem[];
  banners: ComponentType[];
  viewportListeners: ViewportListener[];
  mapViews: MapView[];
};

export const NO_SLOTS: BoardSlots = combineFeatures([]);

export function combineFeatures(features: readonly EditorFeature[]): BoardSlots {
  const ids = new Set<string>();
  const drawerIds = new Set<string>();
  const viewIds = new Set<string>();
  for (const feature of features) {
    if (ids.has(feature.id)) throw new Error(`editor feature "${feature.id}" is listed twice`);
    ids.add(feature.id);
    for (const drawer of feature.drawers ?? []) {
      if (drawerIds.has(drawer.id)) throw new Error(`two features add a drawer "${drawer.id}"`);
      drawerIds.add(drawer.id);
    }
    for (const view of feature.mapViews ?? []) {
      if (viewIds.has(view.id)) throw new Error(`two features add a map view "${view.id}"`);
      viewIds.add(view.id);
    }
  }
  const all = <T>(pick: (feature: EditorFeature) => T | readonly T[] | undefined): T[] =>
    features.flatMap((feature) => pick(feature) ?? []) as T[];
  return {
    providers: all((f) => f.Provider),
    canvasOverlays: all((f) => f.canvasOverlays),
    canvasWrappers: all((f) => f.canvasWrapper),
    nodeBadges: all((f) => f.nodeBadges),
    inspectorSections: all((f) => f.inspectorSections),
    peerMenuActions: all((f) => f.peerMenuActions),
    fileMenu: all((f) => f.fileMenu),
    drawers: all((f) => f.drawers),
    topBar: all((f) => f.topBar),
    banners: all((f) => f.banners),
    viewportListeners: all((f) => f.viewportListeners),
    mapViews: all((f) => f.mapViews),
  };
}
