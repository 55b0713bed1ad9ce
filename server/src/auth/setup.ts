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

/**
 * Takes the one-time token: true for exactly one caller, however many present it at the same moment, and only while
 * nobody has an account. The caller then sets up the first municipality, or gives the token back if that fails.
 */
export async function takeSetupToken(store: Store, token: string): Promise<boolean> {
  if (!(await setupNeeded(store))) return false;
  return store.takeSetting(SETUP_KEY, hashSecret(token));
}

/** Makes the token valid again after a setup that failed half-way (e.g. an invalid e-mail address). */
export async function returnSetupToken(store: Store, token: string): Promise<void> {
  if (await setupNeeded(store)) await store.initSetting(SETUP_KEY, hashSecret(token));
}
