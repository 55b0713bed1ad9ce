// The operator CLI's commands: each parses its flags, acts on the store and returns one JSON-able object.
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { badRequest } from '../errors.ts';
import { dumpCounts, importDump, parseDump, serializeDump } from '../library/export-file.ts';
import { addMember, createOrg, issueAccessToken, revokeAccessToken } from '../auth/accounts.ts';
import type { Store } from '../store/store.ts';
import { PRIVACY_COMMANDS } from './privacy-commands.ts';

export class UsageError extends Error {}

type Flags = Record<string, { type: 'string' | 'boolean'; required?: boolean; help: string }>;
export type Command = {
  name: string;
  summary: string;
  flags: Flags;
  /** One JSON-able object, or text printed as it is (a Markdown document). */
  run(store: Store, values: Record<string, string | undefined>): Promise<object | string>;
};

export const COMMANDS: Command[] = [
  {
    name: 'org create',
    summary: 'Create a municipality.',
    flags: { name: { type: 'string', required: true, help: 'Name, e.g. "Kehl"' } },
    run: (store, v) => createOrg(store, v.name ?? ''),
  },
  {
    name: 'user create',
    summary: 'Create a user with a role in a municipality, or add the membership if the email exists.',
    flags: {
      email: { type: 'string', required: true, help: 'Email address (login name)' },
      name: { type: 'string', required: true, help: 'Display name' },
      org: { type: 'string', required: true, help: 'Municipality id (from "org create")' },
      role: { type: 'string', required: true, help: 'admin | facilitator | editor | commenter | viewer' },
      password: { type: 'string', help: 'Password for browser sign-in (at least 10 characters)' },
    },
    run: async (store, v) => {
      const { id } = await addMember(store, {
        email: v.email ?? '',
        name: v.name ?? '',
        orgId: v.org ?? '',
        role: v.role ?? '',
        password: v.password,
        replaceExistingPassword: true,
      });
      return { id };
    },
  },
  {
    name: 'token create',
    summary: 'Create a personal access token for scripts (Authorization: Bearer <token>).',
    flags: {
      email: { type: 'string', required: true, help: 'Email of the user the token acts as' },
      label: { type: 'string', help: 'What the token is for' },
    },
    run: async (store, v) => ({
      token: (await issueAccessToken(store, v.email ?? '', v.label ?? 'cli')).token,
    }),
  },
  {
    name: 'token revoke',
    summary: 'Revoke a personal access token; requests with it are refused from then on.',
    flags: { token: { type: 'string', required: true, help: 'The token to revoke' } },
    run: async (store, v) => {
      await revokeAccessToken(store, v.token ?? '');
      return { revoked: true };
    },
  },
  {
    name: 'library export',
    summary: 'Write the whole library (people, processes, documents, versions) to one JSON file.',
    flags: { file: { type: 'string', required: true, help: 'Path of the file to write' } },
    run: async (store, v) => {
      const dump = await store.dumpAll();
      const file = v.file ?? '';
      // The file holds password and token hashes: readable by its owner only, also when it existed before
      // (its mode is narrowed while it is still empty, before anything secret is in it).
      writeFileSync(file, '', { mode: 0o600 });
      chmodSync(file, 0o600);
      writeFileSync(file, serializeDump(dump));
      return { file: v.file, ...dumpCounts(dump) };
    },
  },
  {
    name: 'library import',
    summary: 'Read an export file into an empty database (e.g. from SQLite into PostgreSQL).',
    flags: { file: { type: 'string', required: true, help: 'Path of the export file' } },
    run: async (store, v) => {
      let text: string;
      try {
        text = readFileSync(v.file ?? '', 'utf8');
      } catch {
        throw badRequest('file-not-readable', `Cannot read ${v.file}`);
      }
      const dump = parseDump(text);
      await importDump(store, dump);
      return { file: v.file, ...dumpCounts(dump) };
    },
  },
  ...PRIVACY_COMMANDS,
];

export function helpText(command?: Command): string {
  if (!command) {
    return [
      'Usage: npm run cli -- <command> [flags]',
      '',
      'Commands:',
      ...COMMANDS.map((c) => `  ${c.name.padEnd(15)} ${c.summary}`),
      '',
      'Each command prints one JSON object. Uses DATA_DIR (default ./data) or DATABASE_URL like the server.',
      'Run "npm run cli -- <command> --help" for its flags.',
    ].join('\n');
  }
  return [
    `Usage: npm run cli -- ${command.name} ${Object.entries(command.flags)
      .map(([flag, spec]) => (spec.required ? `--${flag} <…>` : `[--${flag} <…>]`))
      .join(' ')}`,
    '',
    command.summary,
    '',
    ...Object.entries(command.flags).map(([flag, spec]) => `  --${flag.padEnd(10)} ${spec.help}`),
  ].join('\n');
}

/** Finds the command named by the first words of argv and parses its flags. */
export function parseCommand(argv: string[]): {
  command?: Command;
  values: Record<string, string | undefined>;
  help: boolean;
} {
  const command = COMMANDS.find((c) => c.name === argv.slice(0, 2).join(' '));
  const rest = command ? argv.slice(2) : argv;
  const help = rest.includes('--help') || rest.includes('-h') || !command;
  if (!command || help) return { command, values: {}, help: true };
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      options: Object.fromEntries(
        Object.entries(command.flags).map(([flag, spec]) => [flag, { type: spec.type }]),
      ),
      strict: true,
      allowPositionals: false,
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const values = parsed.values as Record<string, string | undefined>;
  const missing = Object.entries(command.flags).filter(([flag, spec]) => spec.required && !values[flag]);
  if (missing.length > 0) throw new UsageError(`Missing ${missing.map(([flag]) => `--${flag}`).join(', ')}`);
  return { command, values, help: false };
}
