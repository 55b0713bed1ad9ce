// Named WebSocket close codes with the reason text the server sends; 4000–4999 is the application range.
export const CLOSE = {
  /** A frame the server could not decode as a sync, awareness or auth message. */
  malformedMessage: { code: 4400, reason: 'malformed-message' },
  /** No valid credentials on the upgrade request. */
  unauthenticated: { code: 4401, reason: 'unauthenticated' },
  /** Credentials are valid but do not open this process. */
  forbidden: { code: 4403, reason: 'forbidden' },
  /** The page that opened the socket is not this server's (nor PUBLIC_URL or ALLOWED_ORIGINS). */
  originNotAllowed: { code: 4406, reason: 'origin-not-allowed' },
  /** The process does not exist. */
  unknownProcess: { code: 4404, reason: 'unknown-process' },
  /** The URL names a channel other than map, discussion or session. */
  unknownChannel: { code: 4405, reason: 'unknown-channel' },
  /** A single message larger than the configured maximum. */
  messageTooLarge: { code: 4413, reason: 'message-too-large' },
  /** Applying the update would grow the document past its maximum size. */
  documentTooLarge: { code: 4414, reason: 'document-too-large' },
  /** Holding the update would grow the room past its memory budget (items or writers); the room carries on. */
  roomOverBudget: { code: 4415, reason: 'room-over-budget' },
  /** The client did not read what the server sent fast enough; it re-syncs after reconnecting. */
  tooSlow: { code: 4408, reason: 'too-slow' },
  /** The session or guest link the socket stood on expired; signing in or a new link is needed. */
  credentialExpired: { code: 4410, reason: 'credential-expired' },
  /** An administrator changed or removed this person's membership; reconnecting applies the new role. */
  accessChanged: { code: 4409, reason: 'access-changed' },
  /** Too many messages or connections from one address. */
  rateLimited: { code: 4429, reason: 'rate-limited' },
  /** The room already has the maximum number of connections. */
  roomFull: { code: 4430, reason: 'room-full' },
  /** Storage failed; the update was not accepted and the client should retry after reconnecting. */
  storageFailed: { code: 4500, reason: 'storage-failed' },
  /** The server is shutting down; reconnect shortly. */
  shuttingDown: { code: 1012, reason: 'server-restarting' },
} as const;

export type CloseName = keyof typeof CLOSE;
export type CloseCode = (typeof CLOSE)[CloseName]['code'];

export function closeNameForCode(code: number): CloseName | undefined {
  return (Object.keys(CLOSE) as CloseName[]).find((name) => CLOSE[name].code === code);
}

// Closes after which trying again helps: the client was slow, too fast, lost its role to a new one, or the
// server had a passing problem. The rest (bad credentials, unknown process, oversized data) would fail again.
const RECONNECTABLE: ReadonlySet<number> = new Set([
  CLOSE.tooSlow.code,
  CLOSE.rateLimited.code,
  CLOSE.accessChanged.code,
  CLOSE.storageFailed.code,
  CLOSE.shuttingDown.code,
]);

/** Whether a client should reconnect after the server closed its socket with this code. */
export function reconnectsAfterClose(code: number): boolean {
  return RECONNECTABLE.has(code) || code < 4000 || code > 4999;
}
