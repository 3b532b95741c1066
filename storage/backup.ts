/**
 * Backup and restore of the whole database with dexie-export-import. A backup
 * is the library's JSON export; a restore is planned first (a dry run that
 * counts what it would add, replace or leave alone), then merged by primary key
 * in one read-write transaction over every table: nothing is cleared, and a
 * refusal, a failure or a cancel leaves the database exactly as it was.
 */
import { exportDB, importInto } from 'dexie-export-import';
import type { Dexie } from 'dexie';
import { cleanBackupBlob, readBackupFile, type RestoreRefusalDetail, type SkippedRows } from './backup-file.ts';
import { isQuotaError } from './errors.ts';
import { DERIVED_TABLES } from './search-postings.ts';


export type { RestoreRefusal, SkippedRows, SkipReason } from './backup-file.ts';

/** How far a long operation has come, in records. */
export interface BackupProgress {
  done: number;
  total: number;
}

/** Options of the long operations: progress reports and a way to cancel. */
export interface BackupOptions {
  onProgress?: (progress: BackupProgress) => void;
  signal?: AbortSignal;
}

/** Records per table, by table name (every table of the database is listed, 0 included). */
export type TableCounts = Record<string, number>;

/** What a restore would do, table by table. */
export interface RestorePlan {
  /** Records whose id is not in the database yet. */
  add: TableCounts;
  /** Records whose id is there with other contents: the backup's version replaces it. */
  update: TableCounts;
  /** Records already there exactly as in the backup. */
  unchanged: TableCounts;
  /** Records in the file that will be restored. */
  total: number;
  /** Records in the file that break the rules and will be left out, by reason. */
  skipped: SkippedRows;
}

/** The dry run's answer. */
export type RestorePlanResult = { ok: true; plan: RestorePlan } | ({ ok: false } & RestoreRefusalDetail);

/** The restore's answer: records written, or why nothing was. */
export type RestoreResult =
  | { ok: true; written: number; skipped: SkippedRows }
  | ({ ok: false } & RestoreRefusalDetail)
  | { ok: false; reason: 'cancelled' }
  /** The database refused the writes (and rolled them back): `quota` when the disk is full, else the error's own words. */
  | { ok: false; reason: 'failed'; quota: boolean; detail: string };

/** Rows per read while exporting: small enough for a smooth progress bar and a quick cancel. */
const EXPORT_ROWS_PER_CHUNK = 1000;
/** Bytes of the file parsed per step while importing (the library's default is 1 MB). */
const IMPORT_BYTES_PER_CHUNK = 256 * 1024;

function abortError(): DOMException {
  return new DOMException('The operation was aborted.', 'AbortError');
}

/** True when the operation stopped because it was cancelled (DOMException is not an Error everywhere). */
function isAbort(error: unknown, signal: AbortSignal | undefined): boolean {
  return signal?.aborted === true || (typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError');
}

/** The file name of a backup made on `date` (local day): 讲话提纲助手-备份-2026-11-27.json. */
export function backupFileName(date: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `讲话提纲助手-备份-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.json`;
}

/**
 * Exports every table to a JSON Blob. Reads in one read-only transaction, so the
 * file is a consistent snapshot. Rejects with an AbortError when `signal` aborts.
 */
export async function backupDatabase(db: Dexie, { onProgress, signal }: BackupOptions = {}): Promise<Blob> {
  if (signal?.aborted) throw abortError();
  const exported = await exportDB(db, {
    // The search posting lists are derived from the notes: rebuilt, never carried.
    skipTables: [...DERIVED_TABLES],
    numRowsPerChunk: EXPORT_ROWS_PER_CHUNK,
    progressCallback: (p) => {
      // Throwing here aborts the export's transaction; nothing was written anyway.
      if (signal?.aborted && !p.done) throw abortError();
      onProgress?.({ done: p.completedRows, total: p.totalRows ?? 0 });
      return true;
    },
  });
  if (signal?.aborted) throw abortError();
  return new Blob([exported], { type: 'application/json' });
}

function emptyCounts(db: Dexie): TableCounts {
  return Object.fromEntries(db.tables.filter((t) => !DERIVED_TABLES.includes(t.name)).map((t) => [t.name, 0]));
}

/**
 * The dry run: reads and checks the file, compares its ids with the database and
 * says what `applyRestore` would do. Changes nothing.
 */
export async function planRestore(db: Dexie, blob: Blob): Promise<RestorePlanResult> {
  const file = await readBackupFile(db, blob);
  if (!file.ok) return file;
  const plan: RestorePlan = { add: emptyCounts(db), update: emptyCounts(db), unchanged: emptyCounts(db), total: 0, skipped: file.value.skipped };
  // One read transaction: the comparison sees one state of the database.
  await db.transaction('r', db.tables, async () => {
    for (const { table, rows } of file.value.tables) {
      const existing = await table.bulkGet(rows.map((row) => row.key));
      rows.forEach((row, i) => {
        const current = existing[i];
        const bucket = current === undefined ? plan.add : sameValue(row.value, current) ? plan.unchanged : plan.update;
        bucket[table.name] = (bucket[table.name] ?? 0) + 1;
      });
      plan.total += rows.length;
    }
  });
  return { ok: true, plan };
}

/**
 * Merges the file's good rows into the database by primary key: new ids are added,
 * known ids take the backup's version, nothing is deleted; rows that break the rules are left out and counted. The import runs in one read-write
 * transaction over all tables, so a cancel or an error rolls every write back.
 */
export async function applyRestore(db: Dexie, blob: Blob, { onProgress, signal }: BackupOptions = {}): Promise<RestoreResult> {
  const cancelled = (): RestoreResult => ({ ok: false, reason: 'cancelled' });
  if (signal?.aborted) return cancelled();
  // Checked again here: a restore must never start from an unchecked file.
  const file = await readBackupFile(db, blob);
  if (!file.ok) return file;
  if (signal?.aborted) return cancelled();
  let written = 0;
  try {
    // The import reads only the rows that passed the checks, never the file as given.
    await importInto(db, cleanBackupBlob(db, file.value), {
      overwriteValues: true, // merge: a known id takes the backup's version (bulkPut)
      clearTablesBeforeImport: false, // never: a restore deletes nothing
      noTransaction: false, // one rw transaction over db.tables: all or nothing
      acceptNameDiff: false,
      skipTables: [...DERIVED_TABLES],
      // An older schema's rows are taken as they are. A future migration that
      // reshapes records must also reshape them here (importInto's `transform`).
      acceptVersionDiff: file.value.databaseVersion < db.verno,
      chunkSizeBytes: IMPORT_BYTES_PER_CHUNK,
      progressCallback: (p) => {
        // Called inside the import's transaction before each chunk is written:
        // throwing aborts that transaction and IndexedDB rolls back every chunk.
        // The final call (done) comes after the commit, when it is too late to cancel.
        if (signal?.aborted && !p.done) throw abortError();
        written = p.completedRows;
        onProgress?.({ done: p.completedRows, total: p.totalRows ?? 0 });
        return true;
      },
    });
  } catch (error) {
    if (isAbort(error, signal)) return cancelled();
    return { ok: false, reason: 'failed', quota: isQuotaError(error), detail: error instanceof Error ? error.message : String(error) };
  }
  return { ok: true, written, skipped: file.value.skipped };
}

/** Structural equality of two stored records (plain JSON-like data, as this database holds). */
function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  const rb = b as Record<string, unknown>;
  return ka.every((k) => Object.prototype.hasOwnProperty.call(rb, k) && sameValue((a as Record<string, unknown>)[k], rb[k]));
}
