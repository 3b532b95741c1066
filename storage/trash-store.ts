/**
 * The 回收站: deleted notes wait here until the reader restores them or empties
 * it. Nothing here runs on its own — there is no automatic purge; a note leaves
 * the 回收站 only by `restoreFromTrash` or by the reader's `purgeTrash`.
 */
import type { Annotation, PageRecord } from '../core/annotation-types.ts';
import { LIMITS } from '../protocol/annotation-checks.ts';
import type { TrashList } from '../protocol/annotation-wire.ts';
import type { SpeechOutlineDB, TrashedRecord } from './db.ts';
import { withoutSearchFields } from './search-fields.ts';

/** Most notes one 回收站 listing returns (the reader sees the total beside it). */
export const TRASH_LIST_LIMIT = LIMITS.trashIds;

function withoutTrashFields({ deletedAt: _deletedAt, ...stored }: TrashedRecord): Annotation {
  return withoutSearchFields(stored);
}

/** The 回收站, newest deletion first (at most `limit`), with the notes' pages for their titles. */
export async function listTrash(db: SpeechOutlineDB, limit = TRASH_LIST_LIMIT): Promise<TrashList> {
  const [rows, total] = await Promise.all([db.trash.orderBy('deletedAt').reverse().limit(limit).toArray(), db.trash.count()]);
  const urls = [...new Set(rows.map((r) => r.url))];
  const pages = (await db.pages.bulkGet(urls)).filter((p) => p !== undefined).map((p) => withoutSearchFields<PageRecord>(p));
  return { items: rows.map((r) => ({ annotation: withoutTrashFields(r), deletedAt: r.deletedAt })), pages, total };
}

/** The trashed note `id` as it was deleted (search fields stripped), or null. */
export async function getTrashed(db: SpeechOutlineDB, id: string): Promise<Annotation | null> {
  const row = await db.trash.get(id);
  return row ? withoutTrashFields(row) : null;
}

/**
 * Puts a trashed note back among the notes, exactly as it was (its search tokens
 * too, so search finds it again at once) and returns it; null when the 回收站 has
 * no such note. Should the note exist again meanwhile (a backup restored it), the
 * live copy wins and the trashed one is dropped, so a note is never in both.
 */
export async function restoreFromTrash(db: SpeechOutlineDB, id: string): Promise<Annotation | null> {
  return db.transaction('rw', db.annotations, db.trash, async () => {
    const row = await db.trash.get(id);
    if (!row) return null;
    const live = await db.annotations.get(id);
    const { deletedAt: _deletedAt, ...stored } = row;
    if (!live) await db.annotations.put(stored);
    await db.trash.delete(id);
    return withoutSearchFields(live ?? stored);
  });
}

/** Removes the given notes from the 回收站 for good (the reader confirmed it); replies how many were there. */
export async function purgeTrash(db: SpeechOutlineDB, ids: readonly string[]): Promise<number> {
  return db.transaction('rw', db.trash, async () => {
    const present = (await db.trash.bulkGet([...ids])).filter((r) => r !== undefined).map((r) => r.id);
    await db.trash.bulkDelete(present);
    return present.length;
  });
}
