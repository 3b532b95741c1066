/**
 * Reading a backup file before anything is written: is it whole, is it ours,
 * is it from a schema we can take, and which of its rows may be restored? The
 * file is dexie-export-import's JSON (formatName 'dexie'). It is parsed here
 * with a reviver that drops prototype keys (backup-rows.ts), before any library
 * sees it; each row is checked like a message carrying it would be, bad rows
 * are counted and left out, and the import is handed a rebuilt file holding
 * only the good rows (`cleanBackupBlob`).
 */
import type { Dexie, Table } from 'dexie';
import { checkBackupRow, countSkipped, noSkippedRows, parseJsonSafely, type SkippedRows } from './backup-rows.ts';
import { DERIVED_TABLES } from './search-postings.ts';

export type { SkippedRows, SkipReason } from './backup-rows.ts';

/** Why a file cannot be restored. */
export type RestoreRefusal = 'corrupt' | 'foreign' | 'newer' | 'nothing-valid';

/**
 * A refusal with what the reader needs to hear about it (components/restore-problem-text.ts
 * words it): what kind of foreign file, or which data versions disagree.
 */
export type RestoreRefusalDetail =
  | { reason: 'corrupt' }
  | { reason: 'foreign'; foreign: { kind: 'format' } | { kind: 'database'; name: string } | { kind: 'table'; name: string } }
  | { reason: 'newer'; fileVersion: number; ourVersion: number }
  /** Every row of the file broke the rules: there is nothing to restore. */
  | { reason: 'nothing-valid'; skipped: SkippedRows };

/** One good row of the file: its primary key and the record as it will be stored. */
export interface BackupRow {
  key: string | number;
  value: Record<string, unknown>;
}

/** The rows of one table as the file holds them. */
export interface BackupTableRows {
  table: Table;
  /** The table's schema as the file declares it (the rebuilt file repeats it). */
  schema: string;
  rows: BackupRow[];
}

/** A file that passed every check. */
export interface BackupFileContents {
  databaseVersion: number;
  tables: BackupTableRows[];
  /** Rows left out, by reason. */
  skipped: SkippedRows;
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
  // Dexie's versions are whole numbers from 1: −1 or 0.5 is a made-up header, not an older schema.
  if (typeof databaseVersion !== 'number' || !Number.isInteger(databaseVersion) || databaseVersion < 1 || !Array.isArray(tables) || !tables.every(isDeclaredTable)) {
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
  let parsed: ReturnType<typeof parseJsonSafely>;
  try {
    parsed = parseJsonSafely(await blob.text());
  } catch {
    return corrupt(); // not JSON, or cut off
  }
  const { value: root, tainted } = parsed;
  if (!isObject(root)) return refuse({ reason: 'foreign', foreign: { kind: 'format' } });
  const header = root as FileHeader;
  const refused = checkHeader(db, header);
  if (refused) return refused;

  const declared = header.data!.tables as DeclaredTable[];
  const exported = header.data!.data;
  if (!Array.isArray(exported)) return corrupt();
  const tables: BackupTableRows[] = [];
  const skipped = noSkippedRows();
  let rowsInFile = 0;
  for (const entry of exported) {
    if (!isObject(entry) || !Array.isArray(entry.rows) || entry.inbound !== true) return corrupt();
    const counted = declared.find((d) => d.name === entry.tableName);
    const table = db.tables.find((t) => t.name === entry.tableName);
    if (!counted || !table) return corrupt();
    // A row count that differs from the header means rows were lost or added by hand.
    if (entry.rows.length !== counted.rowCount) return corrupt();
    const keyPath = table.schema.primKey.keyPath;
    if (typeof keyPath !== 'string') return corrupt();
    // Derived tables (the search posting lists) are rebuilt from the notes, never restored from a file.
    if (DERIVED_TABLES.includes(table.name)) {
      rowsInFile += entry.rows.length;
      continue;
    }
    const rows: BackupRow[] = [];
    for (const row of entry.rows as unknown[]) {
      rowsInFile += 1;
      if (!isObject(row) || !isValidKey(row[keyPath])) {
        countSkipped(skipped, 'shape');
        continue;
      }
      const verdict = checkBackupRow(table.name, row, tainted);
      if (verdict.ok) rows.push({ key: row[keyPath] as string | number, value: verdict.value });
      else countSkipped(skipped, verdict.reason);
    }
    tables.push({ table, schema: counted.schema, rows });
  }
  if (rowsInFile !== declared.reduce((n, d) => n + d.rowCount, 0)) return corrupt();
  // Refused only when the file had rows and none of them can be used; an empty backup restores nothing, as it should.
  if (skipped.total > 0 && skipped.total === rowsInFile) return refuse({ reason: 'nothing-valid', skipped });
  return { ok: true, value: { databaseVersion: header.data!.databaseVersion as number, tables, skipped } };
}

/**
 * The file the import reads: the same database and version, with only the good
 * rows (as checked, without the exporter's tags) and counts that match them.
 */
export function cleanBackupBlob(db: Dexie, contents: BackupFileContents): Blob {
  const file = {
    formatName: 'dexie',
    formatVersion: 1,
    data: {
      databaseName: db.name,
      databaseVersion: contents.databaseVersion,
      tables: contents.tables.map((t) => ({ name: t.table.name, schema: t.schema, rowCount: t.rows.length })),
      data: contents.tables.map((t) => ({ tableName: t.table.name, inbound: true, rows: t.rows.map((r) => r.value) })),
    },
  };
  return new Blob([JSON.stringify(file)], { type: 'application/json' });
}

function isValidKey(key: unknown): boolean {
  return (typeof key === 'string') || (typeof key === 'number' && Number.isFinite(key));
}
