/**
 * The extension's one database, on the extension's own origin: only the
 * background service worker and extension pages open it. A content script
 * must not (its IndexedDB belongs to the web page); it goes through messages.
 */
import { Dexie, type DexieOptions, type EntityTable } from 'dexie';
import type { Annotation, PageRecord, SavedOutline } from '../core/annotation-types.ts';
import { MIGRATIONS } from './migrations/index.ts';
import type { SearchFields } from './search-fields.ts';
import { postingsMiddleware, rebuildPostings, type PostingNote, type PostingRow } from './search-postings.ts';

/** The database's name in IndexedDB. */
export const DB_NAME = 'speech-outline';

/** A reader's preference or a flag the extension keeps, by key. */
export interface SettingRecord {
  key: string;
  value: unknown;
}

/** A deleted note as the 回收站 keeps it: the record as it was, and when it was deleted. */
export type TrashedRecord = Annotation & SearchFields & { deletedAt: number };

/** The schema: see storage/README.md. */
export class SpeechOutlineDB extends Dexie {
  // Stored records carry the search index's fields (schema v2); reads strip them (withoutSearchFields).
  pages!: EntityTable<PageRecord & SearchFields, 'url'>;
  annotations!: EntityTable<Annotation & SearchFields, 'id'>;
  outlines!: EntityTable<SavedOutline & SearchFields, 'id'>;
  settings!: EntityTable<SettingRecord, 'key'>;
  /** Deleted notes, whole (search fields included, so a restore is searchable at once), until the reader restores or purges them (schema v3). */
  trash!: EntityTable<TrashedRecord, 'id'>;
  /** Search posting lists, token → packed note ordinals (schema v4; derived from `annotations.tokens`, kept in step by postingsMiddleware). */
  postings!: EntityTable<PostingRow, 'token'>;
  /** Note ordinal ↔ id for the posting lists (schema v4; derived). */
  postingNotes!: EntityTable<PostingNote, 'ord'>;

  /** `options` lets tests hand in their own (fake) IndexedDB. */
  constructor(name: string = DB_NAME, options?: DexieOptions) {
    super(name, options);
    for (const step of MIGRATIONS) {
      const version = this.version(step.version).stores(step.stores);
      if (step.upgrade) version.upgrade(step.upgrade);
    }
    this.use(postingsMiddleware);
    // A new database starts with empty, usable posting lists (upgrades build theirs in migrations/v4.ts).
    this.on('populate', (tx) => rebuildPostings({ annotations: tx.table('annotations'), postings: tx.table('postings'), postingNotes: tx.table('postingNotes') }));
  }
}

let shared: SpeechOutlineDB | null = null;

/** The database of the running extension (created on first use). */
export function getDatabase(): SpeechOutlineDB {
  shared ??= new SpeechOutlineDB();
  return shared;
}
