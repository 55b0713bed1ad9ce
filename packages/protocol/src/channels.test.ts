import { describe, expect, it } from 'vitest';
import { parseRoomName, roomName } from './channels.ts';

describe('room names', () => {
  it('round-trips a process id and channel', () => {
    expect(parseRoomName(roomName('abc_123', 'discussion'))).toEqual({
      processId: 'abc_123',
      channel: 'discussion',
    });
  });

  it('names an unknown channel', () => {
    expect(parseRoomName('abc/whiteboard')).toEqual({ error: 'unknown-channel' });
    expect(parseRoomName('abc')).toEqual({ error: 'unknown-channel' });
  });

  it('refuses process ids with path characters', () => {
    expect(parseRoomName('../etc/map')).toEqual({ error: 'bad-process-id' });
    expect(parseRoomName('/map')).toEqual({ error: 'bad-process-id' });
  });
});
