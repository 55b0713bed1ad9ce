// One-time links to set a new password, issued by a municipality's admin or the operator.
import { hashPassword, MIN_PASSWORD_LENGTH } from '../auth/passwords.ts';
import { hashSecret, newSecret } from '../auth/tokens.ts';
import { badRequest, DomainError, notFound } from '../errors.ts';
import type { PasswordResetRecord } from '../store/admin-store.ts';
import type { Store } from '../store/store.ts';

export const PASSWORD_RESET_HOURS = 24;

export async function issuePasswordReset(
  store: Store,
  userId: string,
  createdBy: string | null,
  now = new Date(),
): Promise<{ token: string; expiresAt: string }> {
  const token = newSecret('pwr_');
  const expiresAt = new Date(now.getTime() + PASSWORD_RESET_HOURS * 3_600_000).toISOString();
  await store.createPasswordReset({
    tokenHash: hashSecret(token),
    userId,
    createdBy,
    createdAt: now.toISOString(),
    expiresAt,
  });
  return { token, expiresAt };
}

export async function findPasswordReset(
  store: Store,
  token: string,
  now = new Date(),
): Promise<PasswordResetRecord> {
  const reset = await store.getPasswordReset(hashSecret(token));
  if (!reset) throw notFound('reset-not-found', 'This link does not exist.');
  if (reset.usedAt) throw new DomainError('reset-used', 410, 'Gone', 'This link was already used.');
  if (new Date(reset.expiresAt) <= now)
    throw new DomainError('reset-expired', 410, 'Gone', 'This link has expired.');
  return reset;
}

/** Sets the new password and signs the person out everywhere; returns whose password it was. */
export async function usePasswordReset(
  store: Store,
  token: string,
  password: string,
  now = new Date(),
): Promise<string> {
  const reset = await findPasswordReset(store, token, now);
  if (password.length < MIN_PASSWORD_LENGTH)
    throw badRequest('weak-password', `Passwords need at least ${MIN_PASSWORD_LENGTH} characters.`);
  const used = await store.usePasswordReset(reset.tokenHash, await hashPassword(password), now.toISOString());
  if (!used) throw new DomainError('reset-used', 410, 'Gone', 'This link was already used.');
  return reset.userId;
}
