/**
 * Version 3: the 回收站 (issue #14). A deleted note moves, whole, into its own
 * `trash` table instead of being removed. A separate table rather than a
 * `deletedAt` field on `annotations`: every existing query (the notes list, the
 * page's notes, filters, facets, the search index and its counts) keeps reading
 * `annotations` untouched and can never show a deleted note by forgetting a
 * filter. No existing record changes, so there is no upgrade function.
 *
 * `deletedAt` is indexed because the 回收站 lists newest deletion first.
 */
import { V2_STORES } from './v2.ts';

export const V3_STORES = {
  ...V2_STORES,
  trash: 'id, deletedAt',
} as const;
