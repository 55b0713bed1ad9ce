// Test support: every piece of text a server's database holds — each text and blob column of each table, and each
// blob decoded as a Yjs document — so a test can prove a name appears nowhere.
import Database from 'better-sqlite3';
import { Client, escapeIdentifier } from 'pg';
import * as Y from 'yjs';
import { projectDocument } from '@prozesswerk/process-model';
import { sqliteFile } from '../../server/src/store/sqlite/index.ts';

export type Place = { table: string; column: string; text: string };

function asTexts(value: unknown): string[] {
  if (value === null || value === undefined) return [];
  if (value instanceof Uint8Array) {
    const texts = [Buffer.from(value).toString('utf8'), Buffer.from(value).toString('latin1')];
    try {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, value);
      texts.push(JSON.stringify(projectDocument(doc)));
      doc.destroy();
    } catch {
      // Not a Yjs update: its bytes as text above are all there is.
    }
    return texts;
  }
  return [typeof value === 'string' ? value : JSON.stringify(value)];
}

/** Every text and blob value of an SQLite data directory's database, table by table. */
export function sqlitePlaces(dataDir: string): Place[] {
  const db = new Database(sqliteFile(dataDir), { readonly: true });
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as {
      name: string;
    }[];
    const places: Place[] = [];
    for (const { name } of tables) {
      for (const row of db.prepare(`SELECT * FROM "${name}"`).all() as Record<string, unknown>[]) {
        for (const [column, value] of Object.entries(row))
          for (const text of asTexts(value)) places.push({ table: name, column, text });
      }
    }
    return places;
  } finally {
    db.close();
  }
}

/** Every value of every table in a PostgreSQL schema. */
export async function postgresPlaces(url: string, schema: string): Promise<Place[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = $1 AND table_type = 'BASE TABLE'",
      [schema],
    );
    const places: Place[] = [];
    for (const { table_name: table } of tables) {
      const { rows } = await client.query<Record<string, unknown>>(
        `SELECT * FROM ${escapeIdentifier(schema)}.${escapeIdentifier(table)}`,
      );
      for (const row of rows) {
        for (const [column, value] of Object.entries(row))
          for (const text of asTexts(value)) places.push({ table, column, text });
      }
    }
    return places;
  } finally {
    await client.end();
  }
}

/** Where any of the phrases occurs, ignoring case: "table.column". */
export function placesHolding(places: readonly Place[], phrases: readonly string[]): string[] {
  const lower = phrases.map((p) => p.toLowerCase());
  const found = places.filter((place) => lower.some((p) => place.text.toLowerCase().includes(p)));
  return [...new Set(found.map((place) => `${place.table}.${place.column}`))];
}
