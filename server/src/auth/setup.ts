// First run: a one-time setup token, printed as a link, lets the operator create the first municipality and admin.
import type { Store } from '../store/store.ts';
import { hashSecret, newSecret } from './tokens.ts';

const SETUP_KEY = 'setup_token_hash';

/** Issues a fresh setup token when nobody has an account yet; returns undefined when setup is done. */
export async function issueSetupToken(store: Store): Promise<string | undefined> {
  if ((await store.countUsers()) > 0) return undefined;
  const token = newSecret('setup_');
  await store.setSetting(SETUP_KEY, hashSecret(token));
  return token;
}

export async function setupNeeded(store: Store): Promise<boolean> {
  return (await store.countUsers()) === 0;
}

export async function checkSetupToken(store: Store, token: string): Promise<boolean> {
  const stored = await store.getSetting(SETUP_KEY);
  return stored !== undefined && stored === hashSecret(token) && (await setupNeeded(store));
}

export async function finishSetup(store: Store): Promise<void> {
  await store.setSetting(SETUP_KEY, null);
}
