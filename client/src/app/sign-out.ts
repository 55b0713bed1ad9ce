// Signing out: end the session, delete this person's local copies, go to the sign-in page.
import { logout } from './api.ts';
import { navigate } from './router.ts';

// The local copies of maps and discussions (IndexedDB) belong to this person; they go with the session.
async function forgetLocalCopies(): Promise<void> {
  const databases = typeof indexedDB.databases === 'function' ? await indexedDB.databases() : [];
  for (const { name } of databases) if (name?.startsWith('prozesswerk:')) indexedDB.deleteDatabase(name);
}

/** Resolves once signed out; rejects (nothing changed) when the server could not be reached. */
export async function signOut(): Promise<void> {
  await logout();
  await forgetLocalCopies();
  navigate('/login');
}
