// The awareness state a browser publishes on the map room, and how the server cleans it before relaying it.
import type { Role } from './roles.ts';

/** Field names of the awareness state (cursor, selection, name badge, follow mode, who is who). */
export const AWARENESS_FIELDS = {
  user: 'user',
  cursor: 'cursor',
  selection: 'selection',
  drag: 'drag',
  role: 'workshopRole',
  following: 'following',
  view: 'view',
  person: 'discussionPerson',
} as const;

/** Largest awareness message the server reads; a larger one is refused, not relayed. */
export const MAX_AWARENESS_MESSAGE_BYTES = 32 * 1024;
/** Largest state (as JSON) one client may publish once cleaned. */
export const MAX_AWARENESS_STATE_BYTES = 16 * 1024;
/** Awareness client ids one socket may publish (y-websocket uses its document's one). */
export const MAX_AWARENESS_IDS_PER_SOCKET = 2;

const MAX_SELECTION = 500;
const MAX_DRAG = 200;
const MAX_ID_LENGTH = 64;
const MAX_MUNICIPALITY_LENGTH = 100;
const COLOUR = /^#[0-9a-fA-F]{6}$/;

/**
 * Who the socket is, from its credential. `municipality` null: a workshop guest, whose municipality is what they
 * typed when joining; it is kept, length-limited, and marked `municipalityDeclared`.
 */
export type AwarenessIdentity = { personId: string; name: string; municipality: string | null; role: Role };

type XY = { x: number; y: number };
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isId = (value: unknown): value is string =>
  typeof value === 'string' && value.length > 0 && value.length <= MAX_ID_LENGTH;
const asXY = (value: unknown): XY | undefined => {
  if (typeof value !== 'object' || value === null) return undefined;
  const { x, y } = value as Record<string, unknown>;
  return isNumber(x) && isNumber(y) ? { x, y } : undefined;
};

/**
 * The state as others may see it: only known fields in their known shapes (anything else is dropped, never passed
 * on), a colour only as `#rrggbb`, and the identity fields — name, municipality, role, discussion person — set from
 * the credential whenever the client shows itself as a person (publishes `user`). Undefined when the cleaned state is
 * still larger than MAX_AWARENESS_STATE_BYTES.
 */
export function cleanAwarenessState(
  state: unknown,
  identity: AwarenessIdentity,
): Record<string, unknown> | undefined {
  if (typeof state !== 'object' || state === null || Array.isArray(state)) return {};
  const raw = state as Record<string, unknown>;
  const clean: Record<string, unknown> = {};
  const F = AWARENESS_FIELDS;
  if (F.cursor in raw) clean[F.cursor] = asXY(raw[F.cursor]) ?? null;
  const selection = raw[F.selection];
  if (Array.isArray(selection)) clean[F.selection] = selection.filter(isId).slice(0, MAX_SELECTION);
  if (F.drag in raw) clean[F.drag] = cleanDrag(raw[F.drag]);
  if (F.following in raw) {
    const following = raw[F.following];
    clean[F.following] = Number.isInteger(following) && (following as number) >= 0 ? following : null;
  }
  if (F.view in raw) clean[F.view] = cleanView(raw[F.view]);
  if (typeof raw[F.user] === 'object' && raw[F.user] !== null) {
    const user = raw[F.user] as Record<string, unknown>;
    const declared =
      typeof user.municipality === 'string' ? user.municipality.trim().slice(0, MAX_MUNICIPALITY_LENGTH) : '';
    clean[F.user] = {
      name: identity.name,
      municipality: identity.municipality ?? declared,
      municipalityDeclared: identity.municipality === null,
      ...(typeof user.colour === 'string' && COLOUR.test(user.colour) ? { colour: user.colour } : {}),
    };
    clean[F.role] = identity.role;
    clean[F.person] = { id: identity.personId, name: identity.name };
  }
  return JSON.stringify(clean).length > MAX_AWARENESS_STATE_BYTES ? undefined : clean;
}

function cleanDrag(value: unknown): Record<string, XY> | null {
  if (typeof value !== 'object' || value === null) return null;
  const drag: Record<string, XY> = {};
  for (const [id, position] of Object.entries(value).slice(0, MAX_DRAG)) {
    const xy = asXY(position);
    if (isId(id) && xy) drag[id] = xy;
  }
  return drag;
}

function cleanView(value: unknown): Record<string, number> | null {
  if (typeof value !== 'object' || value === null) return null;
  const view = value as Record<string, unknown>;
  const keys = ['x', 'y', 'zoom', 'width', 'height'] as const;
  if (!keys.every((key) => isNumber(view[key]))) return null;
  return Object.fromEntries(keys.map((key) => [key, view[key] as number]));
}
