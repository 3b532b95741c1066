/**
 * Search figures for `npm run bench` (issue #6): building the `*tokens` index
 * for 10,000 notes with jieba, and a query through the index (tokenising the
 * query, AND of its words, reading and ranking the candidates) against a
 * linear substring scan of the same notes in the same run. IndexedDB is
 * fake-indexeddb in Node, not Chromium's: the ratio is the figure to read, the
 * absolute times are a pure-JS IndexedDB's. Printed, never asserted.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { SPEECH_WORDS_TEXT } from '../assets/dict/speech-words.ts';
import type { Annotation, PageRecord } from '../core/annotation-types.ts';
import { parseDictionaryLines } from '../core/tokenize/dictionary-lines.ts';
import { tokenizeNgrams } from '../core/tokenize/ngram.ts';
import { SpeechOutlineDB } from '../storage/db.ts';
import { INDEX_JIEBA, pendingSearchFields, type Tokenize } from '../storage/search-fields.ts';
import { indexPendingRecords } from '../storage/search-indexer.ts';
import { scanNotesBySubstring, searchRecords } from '../storage/search-query.ts';
import { noteDrafts, useSeedText } from '../test/e2e/support/seed-notes.ts';
import { JIEBA_WASM_FILE, loadJiebaWasm } from '../entrypoints/background/jieba/jieba-module.ts';
import { createSegmenter } from '../entrypoints/background/jieba/segmenter.ts';
import { formatMs, formatRatio, median, type ResultRow } from './measure.ts';

const NOTES = 10_000;
const PAGES = 400;
const TARGET_QUERY_MS = 20;
/** Words a reader looks for, from rare to common in the seed speech. */
const QUERIES = ['作风建设', '调查研究', '政治机关', '党委办公厅', '服务大局', '秘书长', '落实', '办公厅 政治'];
const RUNS = 7;

async function timeAsync(fn: () => Promise<unknown>, runs: number): Promise<number[]> {
  await fn(); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  return samples;
}

/** The search rows of the results table, on notes cut from `seedText`. */
export async function searchFigures(seedText: string): Promise<ResultRow[]> {
  useSeedText(seedText);
  const require = createRequire(import.meta.url);
  const wasm = readFileSync(require.resolve('jieba-wasm/web').replace(/[^/\\]+$/, JIEBA_WASM_FILE));
  const jieba = await loadJiebaWasm(wasm);
  const segmenter = createSegmenter({ load: async () => jieba, dictionary: parseDictionaryLines(SPEECH_WORDS_TEXT) });
  await segmenter.tag('预热');
  const tokenize: Tokenize = async (text) => {
    const { value, tokenizer } = await segmenter.segment(text, 'search');
    return { tokens: value, tokenizer };
  };

  const db = new SpeechOutlineDB('bench-search', { indexedDB: new IDBFactory(), IDBKeyRange });
  const now = Date.now();
  const drafts = noteDrafts(NOTES, PAGES);
  const annotations = drafts.map((d, i) => ({ ...d.annotation, id: `n-${i}`, createdAt: now - i * 60_000, updatedAt: now - i * 60_000, ...pendingSearchFields() }) as Annotation);
  const pages = [...new Map(drafts.map((d) => [d.annotation.url, d.title])).entries()].map(([url, title]) => ({ url, title, site: new URL(url).hostname, firstSeenAt: now, lastSeenAt: now, ...pendingSearchFields() }) as PageRecord);
  await db.annotations.bulkPut(annotations);
  await db.pages.bulkPut(pages);
  const chars = annotations.reduce((n, a) => n + a.quote.length + a.note.length + a.tags.join('').length, 0);

  const rows: ResultRow[] = [];
  const buildStart = performance.now();
  const written = await indexPendingRecords(db, tokenize, { target: INDEX_JIEBA, batchSize: 500 });
  const buildMs = performance.now() - buildStart;
  const tokenizeOnly = performance.now();
  for (const a of annotations) for (const t of [a.quote, a.note, ...a.tags]) if (t) await tokenize(t);
  const tokenizeMs = performance.now() - tokenizeOnly;
  rows.push({
    name: '(s1) search index build, 10,000 notes',
    value: `${Math.round(written / (buildMs / 1000))}/s`,
    baseline: '—',
    ratio: '—',
    target: '—',
    verdict: 'INFO',
    note: `${written} records in ${formatMs(buildMs)} (${(chars / 1000 / (buildMs / 1000)).toFixed(0)} K chars/s; jieba alone ${formatMs(tokenizeMs)}, the rest is fake-indexeddb writes)`,
  });

  const perQuery: number[] = [];
  const perScan: number[] = [];
  const details: string[] = [];
  for (const q of QUERIES) {
    let found = 0;
    const indexed = await timeAsync(async () => {
      const cut = await segmenter.segment(q, 'default');
      const result = await searchRecords(db, { q, filters: {}, limit: 50 }, { jieba: cut.value, ngram: tokenizeNgrams(q, 'search') });
      found = result.total;
    }, RUNS);
    const scan = await timeAsync(() => scanNotesBySubstring(db, q.split(' ')[0]!), 3);
    perQuery.push(median(indexed));
    perScan.push(median(scan));
    details.push(`${q}: ${formatMs(median(indexed))} (${found} hits)`);
  }
  const medianQuery = median(perQuery);
  const worstQuery = Math.max(...perQuery);
  const medianScan = median(perScan);
  rows.push({
    name: '(s2) search query, 10,000 notes (median)',
    value: formatMs(medianQuery),
    baseline: formatMs(medianScan),
    ratio: formatRatio(medianQuery / medianScan),
    target: `≤ ${TARGET_QUERY_MS} ms`,
    verdict: medianQuery <= TARGET_QUERY_MS ? 'PASS' : 'MISS',
    note: 'baseline = read every note and match substrings; fake-indexeddb in Node',
  });
  rows.push({
    name: '(s3) search query, 10,000 notes (slowest)',
    value: formatMs(worstQuery),
    baseline: formatMs(Math.max(...perScan)),
    ratio: formatRatio(worstQuery / Math.max(...perScan)),
    target: `≤ ${TARGET_QUERY_MS} ms`,
    verdict: worstQuery <= TARGET_QUERY_MS ? 'PASS' : 'MISS',
    note: details.join('; '),
  });
  db.close();
  return rows;
}
