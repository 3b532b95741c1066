
/**
 * Storage failures by kind, so the caller can word them: a full disk must
 * never lose a note silently, and the reader is told it is the disk.
 */

function nameOf(e: unknown): string | undefined {
  return typeof e === 'object' && e !== null && typeof (e as { name?: unknown }).name === 'string' ? (e as { name: string }).name : undefined;
}

/** True for IndexedDB's and Dexie's quota errors, also when wrapped in an AbortError. */
export function isQuotaError(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 4; depth++) {
    if (nameOf(e) === 'QuotaExceededError') return true;
    e = (e as { inner?: unknown }).inner;
  }
  return false;
}
