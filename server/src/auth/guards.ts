// Route guards: who must be signed in, and which role a caller needs on a process or municipality.
import type { Context } from 'hono';
import { atLeast, isProcessId, type Role } from '@prozesswerk/protocol';
import { forbidden, notFound, unauthorized } from '../errors.ts';
import type { ProcessRecord, Store } from '../store/store.ts';
import type { AuthEnv } from './middleware.ts';
import { roleForProcess, roleInOrg, type Principal, type UserPrincipal } from './principal.ts';

export function requirePrincipal(c: Context<AuthEnv>): Principal {
  const principal = c.get('principal');
  if (!principal) throw unauthorized('unauthenticated', 'Please sign in.');
  return principal;
}

export function requireUser(c: Context<AuthEnv>): UserPrincipal {
  const principal = requirePrincipal(c);
  if (principal.kind !== 'user') throw forbidden('guests-not-allowed', 'Workshop guests cannot do this.');
  return principal;
}

/**
 * The process if the caller may see it with at least `minimum`. A process the caller cannot see at all
 * answers 404 exactly like a missing one, so other municipalities' drafts do not even reveal that they exist.
 */
export async function requireProcessRole(
  c: Context<AuthEnv>,
  store: Store,
  processId: string,
  minimum: Role,
): Promise<{ process: ProcessRecord; role: Role; principal: Principal }> {
  const principal = requirePrincipal(c);
  const process = isProcessId(processId) ? await store.getProcess(processId) : undefined;
  const role = process ? roleForProcess(principal, process) : null;
  if (!process || !role) throw notFound('process-not-found', `No process with id ${processId}`);
  if (!atLeast(role, minimum)) {
    throw forbidden('insufficient-role', `This needs the role ${minimum}; you are ${role}.`);
  }
  return { process, role, principal };
}

export function requireOrgRole(c: Context<AuthEnv>, orgId: string, minimum: Role): UserPrincipal {
  const principal = requireUser(c);
  const role = roleInOrg(principal, orgId);
  if (!role) throw notFound('org-not-found', `No municipality with id ${orgId}`);
  if (!atLeast(role, minimum))
    throw forbidden('insufficient-role', `This needs the role ${minimum}; you are ${role}.`);
  return principal;
}
