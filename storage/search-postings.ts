/**
 * The notes' posting lists (schema v4): for each search token one row holding
 * the packed, sorted ordinals of the notes whose `tokens` carry it, and for
 * each note one row mapping its ordinal to its id. A note's ordinal follows
 * its recency (ordinals ascend with `updatedAt`, ties by id), so the newest
 * matches of a query are the last ordinals of the intersection: a common word
 * (落实, thousands of notes) costs one row read per query word instead of a
 * walk over thousands of index keys and the 2,000 newest notes.
 *
 * The lists mirror the `*tokens` index exactly and are derived data: a
 * Dexie middleware keeps them in step with every write to `annotations`
 * (store functions, the indexer, modify(), a backup restore, an upgrade) in
 * the writing transaction itself, so they can never disagree with a committed
 * note. When they are missing (a database older than v4 the upgrade could not
 * fill), of another format, or out of recency order (a restore brought older
 * notes back), the next query rebuilds them from the notes' own tokens.
 * Nothing here ever changes a note.
 *
 * Besides the words, each note is listed under facet keys (format 2): its
 * kind, colour, tags, site and index state. A filtered search then narrows
 * by intersecting one more list instead of reading every matching note's id,
 * and a query learns whether any note still waits for the indexer from a
 * list's length instead of scanning the `indexedWith` index (whose range of
 * deleted entries — every note's former state — is slow to walk).
 */
import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, DBCoreTransaction, Middleware, Table } from 'dexie';
import type { SearchFields } from './search-fields.ts';
import { siteOf } from './note-site.ts';

/** The table of posting lists, by token. */
export const POSTINGS_TABLE = 'postings';
/** The table mapping a note's ordinal to its id (and back, by the unique `id` index). */
export const POSTING_NOTES_TABLE = 'postingNotes';
/** Derived tables: never backed up, never restored, rebuilt from the notes when in doubt. */
export const DERIVED_TABLES: readonly string[] = [POSTINGS_TABLE, POSTING_NOTES_TABLE];

/** The key of the one row that describes the lists (no tokenizer makes an empty token). */
const META_KEY = '';
/** Bumped when the rows' shape changes: lists of another format are rebuilt (2: facet lists). */
const FORMAT = 2;

/** Starts every facet key; no tokenizer makes a token with a control character, and query words that start with it are ignored. */
const FACET = '\u0000';

/** The facet keys a note is listed under, by what the search filters name. */
export const facetKey = {
  kind: (kind: string) => `${FACET}kind:${kind}`,
  color: (color: string) => `${FACET}color:${color}`,
  tag: (tag: string) => `${FACET}tag:${tag}`,
  site: (site: string) => `${FACET}site:${site}`,
  /** Notes in this index state (search-fields.ts: pending, n-gram, jieba); a note without the field is pending. */
  state: (state: number) => `${FACET}state:${state}`,
} as const;

/** True for keys that are not words: the meta row's and the facets'. */
export function isReservedKey(token: string): boolean {
  return token === META_KEY || token.startsWith(FACET);
}

/** How far the lists can be trusted. */
export interface PostingMeta {
  format: number;
  /** The ordinal the next changed note gets. */
  nextOrd: number;
  /** The newest `updatedAt` given an ordinal so far. */
  maxUpdatedAt: number;
  /** Ordinals given out of recency order (a note restored from the 回收站 keeps its older updatedAt): a query ranks them besides the newest ordinals. */
  outOfOrder: number[];
  /** False once too many notes are out of order (a backup restore): the next query rebuilds. */
  ordered: boolean;
}

/** More notes out of recency order than this and the lists are rebuilt instead. */
const MAX_OUT_OF_ORDER = 500;

/** One token's notes: ordinals, ascending. The row under META_KEY carries `meta` instead. */
export interface PostingRow {
  token: string;
  ords: Uint32Array;
  meta?: PostingMeta;
}

/** One note's place in the lists. */
export interface PostingNote {
  ord: number;
  id: string;
  updatedAt: number;
}

/** What of a note the lists depend on. */
type IndexedNote = { id: string; updatedAt: number; kind?: string; color?: string; tags?: string[]; url?: string } & SearchFields;

/** Every key a note is listed under: its words, then its facets. */
export function postingKeysOf(note: IndexedNote | undefined): string[] {
  if (!note) return [];
  const keys = note.tokens?.filter((t) => !isReservedKey(t)) ?? [];
  keys.push(facetKey.state(note.indexedWith ?? 0));
  if (note.kind) keys.push(facetKey.kind(note.kind));
  if (note.color) keys.push(facetKey.color(note.color));
  for (const tag of note.tags ?? []) keys.push(facetKey.tag(tag));
  if (typeof note.url === 'string') keys.push(facetKey.site(siteOf(note.url)));
  return keys;
}

/** Recency order: older first, ties by id (as the `updatedAt` index orders them). */
function byRecency(a: IndexedNote, b: IndexedNote): number {
  return a.updatedAt - b.updatedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The three tables a rebuild reads and writes (a Dexie transaction's or the upgrade's). */
export interface PostingTables {
  annotations: Table;
  postings: Table;
  postingNotes: Table;
}

/** Rebuilds every list from the notes' stored tokens, in the caller's read-write transaction. */
export async function rebuildPostings({ annotations, postings, postingNotes }: PostingTables): Promise<void> {
  const notes = ((await annotations.toArray()) as IndexedNote[]).sort(byRecency);
  const lists = new Map<string, number[]>();
  notes.forEach((note, ord) => {
    for (const token of new Set(postingKeysOf(note))) {
      const list = lists.get(token);
      if (list) list.push(ord);
      else lists.set(token, [ord]);
    }
  });
  const meta: PostingMeta = { format: FORMAT, nextOrd: notes.length, maxUpdatedAt: notes.at(-1)?.updatedAt ?? 0, outOfOrder: [], ordered: true };
  await postings.clear();
  await postingNotes.clear();
  await postingNotes.bulkPut(notes.map((n, ord): PostingNote => ({ ord, id: n.id, updatedAt: n.updatedAt })));
  const rows: PostingRow[] = [...lists].map(([token, ords]) => ({ token, ords: Uint32Array.from(ords) }));
  await postings.bulkPut([{ token: META_KEY, ords: new Uint32Array(0), meta }, ...rows]);
}

/** True when the lists exist in this format and in recency order (else rebuildPostings first). */
export async function postingsUsable(postings: Table): Promise<boolean> {
  return (await usableMeta(postings)) !== null;
}

/** The lists' description when they can be used, else null. */
export async function usableMeta(postings: Table): Promise<PostingMeta | null> {
  const meta = ((await postings.get(META_KEY)) as PostingRow | undefined)?.meta;
  return meta !== undefined && meta.format === FORMAT && meta.ordered ? meta : null;
}

/** What one read of the lists gives: their description (null when unusable: rebuildPostings first) and the lists asked for. */
export interface PostingRead {
  meta: PostingMeta | null;
  /** The ordinals under each key asked for, in the order asked (undefined: no note carries it). */
  lists: Array<Uint32Array | undefined>;
}

/** The lists' description and the lists under `keys`, in one request (a query's words, facets and states together). */
export async function readPostings(postings: Table, keys: readonly string[]): Promise<PostingRead> {
  const rows = (await postings.bulkGet([META_KEY, ...keys])) as Array<PostingRow | undefined>;
  const meta = rows[0]?.meta;
  const lists = rows.slice(1).map((r, i) => (keys[i] === META_KEY ? undefined : r?.ords));
  return { meta: meta !== undefined && meta.format === FORMAT && meta.ordered ? meta : null, lists };
}

/** Ordinals (ascending) of the notes carrying every one of `tokens`; shortest list first, stops when empty. */
export async function ordsWithAll(postings: Table, tokens: readonly string[]): Promise<Uint32Array> {
  if (tokens.length === 0 || tokens.some(isReservedKey)) return new Uint32Array(0);
  const rows = (await postings.bulkGet([...tokens])) as Array<PostingRow | undefined>;
  return intersectAll(rows.map((r) => r?.ords));
}

/** The common values of ascending lists, shortest first (a missing list is empty; no lists, nothing). */
export function intersectAll(lists: ReadonlyArray<Uint32Array | undefined>): Uint32Array {
  if (lists.length === 0 || lists.some((l) => l === undefined)) return new Uint32Array(0);
  const sorted = (lists as Uint32Array[]).slice().sort((a, b) => a.length - b.length);
  let result = sorted[0]!;
  for (const other of sorted.slice(1)) {
    if (result.length === 0) break;
    result = intersectSorted(result, other);
  }
  return result;
}

/** The common values of two ascending lists (the shorter one walked, the longer one searched by galloping). */
export function intersectSorted(short: Uint32Array, long: Uint32Array): Uint32Array {
  const out = new Uint32Array(Math.min(short.length, long.length));
  let n = 0;
  let at = 0;
  for (const value of short) {
    // Gallop: double the step until past `value`, then binary-search the last step.
    let step = 1;
    let hi = at;
    while (hi < long.length && long[hi]! < value) {
      at = hi;
      hi += step;
      step *= 2;
    }
    let lo = at;
    hi = Math.min(hi, long.length);
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (long[mid]! < value) lo = mid + 1;
      else hi = mid;
    }
    at = lo;
    if (at >= long.length) break;
    if (long[at] === value) out[n++] = value;
  }
  return out.slice(0, n);
}

/** The union of two ascending lists, ascending, without duplicates. */
export function unionSorted(a: Uint32Array, b: Uint32Array): Uint32Array {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  const out = new Uint32Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length || j < b.length) {
    const x = i < a.length ? a[i]! : Infinity;
    const y = j < b.length ? b[j]! : Infinity;
    const v = Math.min(x, y);
    out[n++] = v;
    if (x === v) i++;
    if (y === v) j++;
  }
  return out.slice(0, n);
}

// ---- keeping the lists in step with every write (a DBCore middleware) ----

/** A note's state before and after one write request. */
interface NoteChange {
  id: string;
  before: IndexedNote | undefined;
  after: IndexedNote | undefined;
}

function sameTokens(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const set = new Set(a);
  return b.every((t) => set.has(t));
}

/** True when the transaction can write the lists (an upgrade from before v4 cannot: they come with v4's upgrade). */
function holdsPostings(trans: DBCoreTransaction): boolean {
  const names = (trans as unknown as IDBTransaction).objectStoreNames;
  return names !== undefined && names.contains(POSTINGS_TABLE) && names.contains(POSTING_NOTES_TABLE);
}

/** Applies the notes' changes to the lists, inside the writing transaction. */
async function indexChanges(down: DBCore, trans: DBCoreTransaction, changes: NoteChange[]): Promise<void> {
  if (changes.length === 0 || !holdsPostings(trans)) return;
  const postings = down.table(POSTINGS_TABLE);
  const notesTable = down.table(POSTING_NOTES_TABLE);
  const metaRow = (await postings.get({ trans, key: META_KEY })) as PostingRow | undefined;
  const meta = metaRow?.meta;
  // Lists that a query will rebuild anyway are not worth keeping up.
  if (!meta || meta.format !== FORMAT || !meta.ordered) return;
  const idIndex = notesTable.schema.getIndexByKeyPath('id')!;
  const placed = await Promise.all(
    changes.map(async ({ id }) => {
      const found = await notesTable.query({ trans, values: true, limit: 1, query: { index: idIndex, range: { type: 1, lower: id, upper: id } } });
      return found.result[0] as PostingNote | undefined;
    }),
  );
  const adds = new Map<string, number[]>();
  const removes = new Map<string, Set<number>>();
  const add = (token: string, ord: number) => (adds.get(token) ?? adds.set(token, []).get(token)!).push(ord);
  const remove = (token: string, ord: number) => (removes.get(token) ?? removes.set(token, new Set()).get(token)!).add(ord);
  const noteDeletes: number[] = [];
  const notePuts: PostingNote[] = [];
  const next: PostingMeta = { ...meta, outOfOrder: [...meta.outOfOrder] };
  changes.forEach(({ id, before, after }, i) => {
    const old = placed[i];
    const was = old ? postingKeysOf(before) : [];
    const now = postingKeysOf(after);
    if (old && after && after.updatedAt === old.updatedAt) {
      // Same recency: the ordinal stays, only the tokens that changed move.
      if (sameTokens(was, now)) return;
      const keep = new Set(now);
      const had = new Set(was);
      for (const t of had) if (!keep.has(t)) remove(t, old.ord);
      for (const t of keep) if (!had.has(t)) add(t, old.ord);
      return;
    }
    if (old) {
      for (const t of new Set(was)) remove(t, old.ord);
      noteDeletes.push(old.ord);
    }
    if (!after) return;
    const ord = next.nextOrd++;
    if (after.updatedAt < next.maxUpdatedAt) next.outOfOrder.push(ord);
    next.maxUpdatedAt = Math.max(next.maxUpdatedAt, after.updatedAt);
    for (const t of new Set(now)) add(t, ord);
    notePuts.push({ ord, id, updatedAt: after.updatedAt });
  });
  if (noteDeletes.length > 0 && next.outOfOrder.length > 0) {
    const gone = new Set(noteDeletes);
    next.outOfOrder = next.outOfOrder.filter((o) => !gone.has(o));
  }
  if (next.outOfOrder.length > MAX_OUT_OF_ORDER) next.ordered = false;
  if (!next.ordered) {
    // Out of recency order: say so and leave the rest to the next query's rebuild.
    await postings.mutate({ trans, type: 'put', values: [{ token: META_KEY, ords: new Uint32Array(0), meta: next }] });
    return;
  }
  const tokens = [...new Set([...adds.keys(), ...removes.keys()])];
  const rows = (await postings.getMany({ trans, keys: tokens })) as Array<PostingRow | undefined>;
  const puts: PostingRow[] = [{ token: META_KEY, ords: new Uint32Array(0), meta: next }];
  const emptied: string[] = [];
  tokens.forEach((token, i) => {
    const gone = removes.get(token);
    const kept = gone ? Array.from(rows[i]?.ords ?? []).filter((o) => !gone.has(o)) : Array.from(rows[i]?.ords ?? []);
    const merged = Uint32Array.from([...kept, ...(adds.get(token) ?? [])]).sort();
    if (merged.length === 0) emptied.push(token);
    else puts.push({ token, ords: merged });
  });
  if (noteDeletes.length > 0) await notesTable.mutate({ trans, type: 'delete', keys: noteDeletes });
  if (notePuts.length > 0) await notesTable.mutate({ trans, type: 'put', values: notePuts });
  if (emptied.length > 0) await postings.mutate({ trans, type: 'delete', keys: emptied });
  await postings.mutate({ trans, type: 'put', values: puts });
}

/** Runs one write to `annotations` and mirrors it into the lists. */
async function mutateAndIndex(down: DBCore, table: DBCoreTable, req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
  const { trans } = req;
  const extract = table.schema.primaryKey.extractKey!;
  const keys: unknown[] =
    req.type === 'deleteRange'
      ? (await table.query({ trans, values: false, query: { index: table.schema.primaryKey, range: req.range } })).result
      : req.type === 'delete'
        ? req.keys
        : (req.keys ?? req.values.map(extract));
  const before = req.type === 'add' ? [] : ((await table.getMany({ trans, keys })) as Array<IndexedNote | undefined>);
  const response = await table.mutate(req);
  // One request may name a note twice: its first state before, its last after.
  const changes = new Map<string, NoteChange>();
  keys.forEach((key, i) => {
    if (response.failures[i]) return;
    const id = String(key);
    const after = req.type === 'add' || req.type === 'put' ? (req.values[i] as IndexedNote) : undefined;
    const known = changes.get(id);
    if (known) known.after = after;
    else changes.set(id, { id, before: before[i], after });
  });
  await indexChanges(down, trans, [...changes.values()]);
  return response;
}

/**
 * The middleware that keeps the lists in step: every read-write transaction
 * over `annotations` also takes the two list tables (so any writer — a store
 * function, importInto, modify() — updates them in the same commit), and
 * every write to `annotations` is followed by its list changes. Writes within
 * one transaction are mirrored one after another, so ordinals never collide.
 */
export const postingsMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'SearchPostings',
  // Below Dexie's own middlewares (cache, observability: they read Dexie's zone, which is gone after our awaits): right on IndexedDB.
  level: -2,
  create(down) {
    const queued = new WeakMap<DBCoreTransaction, Promise<unknown>>();
    return {
      ...down,
      transaction(stores, mode, options) {
        const widened = mode === 'readwrite' && stores.includes('annotations') && down.schema.tables.some((t) => t.name === POSTINGS_TABLE) ? [...new Set([...stores, ...DERIVED_TABLES])] : stores;
        return down.transaction(widened, mode, options);
      },
      table(name) {
        const table = down.table(name);
        if (name !== 'annotations') return table;
        return {
          ...table,
          mutate(req) {
            const run = () => mutateAndIndex(down, table, req);
            const previous = queued.get(req.trans);
            const result = previous ? previous.then(run, run) : run();
            queued.set(req.trans, result.catch(() => undefined));
            return result;
          },
        };
      },
    };
  },
};
