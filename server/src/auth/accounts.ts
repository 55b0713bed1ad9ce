// Account operations shared by the REST routes, first-run setup and the operator CLI.
import { isRole, type Role } from '@prozesswerk/protocol';
import { badRequest, notFound } from '../errors.ts';
import { newRecordId } from '../ids.ts';
import type { Store } from '../store/store.ts';
import { MIN_PASSWORD_LENGTH, hashPassword } from './passwords.ts';
import { ACCESS_TOKEN_PREFIX, hashSecret, newSecret } from './tokens.ts';

export async function createOrg(store: Store, name: string): Promise<{ id: string }> {
  const trimmed = name.trim();
  if (!trimmed) throw badRequest('invalid-input', 'The municipality needs a name.');
  const org = await store.createOrg({ id: newRecordId(), name: trimmed });
  return { id: org.id };
}

export type MemberInput = {
  email: string;
  name: string;
  orgId: string;
  role: string;
  password?: string | undefined;
  /**
   * Whether `password` may replace an existing user's password. Only the operator (CLI) may: through the API an admin
   * of one municipality could otherwise take over an account that belongs to another.
   */
  replaceExistingPassword?: boolean;
};

/** Creates the user if the email is new, then adds (or changes) the membership. */
/** Checks what a new member's e-mail, role and password must be; returns the e-mail as stored (lower case). */
export function checkMemberInput(input: Pick<MemberInput, 'email' | 'role' | 'password'>): string {
  const email = input.email.trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
    throw badRequest('invalid-email', `Not an email address: ${input.email}`);
  if (!isRole(input.role)) throw badRequest('invalid-role', `Unknown role: ${input.role}`);
  if (input.password !== undefined && input.password.length < MIN_PASSWORD_LENGTH) {
    throw badRequest('weak-password', `Passwords need at least ${MIN_PASSWORD_LENGTH} characters.`);
  }
  return email;
}

export async function addMember(store: Store, input: MemberInput): Promise<{ id: string; created: boolean }> {
  const email = checkMemberInput(input);
  if (!(await store.getOrg(input.orgId)))
    throw notFound('org-not-found', `No municipality with id ${input.orgId}`);
  const passwordHash = input.password === undefined ? null : await hashPassword(input.password);
  let user = await store.getUserByEmail(email);
  const created = !user;
  if (!user) {
    const name = input.name.trim();
    if (!name) throw badRequest('invalid-input', 'A new user needs a display name.');
    user = await store.createUser({ id: newRecordId(), email, name, passwordHash });
  } else if (passwordHash && input.replaceExistingPassword) {
    await store.setPassword(user.id, passwordHash);
  }
  await store.setMembership({ userId: user.id, orgId: input.orgId, role: input.role as Role });
  return { id: user.id, created };
}

export async function issueAccessToken(
  store: Store,
  email: string,
  label = 'cli',
): Promise<{ id: string; token: string }> {
  const user = await store.getUserByEmail(email.trim().toLowerCase());
  if (!user) throw notFound('user-not-found', `No user with email ${email}`);
  const token = newSecret(ACCESS_TOKEN_PREFIX);
  const id = newRecordId();
  await store.createAccessToken({
    id,
    tokenHash: hashSecret(token),
    userId: user.id,
    label,
    createdAt: new Date().toISOString(),
  });
  return { id, token };
}

export async function revokeAccessToken(store: Store, token: string): Promise<void> {
  const found = await store.revokeAccessToken(hashSecret(token), new Date().toISOString());
  if (!found) throw notFound('token-not-found', 'No such access token.');
}
