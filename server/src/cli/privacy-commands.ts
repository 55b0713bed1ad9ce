// Operator CLI: a person's data export and erasure by email, and a retention round, without a running server.
import { chmodSync, writeFileSync } from 'node:fs';
import { parseConfig } from '../config.ts';
import { badRequest, notFound } from '../errors.ts';
import { storedDocWriter } from '../privacy/doc-writer.ts';
import { createEraser } from '../privacy/erase.ts';
import { buildPersonExport } from '../privacy/export.ts';
import { personExportMarkdown } from '../privacy/export-markdown.ts';
import { findPerson } from '../privacy/person.ts';
import { runRetention } from '../privacy/retention.ts';
import type { Store } from '../store/store.ts';
import type { Command } from './commands.ts';

/**
 * The CLI has no rooms: erasure writes its changes to storage as one more update per document. A running server
 * notices at its next maintenance round (RETENTION_INTERVAL_MINUTES) and relays them to whoever is connected.
 */
const eraserFor = (store: Store) =>
  createEraser({
    store,
    docs: storedDocWriter(store),
    log: (message, error) => console.error(message, error),
  });

async function personByEmail(store: Store, email: string) {
  const user = await store.getUserByEmail(email.trim().toLowerCase());
  const person = user ? await findPerson(store, user.id) : undefined;
  if (!person) throw notFound('person-not-found', `No person with email ${email}`);
  return person;
}

export const PRIVACY_COMMANDS: Command[] = [
  {
    name: 'person export',
    summary:
      'Everything stored about a person (Art. 15/20 DSGVO): JSON, or Markdown to read; 0600 with --out.',
    flags: {
      email: { type: 'string', required: true, help: 'Email of the person' },
      format: { type: 'string', help: 'json (default) | markdown' },
      out: { type: 'string', help: 'Write to this file (readable by its owner only) instead of printing' },
    },
    run: async (store, v) => {
      const format = v.format ?? 'json';
      if (format !== 'json' && format !== 'markdown')
        throw badRequest('invalid-input', 'format: json | markdown');
      const person = await personByEmail(store, v.email ?? '');
      if (person.kind === 'erased') throw notFound('person-not-found', `No person with email ${v.email}`);
      const data = await buildPersonExport(store, person);
      const text = format === 'markdown' ? personExportMarkdown(data) : JSON.stringify(data, null, 2);
      if (!v.out) return format === 'markdown' ? text : data;
      writeFileSync(v.out, text, { mode: 0o600 });
      chmodSync(v.out, 0o600);
      return { file: v.out, format };
    },
  },
  {
    name: 'person erase',
    summary:
      'Erase a person (Art. 17 DSGVO): account deleted, name and email replaced by a pseudonym everywhere, frozen ' +
      'versions included. Repeating it is harmless; it also completes an erasure a crash cut short.',
    flags: { email: { type: 'string', required: true, help: 'Email of the person' } },
    run: async (store, v) => {
      const email = (v.email ?? '').trim().toLowerCase();
      const user = await store.getUserByEmail(email);
      const eraser = eraserFor(store);
      if (!user) {
        // Already erased (the account is gone): finishing what a crash left is all there is to do.
        const resumed = await eraser.resumeUnfinished();
        if (resumed > 0) return { resumed };
        throw notFound('person-not-found', `No person with email ${v.email}`);
      }
      const person = await findPerson(store, user.id);
      if (!person) throw notFound('person-not-found', `No person with email ${v.email}`);
      return eraser.erase(person, null);
    },
  },
  {
    name: 'retention run',
    summary:
      'Purge expired sessions and stale links, and erase workshop guests GUEST_RETENTION_DAYS after their link ' +
      'expired or was revoked (the server also does this every RETENTION_INTERVAL_MINUTES).',
    flags: { days: { type: 'string', help: 'Override GUEST_RETENTION_DAYS (default 30)' } },
    run: async (store, v) => {
      const days = v.days === undefined ? parseConfig(process.env).guestRetentionDays : Number(v.days);
      if (!Number.isInteger(days) || days < 0)
        throw badRequest('invalid-input', '--days: a whole number of days');
      const eraser = eraserFor(store);
      await eraser.resumeUnfinished();
      return runRetention({ store, eraser, now: new Date(), guestRetentionDays: days });
    },
  },
];
