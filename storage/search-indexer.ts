/**
 * Fills and refreshes the search index's tokens outside any upgrade
 * transaction: reads a batch of records that need tokens, cuts their text
 * (jieba or the fallback, awaited freely), then writes the tokens in a short
 * transaction that first checks the text did not change meanwhile.
 */
import type { Table } from 'dexie';
import type { SpeechOutlineDB } from './db.ts';
import {
  annotationSearchTexts, buildSearchFields, INDEX_JIEBA, INDEX_PENDING, outlineSearchTexts, pageSearchTexts, searchTextKey,
  type IndexState, type SearchFields, type Tokenize,
} from './search-fields.ts';

/** How far indexing has come: records carrying tokens at least as good as the target, of all records. */
export interface IndexProgress {
  indexed: number;
  total: number;
}

/** Options of one indexing pass. */
export interface IndexPassOptions {
  /** The state records should reach: INDEX_JIEBA when jieba is ready, else INDEX_NGRAM. */
  target: IndexState;
  /** Records per read-tokenise-write round [200]. */
  batchSize?: number;
  /** Called after each batch. */
  onProgress?: (progress: IndexProgress) => void;
  /** Stops the pass between batches. */
  signal?: AbortSignal;
}

interface Searchable {
  name: 'annotations' | 'outlines' | 'pages';
  texts: (record: never) => string[];
}

/** The tables the index covers and what each record's searchable text is. */
const SEARCHABLE: readonly Searchable[] = [
  { name: 'annotations', texts: annotationSearchTexts },
  { name: 'outlines', texts: outlineSearchTexts },
  { name: 'pages', texts: pageSearchTexts },
];

// Dexie's untyped Table: the three tables share only the index fields used here.
function tableOf(db: SpeechOutlineDB, name: Searchable['name']): Table {
  return db.table(name);
}

/** Keys of records without index fields at all (restored from a version-1 backup): found by comparing counts, scanned only then. */
async function keysWithoutFields(table: Table): Promise<string[]> {
  const [all, marked] = await Promise.all([table.count(), table.where('indexedWith').between(INDEX_PENDING, INDEX_JIEBA, true, true).count()]);
  if (all === marked) return [];
  return table.filter((r: SearchFields) => r.indexedWith === undefined).primaryKeys() as Promise<string[]>;
}

/** Records indexed at least as well as `target`, and all records. */
export async function indexProgress(db: SpeechOutlineDB, target: IndexState): Promise<IndexProgress> {
  let indexed = 0;
  let total = 0;
  for (const { name } of SEARCHABLE) {
    const table = tableOf(db, name);
    const [done, all] = await Promise.all([table.where('indexedWith').between(target, INDEX_JIEBA, true, true).count(), table.count()]);
    indexed += done;
    total += all;
  }
  return { indexed, total };
}

/** True when some record needs tokens to reach `target`. */
export async function needsIndexing(db: SpeechOutlineDB, target: IndexState): Promise<boolean> {
  const { indexed, total } = await indexProgress(db, target);
  return indexed < total;
}

/**
 * Gives every record below `target` (or without index fields) tokens made by
 * `tokenize`, a batch at a time. Stops early when the tokenizer falls short of
 * the target (jieba failed mid-way: the next pass takes it up) or on `signal`.
 * Returns how many records were written.
 */
export async function indexPendingRecords(db: SpeechOutlineDB, tokenize: Tokenize, options: IndexPassOptions): Promise<number> {
  const { target, batchSize = 200, onProgress, signal } = options;
  let written = 0;
  for (const { name, texts } of SEARCHABLE) {
    const table = tableOf(db, name);
    const key = table.schema.primKey.keyPath as string;
    let unmarked = await keysWithoutFields(table);
    for (;;) {
      if (signal?.aborted) return written;
      let batch: Array<Record<string, unknown>>;
      if (unmarked.length > 0) {
        batch = (await table.bulkGet(unmarked.slice(0, batchSize))).filter((r) => r !== undefined);
        unmarked = unmarked.slice(batchSize);
      } else {
        batch = await table.where('indexedWith').below(target).limit(batchSize).toArray();
      }
      if (batch.length === 0) break;
      const planned = new Map<string, { text: string; fields: Required<SearchFields> }>();
      let fellShort = false;
      for (const record of batch) {
        const recordTexts = texts(record as never);
        const fields = await buildSearchFields(recordTexts, tokenize);
        if (fields.indexedWith < target) fellShort = true;
        planned.set(String(record[key]), { text: searchTextKey(recordTexts), fields });
      }
      await db.transaction('rw', table, async () => {
        const current = await table.bulkGet([...planned.keys()]);
        const updates = current
          .filter((r) => r !== undefined && planned.get(String(r[key]))?.text === searchTextKey(texts(r as never)))
          .map((r) => ({ key: r[key], changes: planned.get(String(r[key]))!.fields }));
        await table.bulkUpdate(updates);
        written += updates.length;
      });
      if (onProgress) onProgress(await indexProgress(db, target));
      if (fellShort) return written;
    }
  }
  return written;
}

/**
 * Marks every jieba-indexed record for re-indexing (the user's words changed,
 * so jieba now cuts differently and a query's words may not be among their
 * old tokens). Meanwhile they count as waiting, so a query scans their text
 * and finds them all the same.
 */
export async function markJiebaRecordsStale(db: SpeechOutlineDB): Promise<number> {
  let marked = 0;
  for (const { name } of SEARCHABLE) marked += await tableOf(db, name).where('indexedWith').equals(INDEX_JIEBA).modify({ indexedWith: INDEX_PENDING });
  return marked;
}
