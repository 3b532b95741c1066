/**
 * Answers a search from the `*tokens` index: the query's words are looked up
 * (AND: a record must carry every word), the few candidates are read and
 * ranked (storage/search-rank.ts), filters apply. Each record is queried with
 * the tokenizer that indexed it: jieba's words for jieba-indexed records,
 * n-grams for those the fallback indexed; records still waiting for the
 * indexer are scanned as plain text, so a search never misses a fresh note.
 */
import type { Table } from 'dexie';
import type { Annotation, PageRecord, SavedOutline } from '../core/annotation-types.ts';
import type { OutlinePoint } from '../core/types.ts';
import { buildRankQuery, FIELD_WEIGHTS, matchField, recencyBonus, type RankQuery } from './search-rank.ts';
import type { AnnotationHit, OutlineHit, PageHit, PointMatch, SearchFilters, SearchHit, SearchResults } from '../protocol/search-types.ts';
import { siteOf } from './note-site.ts';
import type { SpeechOutlineDB } from './db.ts';
import {
  facetKey, intersectAll, isReservedKey, postingsUsable, readPostings, rebuildPostings, unionSorted, usableMeta, type PostingMeta, type PostingNote,
} from './search-postings.ts';
import {
  annotationSearchTexts, INDEX_JIEBA, INDEX_NGRAM, INDEX_PENDING, outlineSearchTexts, pageSearchTexts, withoutSearchFields,
  type IndexState, type SearchFields,
} from './search-fields.ts';

/** The query cut by both tokenizers. */
export interface QueryTokens {
  /** jieba's words of the query (default mode, normalised); null when jieba could not answer. */
  jieba: string[] | null;
  /** The n-gram fallback's search-mode tokens of the query. */
  ngram: string[];
}

/** One search. */
export interface SearchRequest {
  q: string;
  filters: SearchFilters;
  limit: number;
  /** Clock for the recency bonus. */
  now?: number;
}

/** Most points listed under one outline hit. */
const POINTS_PER_OUTLINE = 5;

/**
 * Most notes read and ranked per query. Reading a record costs far more than
 * finding its key, so a common word (落实: a fifth of all notes) ranks the most
 * recently changed matches only (the last ordinals of its posting list, see
 * storage/search-postings.ts); `total` still counts them all.
 */
export const MAX_RANKED_NOTES = 100;

type Key = string;

/** The words a record must all carry: those of two characters or more, or, when the query has none, its single characters. */
export function andTokens(tokens: readonly string[]): string[] {
  const unique = [...new Set(tokens)];
  const long = unique.filter((t) => [...t].length >= 2);
  return long.length > 0 ? long : unique;
}

/** Primary keys of the records whose `tokens` hold every one of `tokens` (none for no tokens). */
async function keysWithAll(table: Table, tokens: readonly string[]): Promise<Set<Key>> {
  if (tokens.length === 0) return new Set();
  const lists = await Promise.all(tokens.map((t) => table.where('tokens').equals(t).primaryKeys()));
  lists.sort((a, b) => a.length - b.length);
  let keys = new Set(lists[0]);
  for (const list of lists.slice(1)) {
    if (keys.size === 0) break;
    const other = new Set(list);
    keys = new Set([...keys].filter((k) => other.has(k)));
  }
  return keys as Set<Key>;
}

/** Keys of records in index state `state` whose searchable text contains the whole query (a linear scan). */
async function scanKeys<T>(table: Table, state: IndexState, texts: (r: T) => string[], phrase: string): Promise<Set<Key>> {
  if (!phrase) return new Set();
  const keys: Key[] = await table
    .where('indexedWith')
    .equals(state)
    .filter((r: T & SearchFields) => texts(r).some((t) => t.toLowerCase().includes(phrase)))
    .primaryKeys();
  return new Set(keys);
}

async function hasState(table: Table, state: IndexState): Promise<boolean> {
  return (await table.where('indexedWith').equals(state).limit(1).primaryKeys()).length > 0;
}

/** Candidate keys of one table: index lookups for indexed records, a scan for the rest. */
// Dexie's untyped Table: the three tables share only the index fields used here.
async function candidates<T>(table: Table, texts: (r: T) => string[], tokens: QueryTokens, phrase: string): Promise<Set<Key>> {
  const found = new Set<Key>();
  const add = (keys: Set<Key>) => keys.forEach((k) => found.add(k));
  const jiebaWords = tokens.jieba ? andTokens(tokens.jieba) : [];
  const [anyPending, anyJieba, anyNgram] = await Promise.all([hasState(table, INDEX_PENDING), hasState(table, INDEX_JIEBA), hasState(table, INDEX_NGRAM)]);
  const lookups: Array<Promise<Set<Key>>> = anyPending ? [scanKeys(table, INDEX_PENDING, texts, phrase)] : [];
  // jieba keeps a single character as a token only when it stands alone, so single-character queries are scanned.
  if (anyJieba) lookups.push(jiebaWords.some((w) => [...w].length >= 2) ? keysWithAll(table, jiebaWords) : scanKeys(table, INDEX_JIEBA, texts, phrase));
  if (anyNgram) lookups.push(keysWithAll(table, andTokens(tokens.ngram)));
  for (const keys of await Promise.all(lookups)) add(keys);
  return found;
}

/** The posting lists, rebuilt first when missing, of another format or out of recency order. */
async function ensurePostings(db: SpeechOutlineDB): Promise<PostingMeta> {
  const meta = await usableMeta(db.postings);
  if (meta) return meta;
  return db.transaction('rw', db.annotations, db.postings, db.postingNotes, async () => {
    // Another query may have rebuilt them while this one waited for the transaction.
    if (!(await postingsUsable(db.postings))) await rebuildPostings({ annotations: db.annotations, postings: db.postings, postingNotes: db.postingNotes });
    return (await usableMeta(db.postings))!;
  });
}

/** Matching notes: ordinals found in the posting lists, and notes found by scanning their text (id → updatedAt). */
interface NoteMatches {
  /** Ordinals of the index lookups, ascending (= oldest first), in the order the lookups were made. */
  lookups: Uint32Array[];
  /** Notes found by scanning, in primary-key order. */
  scanned: Map<Key, number>;
  /** Ordinals given out of recency order (storage/search-postings.ts). */
  outOfOrder: readonly number[];
}

/** Notes in index state `state` whose searchable text contains the whole query and that pass the filters, with their updatedAt. */
async function scanNotes(db: SpeechOutlineDB, state: IndexState, phrase: string, filters: SearchFilters): Promise<Map<Key, number>> {
  const into = new Map<Key, number>();
  if (!phrase) return into;
  await db.annotations
    .where('indexedWith')
    .equals(state)
    .filter((a) => annotationSearchTexts(a).some((t) => t.toLowerCase().includes(phrase)) && passes(a, filters))
    .each((a) => void into.set(a.id, a.updatedAt));
  return into;
}

/** The facet lists a note must be in to pass the filters (storage/search-postings.ts). */
function filterKeys(filters: SearchFilters): string[] {
  const keys: string[] = [];
  if (filters.kind) keys.push(facetKey.kind(filters.kind));
  if (filters.color) keys.push(facetKey.color(filters.color));
  if (filters.tag) keys.push(facetKey.tag(filters.tag));
  if (filters.site) keys.push(facetKey.site(filters.site));
  return keys;
}

/**
 * The notes' candidates, as `candidates` finds them for other tables, but
 * from the posting lists, read in one request: the query's words, the
 * filters' facets (intersected, so a filter costs no record reads) and the
 * index states (whether any note still waits to be scanned). Null when the
 * lists must be rebuilt first.
 */
async function noteMatches(db: SpeechOutlineDB, tokens: QueryTokens, phrase: string, filters: SearchFilters): Promise<NoteMatches | null> {
  const jiebaWords = tokens.jieba ? andTokens(tokens.jieba) : [];
  const ngramWords = andTokens(tokens.ngram);
  const facets = filterKeys(filters);
  const keys = [facetKey.state(INDEX_PENDING), facetKey.state(INDEX_NGRAM), facetKey.state(INDEX_JIEBA), ...facets, ...jiebaWords, ...ngramWords];
  const read = await readPostings(db.postings, keys);
  const { meta } = read;
  if (!meta) return null;
  const [pending, ngram, jieba] = read.lists.slice(0, 3).map((l) => (l?.length ?? 0) > 0);
  const facetLists = read.lists.slice(3, 3 + facets.length);
  const wordLists = (words: string[], from: number) => (words.some(isReservedKey) ? [undefined] : read.lists.slice(from, from + words.length));
  const narrow = (ords: Uint32Array) => (facets.length > 0 ? intersectAll([ords, ...facetLists]) : ords);
  const lookups: Uint32Array[] = [];
  const scans: Array<Promise<Map<Key, number>>> = pending ? [scanNotes(db, INDEX_PENDING, phrase, filters)] : [];
  // jieba keeps a single character as a token only when it stands alone, so single-character queries are scanned.
  if (jieba) {
    if (jiebaWords.some((w) => [...w].length >= 2)) lookups.push(narrow(intersectAll(wordLists(jiebaWords, 3 + facets.length))));
    else scans.push(scanNotes(db, INDEX_JIEBA, phrase, filters));
  }
  if (ngram) lookups.push(narrow(intersectAll(wordLists(ngramWords, 3 + facets.length + jiebaWords.length))));
  const scanned = await Promise.all(scans);
  // Pending notes first, then those scanned for a one-character word, as the old single Set named them.
  return { lookups, scanned: new Map(scanned.flatMap((m) => [...m])), outOfOrder: meta.outOfOrder };
}

/** Newest first; ties by id, descending (the `updatedAt` index read in reverse). */
function newestFirst(a: { id: Key; updatedAt: number }, b: { id: Key; updatedAt: number }): number {
  return b.updatedAt - a.updatedAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}

/**
 * The notes to read and rank, at most `cap` (the most recently changed), and
 * how many notes match in all (filters are already in `matches`: their
 * facet lists were intersected). Ordinals ascend with recency, so only the
 * last `cap` of them are looked up.
 */
async function pickNotes(db: SpeechOutlineDB, matches: NoteMatches, cap: number): Promise<{ ids: Key[]; total: number }> {
  const ords = matches.lookups.reduce(unionSorted, new Uint32Array(0));
  if (ords.length + matches.scanned.size <= cap) {
    // Every match by id, in the order the index and the scans name them.
    const notes = (await db.postingNotes.bulkGet([...ords])).filter(defined);
    const byOrd = new Map(notes.map((n) => [n.ord, n]));
    const inOrder: Key[] = [...matches.scanned.keys()];
    const seen = new Set(inOrder);
    for (const lookup of matches.lookups) {
      const ids = [...lookup].map((o) => byOrd.get(o)).filter(defined).map((n) => n.id).sort();
      for (const id of ids) if (!seen.has(id)) seen.add(id), inOrder.push(id);
    }
    return { ids: inOrder, total: inOrder.length };
  }
  // Only the newest `cap` in-order ordinals can be among the newest `cap` notes; out-of-order and scanned notes compete with them.
  const late = matches.outOfOrder.filter((o) => isIn(ords, o));
  const newestOrds = new Set([...ords.subarray(Math.max(0, ords.length - cap - late.length))]);
  for (const o of late) newestOrds.add(o);
  const top = (await db.postingNotes.bulkGet([...newestOrds])).filter(defined);
  const scannedIds = [...matches.scanned.keys()];
  const scannedInLists = new Set(scannedIds.length ? (await db.postingNotes.where('id').anyOf(scannedIds).toArray()).filter((n) => isIn(ords, n.ord)).map((n) => n.id) : []);
  const pool: Array<Pick<PostingNote, 'id' | 'updatedAt'>> = [...top];
  const seen = new Set(top.map((n) => n.id));
  for (const [id, updatedAt] of matches.scanned) if (!seen.has(id)) pool.push({ id, updatedAt });
  pool.sort(newestFirst);
  const total = ords.length + scannedIds.filter((id) => !scannedInLists.has(id)).length;
  return { ids: pool.slice(0, cap).map((n) => n.id), total };
}

/** True when the ascending list `ords` holds `ord`. */
function isIn(ords: Uint32Array, ord: number): boolean {
  let lo = 0;
  let hi = ords.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ords[mid]! < ord) lo = mid + 1;
    else hi = mid;
  }
  return ords[lo] === ord;
}

function defined<T>(v: T | undefined): v is T {
  return v !== undefined;
}

function rankAnnotation(a: Annotation, query: RankQuery, now: number): AnnotationHit {
  const quote = matchField(a.quote, query, FIELD_WEIGHTS.quote);
  const note = matchField(a.note, query, FIELD_WEIGHTS.note);
  const tagMatches = a.tags.map((t) => ({ tag: t, m: matchField(t, query, FIELD_WEIGHTS.tag) })).filter((x) => x.m.score > 0);
  const score = quote.score + note.score + tagMatches.reduce((s, x) => s + x.m.score, 0) + recencyBonus(a.updatedAt, now);
  return { type: 'annotation', score, annotation: a, spans: { quote: quote.spans, note: note.spans, tags: tagMatches.map((x) => x.tag) } };
}

function rankOutline(o: SavedOutline, query: RankQuery, now: number): OutlineHit {
  const points: Array<PointMatch & { score: number }> = [];
  const walk = (list: readonly OutlinePoint[]) => {
    for (const p of list) {
      const m = matchField(p.title, query, FIELD_WEIGHTS.point);
      if (m.score > 0) points.push({ marker: p.marker, title: p.title, spans: m.spans, score: m.score });
      walk(p.children);
    }
  };
  for (const s of o.outline.sections) walk(s.points);
  const best = points.reduce((m, p) => Math.max(m, p.score), 0);
  // More matching points count a little: an outline about the topic beats one passing mention.
  const score = best + Math.min(points.length - 1, 4) * 0.25 + recencyBonus(o.savedAt, now);
  return {
    type: 'outline', score, id: o.id, url: o.url, title: o.outline.title, savedAt: o.savedAt,
    points: points.slice(0, POINTS_PER_OUTLINE).map(({ score: _s, ...p }) => p),
  };
}

function rankPage(p: PageRecord, query: RankQuery, now: number): PageHit {
  const m = matchField(p.title, query, FIELD_WEIGHTS.title);
  return { type: 'page', score: m.score + recencyBonus(p.lastSeenAt, now), page: p, spans: m.spans };
}

/** True when `a` passes every given filter. */
function passes(a: Annotation, filters: SearchFilters): boolean {
  return (!filters.color || a.color === filters.color) && (!filters.kind || a.kind === filters.kind) && (!filters.tag || a.tags.includes(filters.tag)) && (!filters.site || siteOf(a.url) === filters.site);
}

/**
 * Searches notes, saved outlines and page titles. Filters of colour, kind and
 * tag are about notes, so with any of them only notes are returned; the site
 * filter applies to all three.
 */
export async function searchRecords(db: SpeechOutlineDB, request: SearchRequest, tokens: QueryTokens): Promise<SearchResults> {
  const query = buildRankQuery(request.q, tokens.jieba ?? []);
  const tokenizer = tokens.jieba ? 'jieba' : 'ngram';
  if (!query.phrase) return { hits: [], pages: [], total: 0, terms: [], tokenizer };
  // One read-only transaction: the lists, the index states and the notes as of one moment, while the indexer may be writing.
  const read = () => db.transaction('r', [db.annotations, db.postings, db.postingNotes, db.outlines, db.pages], () => searchSnapshot(db, request, tokens, query));
  for (let attempt = 0; attempt < 3; attempt++) {
    const found = await read();
    if (found) return { ...found, terms: query.terms, tokenizer };
    // The lists are missing, of another format or out of order: rebuilt in a read-write transaction, then read again.
    await ensurePostings(db);
  }
  throw new Error('search lists keep changing: try again');
}

/** The search inside one read-only transaction; null when the posting lists must be rebuilt first. */
async function searchSnapshot(db: SpeechOutlineDB, request: SearchRequest, tokens: QueryTokens, query: RankQuery): Promise<Omit<SearchResults, 'terms' | 'tokenizer'> | null> {
  const now = request.now ?? Date.now();
  const { filters } = request;
  const notesOnly = Boolean(filters.color || filters.kind || filters.tag);
  const inSite = (url: string) => !filters.site || siteOf(url) === filters.site;

  const [noteFound, outlineKeys, pageKeys] = await Promise.all([
    noteMatches(db, tokens, query.phrase, filters),
    notesOnly ? Promise.resolve(new Set<Key>()) : candidates(db.outlines, outlineSearchTexts, tokens, query.phrase),
    notesOnly ? Promise.resolve(new Set<Key>()) : candidates(db.pages, pageSearchTexts, tokens, query.phrase),
  ]);
  if (!noteFound) return null;
  const picked = await pickNotes(db, noteFound, MAX_RANKED_NOTES);
  const [notes, outlines, pageRecords] = await Promise.all([
    db.annotations.bulkGet(picked.ids),
    db.outlines.bulkGet([...outlineKeys]),
    db.pages.bulkGet([...pageKeys]),
  ]);

  const hits: SearchHit[] = [
    ...notes.filter(defined).map((a) => withoutSearchFields<Annotation>(a)).filter((a) => passes(a, filters)).map((a) => rankAnnotation(a, query, now)),
    ...outlines.filter(defined).map((o) => withoutSearchFields<SavedOutline>(o)).filter((o) => inSite(o.url)).map((o) => rankOutline(o, query, now)),
    ...pageRecords.filter(defined).map((p) => withoutSearchFields<PageRecord>(p)).filter((p) => inSite(p.url)).map((p) => rankPage(p, query, now)),
  ];
  hits.sort((a, b) => b.score - a.score);
  const shown = hits.slice(0, request.limit);
  const total = hits.length + Math.max(0, picked.total - MAX_RANKED_NOTES);
  const urls = [...new Set(shown.filter((h): h is AnnotationHit => h.type === 'annotation').map((h) => h.annotation.url))];
  const pages = (await db.pages.bulkGet(urls)).filter(defined).map((p) => withoutSearchFields<PageRecord>(p));
  return { hits: shown, pages, total };
}

/** The simplest correct answer, for the benchmark's baseline and tests: every note read and matched as a substring. */
export async function scanNotesBySubstring(db: SpeechOutlineDB, q: string): Promise<Annotation[]> {
  const needle = q.trim().toLowerCase();
  return (await db.annotations.toArray()).filter((a) => annotationSearchTexts(a).some((t) => t.toLowerCase().includes(needle)));
}
