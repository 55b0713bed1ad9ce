// Secret tokens (sessions, access tokens, invite links): random, shown once, stored only as a SHA-256 hash.
import { createHash, randomBytes } from 'node:crypto';

export function newSecret(prefix = ''): string {
  return prefix + randomBytes(32).toString('base64url');
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** Personal access tokens start with this, so leaked ones are easy to recognise and scan for. */
export const ACCESS_TOKEN_PREFIX = 'pwt_';
