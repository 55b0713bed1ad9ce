import { describe, expect, it } from 'vitest';
import { CHANNELS } from './channels.ts';
import { ROLES, atLeast, mayWrite } from './roles.ts';

describe('permission table', () => {
  it('lets viewers write nothing', () => {
    for (const channel of CHANNELS) expect(mayWrite('viewer', channel, false).allowed).toBe(false);
  });

  it('lets commenters write the discussion but not the map or the session', () => {
    expect(mayWrite('commenter', 'discussion', false).allowed).toBe(true);
    expect(mayWrite('commenter', 'map', false)).toEqual({ allowed: false, reason: 'read-only-role' });
    expect(mayWrite('commenter', 'session', false).allowed).toBe(false);
  });

  it('stops editors writing the map while it is locked, but not facilitators or admins', () => {
    expect(mayWrite('editor', 'map', false).allowed).toBe(true);
    expect(mayWrite('editor', 'map', true)).toEqual({ allowed: false, reason: 'map-locked' });
    expect(mayWrite('facilitator', 'map', true).allowed).toBe(true);
    expect(mayWrite('admin', 'map', true).allowed).toBe(true);
  });

  it('reserves the session document for facilitators and admins', () => {
    const writers = ROLES.filter((role) => mayWrite(role, 'session', false).allowed);
    expect(writers).toEqual(['facilitator', 'admin']);
  });

  it('ranks roles so a higher role includes a lower one', () => {
    expect(atLeast('admin', 'facilitator')).toBe(true);
    expect(atLeast('commenter', 'editor')).toBe(false);
  });
});
