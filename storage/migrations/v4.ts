/**
 * Version 4: posting lists for search (issue #14, speed). Two derived tables
 * (storage/search-postings.ts): `postings`, one row per token with the packed
 * ordinals of the notes carrying it, and `postingNotes`, ordinal ↔ note id.
 * No existing record changes. The upgrade fills the lists from the tokens the
 * notes already carry (no tokenizer needed, so it can run inside the upgrade
 * transaction); should it not, the first query rebuilds them.
 */
import type { Transaction } from 'dexie';
import { rebuildPostings } from '../search-postings.ts';
import { V3_STORES } from './v3.ts';

export const V4_STORES = {
  ...V3_STORES,
  postings: 'token',
  postingNotes: 'ord, &id',
} as const;

/** Builds the posting lists of the notes as they are; reads notes, writes only the new tables. */
export async function upgradeToV4(tx: Transaction): Promise<void> {
  await rebuildPostings({ annotations: tx.table('annotations'), postings: tx.table('postings'), postingNotes: tx.table('postingNotes') });
}
