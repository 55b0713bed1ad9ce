// Tests for how the workshop lock makes the board read-only: for participants, never for facilitators.
import { describe, expect, it } from 'vitest';
import { accessFor } from '../board/access.ts';

describe('accessFor with the workshop lock', () => {
  it('makes the map read-only for editors while locked, with the lock as the reason', () => {
    expect(accessFor('editor', undefined, true)).toEqual({ readOnly: true, reason: 'map-locked' });
    expect(accessFor('editor', undefined, false)).toEqual({ readOnly: false, reason: null });
  });

  it('lets facilitators and admins edit a locked map', () => {
    expect(accessFor('facilitator', undefined, true).readOnly).toBe(false);
    expect(accessFor('admin', undefined, true).readOnly).toBe(false);
  });

  it('keeps the role as the reason for viewers and commenters', () => {
    expect(accessFor('viewer', undefined, true).reason).toBe('viewer');
    expect(accessFor('commenter', undefined, true).reason).toBe('commenter');
  });
});
