/**
 * What every reply and every check is: `{ ok: true, value } | { ok: false, error }`,
 * never a thrown error, so a caller handles failure as ordinary data.
 */

/** A reply or a check's verdict. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/** A successful result. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** A failed result. */
export function fail<T = never>(error: string): Result<T> {
  return { ok: false, error };
}

/** True for a plain object (not null, not an array): what every message and record must be. */
export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Checks a reply's envelope (the value itself is the sender's business). */
export function isResult(v: unknown): v is Result<unknown> {
  if (!isRecord(v)) return false;
  return v.ok === true ? 'value' in v : v.ok === false && typeof v.error === 'string';
}
