/**
 * Reading a backup file before anything is written: is it whole, is it ours,
 * is it from a schema we can take? The file is dexie-export-import's JSON
 * (formatName 'dexie'); its header is read with peakImportFile, its rows with
 * JSON.parse, so a truncated or foreign file is refused before the import starts.
 */
import { peakImportFile } from 'dexie-export-import';
import type { Dexie, Table } from 'dexie';


/** Why a file cannot be restored. */
export type RestoreRefusal = 'corrupt' | 'foreign' | 'newer';

/**
 * A refusal with what the reader needs to hear about it (components/restore-problem-text.ts
 * words it): what kind of foreign file, or which data versions disagree.
 */
export type RestoreRefusalDetail =
  | { reason: 'corrupt' }
  | { reason: 'foreign'; foreign: { kind: 'format' } | { kind: 'database'; name: string } | { kind: 'table'; name: string } }
  | { reason: 'newer'; fileVersion: number; ourVersion: number };

/** One row of the file: its primary key, and its value when it can be compared with a stored one. */
export interface BackupRow {
  key: string | number;
  /** The record as stored; null when the exporter tagged a type this reader does not revive (Date, Blob…). */
  value: Record<string, unknown> | null;
}

/** The rows of one table as the file holds them. */
export interface BackupTableRows {
  table: Table;
  rows: BackupRow[];
}

/** A file that passed every check. */
export interface BackupFileContents {
  databaseVersion: number;
  tables: BackupTableRows[];
}

/** The outcome of reading a file: its rows, or why it was refused. */
export type BackupFileResult = { ok: true; value: BackupFileContents } | ({ ok: false } & RestoreRefusalDetail);

interface FileHeader {
  formatName?: unknown;
  formatVersion?: unknown;
  data?: { databaseName?: unknown; databaseVersion?: unknown; tables?: unknown; data?: unknown };
}

interface DeclaredTable {
  name: string;
  schema: string;
  rowCount: number;
}

function refuse(detail: RestoreRefusalDetail): BackupFileResult {
  return { ok: false, ...detail };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isDeclaredTable(value: unknown): value is DeclaredTable {
  return isObject(value) && typeof value.name === 'string' && typeof value.schema === 'string' && typeof value.rowCount === 'number';
}

/** Refuses a header that is not a dexie export of this database at a version we can read; null when it is. */
function checkHeader(db: Dexie, header: FileHeader): BackupFileResult | null {
  type Foreign = Extract<RestoreRefusalDetail, { reason: 'foreign' }>['foreign'];
  const foreign = (detail: Foreign) => refuse({ reason: 'foreign', foreign: detail });
  if (header.formatName !== 'dexie' || header.formatVersion !== 1 || !isObject(header.data)) return foreign({ kind: 'format' });
  const { databaseName, databaseVersion, tables } = header.data;
  if (databaseName !== db.name) return foreign({ kind: 'database', name: String(databaseName) });
  if (typeof databaseVersion !== 'number' || !Array.isArray(tables) || !tables.every(isDeclaredTable)) {
    return refuse({ reason: 'corrupt' });
  }
  if (databaseVersion > db.verno) return refuse({ reason: 'newer', fileVersion: databaseVersion, ourVersion: db.verno });
  for (const declared of tables) {
    const table = db.tables.find((t) => t.name === declared.name);
    // A different primary key would make "same id" mean something else: treat it as another database.
    if (!table || declared.schema.split(',')[0] !== table.schema.primKey.src) return foreign({ kind: 'table', name: declared.name });
  }
  return null;
}

/** Reads and checks the whole file; changes nothing. */
export async function readBackupFile(db: Dexie, blob: Blob): Promise<BackupFileResult> {
  const corrupt = () => refuse({ reason: 'corrupt' });
  // The header alone refuses a foreign or newer file without reading its rows.
  const meta: FileHeader | null = await peakImportFile(blob).catch(() => null);
  if (meta?.formatName === 'dexie') {
    const refused = checkHeader(db, meta);
    if (refused) return refused;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(await blob.text());
  } catch {
    return corrupt(); // not JSON, or cut off
  }
  if (!isObject(parsed)) return refuse({ reason: 'foreign', foreign: { kind: 'format' } });
  const header = parsed as FileHeader;
  const refused = checkHeader(db, header);
  if (refused) return refused;

  const declared = header.data!.tables as DeclaredTable[];
  const exported = header.data!.data;
  if (!Array.isArray(exported)) return corrupt();
  const tables: BackupTableRows[] = [];
  for (const entry of exported) {
    if (!isObject(entry) || !Array.isArray(entry.rows) || entry.inbound !== true) return corrupt();
    const counted = declared.find((d) => d.name === entry.tableName);
    const table = db.tables.find((t) => t.name === entry.tableName);
    if (!counted || !table) return corrupt();
    // A row count that differs from the header means rows were lost or added by hand.
    if (entry.rows.length !== counted.rowCount) return corrupt();
    const keyPath = table.schema.primKey.keyPath;
    if (typeof keyPath !== 'string') return corrupt();
    const rows = entry.rows as unknown[];
    if (!rows.every((row) => isObject(row) && isValidKey(row[keyPath]))) return corrupt();
    tables.push({ table, rows: (rows as Array<Record<string, unknown>>).map((row) => ({ key: row[keyPath] as string | number, value: storedValue(row) })) });
  }
  const rowsInFile = tables.reduce((n, t) => n + t.rows.length, 0);
  if (rowsInFile !== declared.reduce((n, d) => n + d.rowCount, 0)) return corrupt();
  return { ok: true, value: { databaseVersion: header.data!.databaseVersion as number, tables } };
}

function isValidKey(key: unknown): boolean {
  return (typeof key === 'string') || (typeof key === 'number' && Number.isFinite(key));
}

/**
 * A row as IndexedDB would hold it. The exporter (typeson) adds `$types` to tag
 * values JSON cannot carry: `arrayNonindexKeys` marks every plain array (nothing to
 * undo), `undefined` a property whose value was undefined. Any other tag → null.
 */
function storedValue(row: Record<string, unknown>): Record<string, unknown> | null {
  const types = row.$types;
  if (types === undefined) return row;
  if (!isObject(types)) return null;
  const { $types: _tags, ...value } = row;
  for (const [path, type] of Object.entries(types)) {
    if (type === 'arrayNonindexKeys') continue;
    if (type !== 'undefined') return null;
    const parts = path.split('.').map((p) => p.replace(/~1/g, '.').replace(/~0/g, '~'));
    let target: unknown = value;
    for (const part of parts.slice(0, -1)) target = isObject(target) || Array.isArray(target) ? (target as Record<string, unknown>)[part] : undefined;
    if (!isObject(target)) return null;
    target[parts.at(-1)!] = undefined;
  }
  return value;
}
