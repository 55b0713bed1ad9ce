// Random, URL-safe identifiers for processes and other server records.
import { randomBytes } from 'node:crypto';

export function newRecordId(): string {
  return randomBytes(12).toString('base64url');
}
