// Roles and the permission table: who may read and write which channel.
import type { Channel } from './channels.ts';

export const ROLES = ['viewer', 'commenter', 'editor', 'facilitator', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return (ROLES as readonly unknown[]).includes(value);
}

/** Roles ordered by what they may do; a higher rank may do everything a lower one may. */
export function roleRank(role: Role): number {
  return ROLES.indexOf(role);
}

export function atLeast(role: Role, minimum: Role): boolean {
  return roleRank(role) >= roleRank(minimum);
}

type Access = 'read' | 'write' | 'write-unless-locked';

/** The table from DESIGN.md, as data. Every role may read every channel of a process it can open. */
export const PERMISSIONS: Record<Channel, Record<Role, Access>> = {
  map: {
    viewer: 'read',
    commenter: 'read',
    editor: 'write-unless-locked',
    facilitator: 'write',
    admin: 'write',
  },
  discussion: {
    viewer: 'read',
    commenter: 'write',
    editor: 'write',
    facilitator: 'write',
    admin: 'write',
  },
  session: {
    viewer: 'read',
    commenter: 'read',
    editor: 'read',
    facilitator: 'write',
    admin: 'write',
  },
};

export type WriteDecision = { allowed: true } | { allowed: false; reason: DenyReason };
export type DenyReason = 'read-only-role' | 'map-locked';

export function mayWrite(role: Role, channel: Channel, mapLocked: boolean): WriteDecision {
  const access = PERMISSIONS[channel][role];
  if (access === 'write') return { allowed: true };
  if (access === 'write-unless-locked')
    return mapLocked ? { allowed: false, reason: 'map-locked' } : { allowed: true };
  return { allowed: false, reason: 'read-only-role' };
}
