/**
 * The posting lists are a shortcut, never a different answer: on 680 notes
 * cut from the real seed speech (kinds, colours, tags and five sites as a
 * reader makes them), every query and filter gives the hits, in the order and
 * with the count, that reading every note and checking it by hand gives.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Annotation } from '../../core/annotation-types.ts';
import { tokenizeNgrams } from '../../core/tokenize/ngram.ts';
import type { AnnotationHit, SearchFilters } from '../../protocol/search-types.ts';
import type { SpeechOutlineDB } from '../../storage/db.ts';
import { annotationSearchTexts, INDEX_JIEBA, INDEX_PENDING, pendingSearchFields, type SearchFields } from '../../storage/search-fields.ts';
import { andTokens, MAX_RANKED_NOTES, scanNotesBySubstring, searchRecords } from '../../storage/search-query.ts';
import { buildRankQuery, FIELD_WEIGHTS, matchField, recencyBonus } from '../../storage/search-rank.ts';
import { noteDrafts } from '../e2e/support/seed-notes.ts';
import { jiebaLoaded, jiebaSegmenter, searchSetup } from './search-fixtures.ts';

const NOW = Date.UTC(2025, 2, 1);
const MINUTE = 60_000;
const INDEXED = 660;
/** Saved after the indexer ran: still waiting, so found by scanning their text. */
const WAITING = 20;

type Stored = Annotation & SearchFields;

const segmenter = jiebaSegmenter();
let db: SpeechOutlineDB;

beforeAll(async () => {
  await jiebaLoaded(segmenter);
  const setup = searchSetup(segmenter);
  db = setup.db;
  const records = (from: number, count: number): Stored[] =>
    noteDrafts(from + count, 5)
      .slice(from)
      .map((d, i) => ({ ...d.annotation, id: `note-${String(from + i).padStart(4, '0')}`, createdAt: NOW - (from + i) * MINUTE, updatedAt: NOW - (from + i) * MINUTE, ...pendingSearchFields() }));
  await db.annotations.bulkPut(records(0, INDEXED));
  await setup.service.refresh();
  await db.annotations.bulkPut(records(INDEXED, WAITING));
  // A reader re-files one note: the facet lists must follow an edit that keeps every word.
  await db.annotations.update('note-0003', { kind: 'note', color: 'blue', tags: ['调研'] });
}, 120_000);

/** The answer worked out by hand: every note read, matched with its own stored tokens (or its text while waiting), filtered, the newest 100 ranked. */
async function searchByReadingEveryNote(q: string, filters: SearchFilters): Promise<{ ids: string[]; total: number }> {
  const cut = await segmenter.segment(q, 'default');
  const words = andTokens(cut.value);
  const query = buildRankQuery(q, cut.value);
  const notes = (await db.annotations.toArray()) as Stored[];
  const matching = notes.filter((n) => {
    const found = n.indexedWith === INDEX_JIEBA ? words.every((w) => n.tokens!.includes(w)) : annotationSearchTexts(n).some((t) => t.toLowerCase().includes(query.phrase));
    const site = new URL(n.url).hostname;
    return found && (!filters.kind || n.kind === filters.kind) && (!filters.color || n.color === filters.color) && (!filters.tag || n.tags.includes(filters.tag)) && (!filters.site || site === filters.site);
  });
  const newest = [...matching].sort((a, b) => b.updatedAt - a.updatedAt || (a.id < b.id ? 1 : -1)).slice(0, MAX_RANKED_NOTES);
  const score = (n: Stored) =>
    matchField(n.quote, query, FIELD_WEIGHTS.quote).score + matchField(n.note, query, FIELD_WEIGHTS.note).score + n.tags.reduce((s, t) => s + matchField(t, query, FIELD_WEIGHTS.tag).score, 0) + recencyBonus(n.updatedAt, NOW);
  const ranked = newest.map((n) => ({ id: n.id, score: score(n) })).sort((a, b) => b.score - a.score);
  return { ids: ranked.map((r) => r.id), total: matching.length };
}

async function searchThroughIndex(q: string, filters: SearchFilters): Promise<{ ids: string[]; total: number }> {
  const cut = await segmenter.segment(q, 'default');
  const result = await searchRecords(db, { q, filters, limit: 500, now: NOW }, { jieba: cut.value, ngram: tokenizeNgrams(q, 'search') });
  const notes = result.hits.filter((h): h is AnnotationHit => h.type === 'annotation');
  return { ids: notes.map((h) => h.annotation.id), total: result.total - (result.hits.length - notes.length) };
}

const QUERIES = ['党委办公厅', '落实', '调查研究', '办公厅 政治', '作风建设', '参谋助手'];
const FILTERS: SearchFilters[] = [{}, { kind: 'golden' }, { color: 'blue' }, { tag: '落实' }, { site: 'www.gov.cn' }, { kind: 'golden', tag: '金句' }, { kind: 'note', color: 'blue', tag: '调研' }];

describe('search through the posting lists', () => {
  it('finds the same notes, in the same order and count, as reading every note', async () => {
    let compared = 0;
    for (const q of QUERIES) {
      for (const filters of FILTERS) {
        const expected = await searchByReadingEveryNote(q, filters);
        const actual = await searchThroughIndex(q, filters);
        expect({ q, filters, ...actual }).toEqual({ q, filters, ...expected });
        if (expected.ids.length > 0) compared++;
      }
    }
    // The comparison is about real answers: most combinations find notes, some more than the 100 ranked.
    expect(compared).toBeGreaterThan(FILTERS.length * QUERIES.length / 2);
    expect((await searchByReadingEveryNote('落实', {})).total).toBeGreaterThan(MAX_RANKED_NOTES);
  });

  it('finds every note that holds the words as written, waiting ones included', async () => {
    const waiting = new Set((await db.annotations.where('indexedWith').equals(INDEX_PENDING).primaryKeys()) as string[]);
    let waitingFound = 0;
    let checked = 0;
    for (const q of ['党委办公厅', '调查研究', '作风建设', '参谋助手', '政治机关', '秘书长']) {
      const plain = (await scanNotesBySubstring(db, q)).map((a) => a.id).sort();
      expect(plain.length).toBeGreaterThan(0);
      // Beyond the 100 ranked, which notes are shown depends on recency, not on the words.
      if (plain.length > MAX_RANKED_NOTES) continue;
      expect((await searchThroughIndex(q, {})).ids).toEqual(expect.arrayContaining(plain));
      waitingFound += plain.filter((id) => waiting.has(id)).length;
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(3);
    expect(waitingFound).toBeGreaterThan(0);
  });

  it('rebuilds lists of the previous format once and answers the same', async () => {
    const before = await searchThroughIndex('落实', { kind: 'golden' });
    const meta = (await db.postings.get(''))!.meta!;
    await db.postings.put({ token: '', ords: new Uint32Array(0), meta: { ...meta, format: 1 } });
    await db.postings.delete('\u0000kind:golden');
    expect(await searchThroughIndex('落实', { kind: 'golden' })).toEqual(before);
    expect((await db.postings.get(''))!.meta!.format).toBe(2);
    expect(await db.postings.get('\u0000kind:golden')).toBeDefined();
  });
});
