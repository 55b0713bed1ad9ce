// The three Yjs documents of a process, each its own sync room.
export const CHANNELS = ['map', 'discussion', 'session'] as const;
export type Channel = (typeof CHANNELS)[number];

export function isChannel(value: string): value is Channel {
  return (CHANNELS as readonly string[]).includes(value);
}

/** Room name as y-websocket sees it: `{processId}/{channel}`. */
export function roomName(processId: string, channel: Channel): string {
  return `${processId}/${channel}`;
}

export type RoomAddress = { processId: string; channel: Channel };

const PROCESS_ID = /^[A-Za-z0-9_-]{1,64}$/;

export function isProcessId(value: string): boolean {
  return PROCESS_ID.test(value);
}

/** Parses `{processId}/{channel}`; returns a reason string when it is not a valid room. */
export function parseRoomName(name: string): RoomAddress | { error: 'unknown-channel' | 'bad-process-id' } {
  const slash = name.lastIndexOf('/');
  const processId = slash < 0 ? name : name.slice(0, slash);
  const channel = slash < 0 ? '' : name.slice(slash + 1);
  if (!isProcessId(processId)) return { error: 'bad-process-id' };
  if (!isChannel(channel)) return { error: 'unknown-channel' };
  return { processId, channel };
}
