// Who may read a frozen version: anyone who may see the process, and every signed-in member of any
// municipality for the version that is published to the shared library.
import type { Context } from 'hono';
import { isProcessId, type Role } from '@prozesswerk/protocol';
import { notFound } from '../errors.ts';
import { publishedView } from '../store/publication-view.ts';
import type { ProcessRecord, Store } from '../store/store.ts';
import type { AuthEnv } from './middleware.ts';
import { requirePrincipal } from './guards.ts';
import { roleForProcess } from './principal.ts';

export async function requireVersionAccess(
  c: Context<AuthEnv>,
  store: Store,
  processId: string,
  version: number | 'published',
): Promise<{ process: ProcessRecord; role: Role | null; version: number }> {
  const principal = requirePrincipal(c);
  const process = isProcessId(processId) ? await store.getProcess(processId) : undefined;
  const role = process ? roleForProcess(principal, process) : null;
  const wanted = version === 'published' ? process?.publishedVersion : version;
  const sharedWithEveryone =
    principal.kind === 'user' && wanted != null && process?.publishedVersion === wanted;
  if (!process || (!role && !sharedWithEveryone))
    throw notFound('process-not-found', `No process with id ${processId}`);
  if (wanted == null) throw notFound('version-not-found', 'This process has no published version.');
  // Someone who sees it only through the library gets it as published: title, description, tags… of the publication.
  return { process: role ? process : await publishedView(store, process), role, version: wanted };
}
