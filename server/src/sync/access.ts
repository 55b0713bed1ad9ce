// Who a sync socket is and what role it has in the process; decided once, on upgrade.
import type { IncomingMessage } from 'node:http';
import type { CloseName, Role, RoomAddress } from '@prozesswerk/protocol';
import type { Store } from '../store/store.ts';

export type SocketGrant = { ok: true; role: Role; label: string };
export type SocketRefusal = { ok: false; close: CloseName };

/** Decides a socket's role for one room, or refuses it with a named close reason. */
export type SocketAccess = (request: IncomingMessage, address: RoomAddress) => Promise<SocketGrant | SocketRefusal>;

/** Access without accounts: anyone who knows a process id may edit it. Used until accounts are configured. */
export function createOpenAccess(store: Store): SocketAccess {
  return async function openAccess(_request, address) {
    const process = await store.getProcess(address.processId);
    if (!process) return { ok: false, close: 'unknownProcess' };
    return { ok: true, role: 'facilitator', label: 'anonymous' };
  };
}
