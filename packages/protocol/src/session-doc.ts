// Keys of the session document that the server itself reads (the workshop lock); the rest belongs to the client.

/** The top-level Y.Map of the session document holding workshop state. */
export const SESSION_ROOT = 'workshop';
/** `true` while a facilitator has locked the map: only facilitators and admins may write it. */
export const SESSION_LOCKED = 'locked';
