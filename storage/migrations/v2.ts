/**
 * Version 2: full-text search (issue #6). Notes, saved outlines and pages get
 * `tokens` (jieba's search-mode words, multi-entry: one index entry per word)
 * and `indexedWith` (which tokenizer made them: see storage/search-fields.ts).
 *
 * jieba is WebAssembly and an upgrade transaction cannot await it (IndexedDB
 * commits a transaction as soon as it waits on anything else), so the upgrade
 * only marks every record as waiting (`indexedWith: 0`, no tokens); the
 * background fills the tokens after start-up, in batches.
 */
import type { Transaction } from 'dexie';
import { INDEX_PENDING } from '../search-fields.ts';

export const V2_STORES = {
  pages: 'url, *tokens, indexedWith',
  annotations: 'id, url, updatedAt, kind, color, *tags, *tokens, indexedWith',
  outlines: 'id, url, savedAt, *tokens, indexedWith',
  settings: 'key',
} as const;

/** The tables whose records v2 makes searchable. */
export const V2_SEARCHABLE_TABLES = ['annotations', 'outlines', 'pages'] as const;

/** Marks every existing record as not indexed yet; changes nothing else. */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  for (const name of V2_SEARCHABLE_TABLES) {
    await tx.table(name).toCollection().modify((record: { tokens?: string[]; indexedWith?: number }) => {
      record.tokens = [];
      record.indexedWith = INDEX_PENDING;
    });
  }
}
