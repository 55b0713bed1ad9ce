// Signing out: end the session, delete this person's local copies, go to the sign-in page.
import { LOCAL_COPY_PREFIX } from './local-copy.ts';
import { navigate } from './router.ts';
import { forgetSignedIn } from './remembered-session.ts';
import { logout } from './session-api.ts';

// The local copies of maps and discussions (IndexedDB) belong to this person; they go with the session.
async function forgetLocalCopies(): Promise<void> {
  const databases = typeof indexedDB.databases === 'function' ? await indexedDB.databases() : [];
  const names = databases.flatMap(({ name }) => (name?.startsWith(LOCAL_COPY_PREFIX) ? [name] : []));
  await Promise.all(names.map(deleteDatabase));
}

/*
 * Done when deleted, or when the browser reports it blocked by a copy still open: then it is deleted as soon as that
 * copy closes (leaving the editor closes it), and waiting for that would hold up signing out.
 */
function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
}

/**
 * Resolves once signed out; rejects (nothing changed) when the server could not be reached. With `next`, the
 * sign-in page returns there (e.g. an invitation for another account).
 */
export async function signOut(next?: string): Promise<void> {
  await logout();
  forgetSignedIn();
  await forgetLocalCopies();
  navigate(next ? `/login?next=${encodeURIComponent(next)}` : '/login');
}
