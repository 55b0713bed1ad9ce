// Whether this user may edit the map, decided in one place from the role and from what the server refused.
import { atLeast, type Role } from '@prozesswerk/protocol';
import type { Access } from './store/view.ts';

/*
 * `locked` is the workshop lock from the session document; facilitators and admins may still edit.
 * `rebuilding`: the server refused a change and the map is being replaced by its state; what is edited
 * meanwhile would be lost with the refused document.
 */
export function accessFor(role: Role, denied?: string, locked = false, rebuilding = false): Access {
  if (role === 'viewer' || role === 'commenter') return { readOnly: true, reason: role };
  if (rebuilding) return { readOnly: true, reason: 'rebuilding' };
  if (locked && !atLeast(role, 'facilitator')) return { readOnly: true, reason: 'map-locked' };
  if (denied === 'map-locked' || denied === 'read-only-role') return { readOnly: true, reason: denied };
  return { readOnly: false, reason: null };
}
