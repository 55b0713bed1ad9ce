// The presence slice: who else is here, their cursors, selections and live drags, read from awareness on the map room.
import type { Awareness } from 'y-protocols/awareness';

export type XY = { x: number; y: number };

export type PresenceUser = {
  name: string;
  colour: string;
  municipality: string;
  /** Typed in by a workshop guest, not from an account: shown as self-declared (the server sets it for others). */
  municipalityDeclared?: boolean;
};

/** What each client publishes; positions are flow coordinates, so they match at every zoom level. */
export type PresenceState = {
  user: PresenceUser;
  cursor: XY | null;
  selection: string[];
  drag: Record<string, XY> | null;
};

export type Peer = PresenceUser & { clientId: number; cursor: XY | null; selection: readonly string[] };

export type PresenceSlice = {
  peers: readonly Peer[];
  /** Positions of nodes someone else is dragging right now. */
  remoteDrag: Readonly<Record<string, XY>>;
  /** Colour of the first other person who has each node or edge selected. */
  remoteSelection: Readonly<Record<string, string>>;
};

export const emptyPresence: PresenceSlice = { peers: [], remoteDrag: {}, remoteSelection: {} };

export function readPresence(awareness: Awareness, previous: PresenceSlice): PresenceSlice {
  const peers: Peer[] = [];
  const remoteDrag: Record<string, XY> = {};
  const remoteSelection: Record<string, string> = {};
  for (const [clientId, raw] of awareness.getStates()) {
    if (clientId === awareness.clientID) continue;
    const state = raw as Partial<PresenceState>;
    const user = state.user;
    if (!user || typeof user.name !== 'string') continue;
    const colour = typeof user.colour === 'string' ? user.colour : '#555';
    const selection = Array.isArray(state.selection)
      ? state.selection.filter((id) => typeof id === 'string')
      : [];
    peers.push({
      clientId,
      name: user.name,
      colour,
      municipality: typeof user.municipality === 'string' ? user.municipality : '',
      municipalityDeclared: user.municipalityDeclared === true,
      cursor: isXY(state.cursor) ? state.cursor : null,
      selection,
    });
    for (const id of selection) remoteSelection[id] ??= colour;
    for (const [id, position] of Object.entries(state.drag ?? {}))
      if (isXY(position)) remoteDrag[id] = position;
  }
  peers.sort((a, b) => a.name.localeCompare(b.name) || a.clientId - b.clientId);
  return {
    peers,
    remoteDrag: sameRecord(previous.remoteDrag, remoteDrag, sameXY) ? previous.remoteDrag : remoteDrag,
    remoteSelection: sameRecord(previous.remoteSelection, remoteSelection, Object.is)
      ? previous.remoteSelection
      : remoteSelection,
  };
}

export type PresenceWriter = {
  setCursor(cursor: XY | null): void;
  setSelection(ids: string[]): void;
  setDrag(drag: Record<string, XY> | null): void;
  destroy(): void;
};

const FRAME_MS = 40;

// Cursor and drag positions are throttled to ~25 updates a second; the last position is always sent.
export function createPresenceWriter(awareness: Awareness, user: PresenceUser): PresenceWriter {
  // Features keep their own fields in the same state (follow mode, role, authorship id); leave those be.
  const fresh: PresenceState = { user, cursor: null, selection: [], drag: null };
  awareness.setLocalState({ ...awareness.getLocalState(), ...fresh });
  const pending: Partial<PresenceState> = {};
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last = 0;

  const flush = () => {
    timer = undefined;
    last = performance.now();
    const current = awareness.getLocalState() as PresenceState | null;
    if (current) awareness.setLocalState({ ...current, ...pending });
    for (const key of Object.keys(pending)) delete pending[key as keyof PresenceState];
  };
  const schedule = (now: boolean) => {
    if (now) {
      if (timer) clearTimeout(timer);
      flush();
    } else if (!timer) {
      timer = setTimeout(flush, Math.max(0, FRAME_MS - (performance.now() - last)));
    }
  };

  return {
    setCursor(cursor) {
      pending.cursor = cursor;
      schedule(false);
    },
    setSelection(ids) {
      pending.selection = ids;
      schedule(true);
    },
    setDrag(drag) {
      pending.drag = drag;
      schedule(drag === null);
    },
    destroy() {
      if (timer) clearTimeout(timer);
      // A board replaced by another (map rebuilt, role changed) must not take the features' fields with it:
      // their writers publish once and would not know. Leaving the page closes the room, which removes the rest.
      awareness.setLocalState(withoutPresence(awareness.getLocalState()));
    },
  };
}

function withoutPresence(state: Record<string, unknown> | null): Record<string, unknown> | null {
  if (!state) return null;
  const { user: _user, cursor: _cursor, selection: _selection, drag: _drag, ...features } = state;
  return Object.keys(features).length > 0 ? features : null;
}

function isXY(value: unknown): value is XY {
  return (
    typeof value === 'object' &&
    value !== null &&
    Number.isFinite((value as XY).x) &&
    Number.isFinite((value as XY).y)
  );
}

function sameXY(a: XY, b: XY): boolean {
  return a.x === b.x && a.y === b.y;
}

function sameRecord<T>(
  a: Readonly<Record<string, T>>,
  b: Record<string, T>,
  equal: (x: T, y: T) => boolean,
): boolean {
  const keys = Object.keys(b);
  return keys.length === Object.keys(a).length && keys.every((key) => key in a && equal(a[key]!, b[key]!));
}
