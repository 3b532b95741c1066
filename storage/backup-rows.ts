/**
 * The rows of a backup file, one by one: a row is restored only when it passes
 * the same checks a message carrying it would (protocol/record-checks.ts), so
 * one hand-edited or damaged row is skipped and reported instead of reaching
 * every list that shows notes. Keys that would reach an object's prototype
 * (`__proto__`, `constructor`, `prototype`) are dropped while the file is
 * parsed and make their row unsafe; nothing downstream ever sees them.
 */
import { checkStoredAnnotation, checkStoredOutline, checkStoredPage, type RecordCheck, type RecordProblem } from '../protocol/record-checks.ts';
import { isRecord } from '../protocol/result.ts';

/** Why a row of the file was not restored. */
export type SkipReason = RecordProblem | 'unsafe';

/** Rows left out of a restore, counted by reason. */
export interface SkippedRows {
  total: number;
  byReason: Partial<Record<SkipReason, number>>;
}

/** A row's verdict: what to write (and compare with the database), or why not. */
export type RowVerdict = { ok: true; value: Record<string, unknown> } | { ok: false; reason: SkipReason };

/** Keys that would reach an object's prototype when assigned or walked. */
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** The objects of the last parse that held an unsafe key (the key itself is gone). */
export type TaintedObjects = WeakSet<object>;

/**
 * Parses JSON without ever creating an unsafe key: the reviver drops them and
 * remembers which object held one, so its row can be skipped as unsafe.
 */
export function parseJsonSafely(text: string): { value: unknown; tainted: TaintedObjects } {
  const tainted: TaintedObjects = new WeakSet();
  const value: unknown = JSON.parse(text, function (this: object, key, v: unknown) {
    if (UNSAFE_KEYS.has(key)) {
      tainted.add(this);
      return undefined;
    }
    return v;
  });
  return { value, tainted };
}

function holdsTainted(value: unknown, tainted: TaintedObjects): boolean {
  if (typeof value !== 'object' || value === null) return false;
  if (tainted.has(value)) return true;
  return Object.values(value).some((v) => holdsTainted(v, tainted));
}

/** The search index's fields a stored record may carry (storage/search-fields.ts); dropped when malformed, the indexer then redoes them. */
function searchFieldsOf(row: Record<string, unknown>): Record<string, unknown> {
  const { tokens, indexedWith } = row;
  const validTokens = Array.isArray(tokens) && tokens.every((t) => typeof t === 'string');
  if (validTokens && (indexedWith === 0 || indexedWith === 1 || indexedWith === 2)) return { tokens, indexedWith };
  return {};
}

type RowCheck = (row: Record<string, unknown>) => RecordCheck<object>;

const withSearchFields = (check: (v: unknown) => RecordCheck<object>): RowCheck => (row) => {
  const checked = check(row);
  return checked.ok ? { ok: true, value: { ...checked.value, ...searchFieldsOf(row) } } : checked;
};

/** Each known table's row check. A table without one (added later) keeps the old rule: an object with a valid key. */
const ROW_CHECKS: Record<string, RowCheck> = {
  annotations: withSearchFields(checkStoredAnnotation),
  pages: withSearchFields(checkStoredPage),
  outlines: withSearchFields(checkStoredOutline),
  settings: (row) =>
    typeof row.key === 'string' && row.key.length > 0 && row.key.length <= 200 && 'value' in row
      ? { ok: true, value: { key: row.key, value: row.value } }
      : { ok: false, problem: 'shape', error: 'setting has no key or value' },
};

function splitPath(path: string): string[] {
  return path.split('.').map((p) => p.replace(/~1/g, '.').replace(/~0/g, '~'));
}

/**
 * Undoes the exporter's (typeson's) `$types` tags on a row: `arrayNonindexKeys`
 * marks a plain array (nothing to undo), `undefined` a property whose value was
 * undefined. Returns null for any other tag (Date, Blob…: nothing this database writes).
 */
function untagged(row: Record<string, unknown>): Record<string, unknown> | null {
  const { $types: types, ...value } = row;
  if (types === undefined) return value;
  if (!isRecord(types)) return null;
  for (const [path, type] of Object.entries(types)) {
    if (type === 'arrayNonindexKeys') continue;
    if (type !== 'undefined') return null;
    const parts = splitPath(path);
    let target: unknown = value;
    for (const part of parts.slice(0, -1)) {
      target = isRecord(target) || Array.isArray(target) ? (Object.hasOwn(target, part) ? (target as Record<string, unknown>)[part] : undefined) : undefined;
    }
    if (!isRecord(target)) return null;
    target[parts.at(-1)!] = undefined;
  }
  return value;
}

/** True when a `$types` path walks through a prototype key: typeson would follow it out of the row. */
function hasUnsafeTypePath(row: Record<string, unknown>): boolean {
  const types = row.$types;
  return isRecord(types) && Object.keys(types).some((path) => splitPath(path).some((part) => UNSAFE_KEYS.has(part)));
}

/** Checks one row of table `tableName` from a file parsed with `parseJsonSafely`. */
export function checkBackupRow(tableName: string, row: Record<string, unknown>, tainted: TaintedObjects): RowVerdict {
  if (hasUnsafeTypePath(row) || holdsTainted(row, tainted)) return { ok: false, reason: 'unsafe' };
  const value = untagged(row);
  const check = ROW_CHECKS[tableName];
  if (!check) return value ? { ok: true, value } : { ok: false, reason: 'shape' };
  if (!value) return { ok: false, reason: 'shape' };
  const checked = check(value);
  return checked.ok ? { ok: true, value: checked.value as Record<string, unknown> } : { ok: false, reason: checked.problem };
}

/** An empty tally of skipped rows. */
export function noSkippedRows(): SkippedRows {
  return { total: 0, byReason: {} };
}

/** Counts one skipped row. */
export function countSkipped(skipped: SkippedRows, reason: SkipReason): void {
  skipped.total += 1;
  skipped.byReason[reason] = (skipped.byReason[reason] ?? 0) + 1;
}
