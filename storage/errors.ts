/**
 * Storage failures as the reader should hear about them. A full disk must
 * never lose a note silently: the write fails with a message that says so.
 */
import { translate } from '../utils/i18n.ts';

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

/** The sentence a reply carries for a failed write: clear for a full disk, the error's own message otherwise. */
export function storageErrorMessage(error: unknown, language?: string): string {
  if (isQuotaError(error)) return translate('storageFull', [], language);
  return error instanceof Error ? error.message : String(error);
}
