// SQLite's JSON text columns (processes.tags, publications.tags), parsed before the shared mappers of ../rows.ts.
import { toProcess, toPublication, type ProcessRow, type PublicationRow } from '../rows.ts';
import type { ProcessRecord, Publication } from '../store.ts';

/** A row as SQLite returns it: the named columns hold JSON text. */
type WithJsonText<Row, Column extends keyof Row> = Omit<Row, Column> & Record<Column, string>;

export type SqliteProcessRow = WithJsonText<ProcessRow, 'tags'>;
export type SqlitePublicationRow = WithJsonText<PublicationRow, 'tags'>;

export const processFromSqlite = (row: SqliteProcessRow): ProcessRecord =>
  toProcess({ ...row, tags: JSON.parse(row.tags) as string[] });
export const publicationFromSqlite = (row: SqlitePublicationRow): Publication =>
  toPublication({ ...row, tags: JSON.parse(row.tags) as string[] });
