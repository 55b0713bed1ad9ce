// Whether this user may edit the map, decided in one place from the role and from what the server refused.
import type { Role } from '@prozesswerk/protocol';
import type { Access } from './store/view.ts';

export function accessFor(role: Role, denied?: string): Access {
  if (role === 'viewer' || role === 'commenter') return { readOnly: true, reason: role };
  if (denied === 'map-locked' || denied === 'read-only-role') return { readOnly: true, reason: denied };
  return { readOnly: false, reason: null };
}
