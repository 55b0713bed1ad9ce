// SQLite's JSON text columns (processes.tags, snapshots.agreed_by), parsed before the shared mappers of ../rows.ts.
import {
  toMeta,
  toProcess,
  toSnapshot,
  type ProcessRow,
  type SnapshotMetaRow,
  type SnapshotRow,
} from '../rows.ts';
import type { AgreedBy, ProcessRecord, SnapshotMeta, SnapshotRecord } from '../store.ts';

/** A row as SQLite returns it: the named columns hold JSON text. */
type WithJsonText<Row, Column extends keyof Row> = Omit<Row, Column> & Record<Column, string>;

export type SqliteProcessRow = WithJsonText<ProcessRow, 'tags'>;
export type SqliteSnapshotMetaRow = WithJsonText<SnapshotMetaRow, 'agreed_by'>;
export type SqliteSnapshotRow = WithJsonText<SnapshotRow, 'agreed_by'>;

export const processFromSqlite = (row: SqliteProcessRow): ProcessRecord =>
  toProcess({ ...row, tags: JSON.parse(row.tags) as string[] });
export const metaFromSqlite = (row: SqliteSnapshotMetaRow): SnapshotMeta =>
  toMeta({ ...row, agreed_by: JSON.parse(row.agreed_by) as AgreedBy[] });
export const snapshotFromSqlite = (row: SqliteSnapshotRow): SnapshotRecord =>
  toSnapshot({ ...row, agreed_by: JSON.parse(row.agreed_by) as AgreedBy[] });
