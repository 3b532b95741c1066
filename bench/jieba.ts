/**
 * jieba figures for `npm run bench`: WASM start-up (instantiate + first cut),
 * segmentation throughput of jieba-wasm against native @node-rs/jieba on the
 * seed text in the same run, and the n-gram fallback's throughput. Printed,
 * never asserted.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { SPEECH_WORDS_TEXT } from '../assets/dict/speech-words.ts';
import { extractKeywordsOfParts } from '../core/keywords/index.ts';
import { parseDictionaryLines } from '../core/tokenize/dictionary-lines.ts';
import { tokenizeNgrams } from '../core/tokenize/ngram.ts';
import { JIEBA_WASM_FILE, loadJiebaWasm } from '../entrypoints/background/jieba/jieba-module.ts';
import { createSegmenter } from '../entrypoints/background/jieba/segmenter.ts';
import { formatMs, formatRatio, median, timeOnce, timeRuns, type ResultRow } from './measure.ts';

/** Targets, in one place. */
const TARGET = {
  /** jieba-wasm's throughput as a share of native jieba's. */
  wasmVsNative: 0.5,
};

interface NativeJieba {
  cut(text: string, hmm?: boolean): string[];
}

const require = createRequire(import.meta.url);

function mbps(bytes: number, ms: number): string {
  return `${(bytes / (1024 * 1024) / (ms / 1000)).toFixed(2)} MB/s`;
}

/** The jieba rows of the results table, measured on `text`. */
export async function jiebaFigures(text: string): Promise<ResultRow[]> {
  const bytes = Buffer.byteLength(text);
  const rows: ResultRow[] = [];
  const wasmBytes = readFileSync(require.resolve('jieba-wasm/web').replace(/[^/\\]+$/, JIEBA_WASM_FILE));

  // Cold start, once: this is the first use of jieba in the process.
  const initStart = performance.now();
  const jieba = await loadJiebaWasm(wasmBytes);
  const initMs = performance.now() - initStart;
  const firstCutMs = timeOnce(() => jieba.cut('加强作风建设，落实八项规定精神', true));
  rows.push({ name: '(j1) jieba-wasm start-up: instantiate', value: formatMs(initMs), baseline: '—', ratio: '—', target: '—', verdict: 'INFO', note: `${(wasmBytes.length / 1024 / 1024).toFixed(1)} MB .wasm from memory (the extension also fetches it)` });
  rows.push({ name: '(j2) jieba-wasm start-up: first cut', value: formatMs(firstCutMs), baseline: '—', ratio: '—', target: '—', verdict: 'INFO', note: 'builds the dictionary structures' });

  let native: NativeJieba | null = null;
  try {
    const { Jieba } = require('@node-rs/jieba') as { Jieba: { withDict(dict: Uint8Array): NativeJieba } };
    const { dict } = require('@node-rs/jieba/dict') as { dict: Uint8Array };
    native = Jieba.withDict(dict);
  } catch (error) {
    rows.push({ name: '(j3) native @node-rs/jieba', value: '—', baseline: '—', ratio: '—', target: '—', verdict: 'SKIP', note: `not loadable: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}` });
  }

  const options = { warmup: 3, runs: 21, budgetMs: 4_000 };
  const wasm = timeRuns(() => jieba.cut(text, true), options);
  if (native) {
    const n = native;
    const nat = timeRuns(() => n.cut(text, true), options);
    const ratio = nat.median / wasm.median;
    rows.push({
      name: '(j3) cut seed text: wasm vs native',
      value: formatMs(wasm.median),
      baseline: formatMs(nat.median),
      ratio: formatRatio(ratio),
      target: `≥ ${TARGET.wasmVsNative}× native`,
      verdict: ratio >= TARGET.wasmVsNative ? 'PASS' : 'MISS',
      note: `wasm ${mbps(bytes, wasm.median)}, native ${mbps(bytes, nat.median)}; ratio = native time / wasm time`,
    });
  } else {
    rows.push({ name: '(j3) cut seed text: wasm', value: formatMs(wasm.median), baseline: '—', ratio: '—', target: '—', verdict: 'INFO', note: mbps(bytes, wasm.median) });
  }

  // What the background really does: the speech vocabulary added, search mode with inner words, normalised tokens.
  const segmenter = createSegmenter({ load: async () => jieba, dictionary: parseDictionaryLines(SPEECH_WORDS_TEXT) });
  await segmenter.segment('预热', 'search');
  const search = await timeRunsAsync(() => segmenter.segment(text, 'search'), 15);
  rows.push({ name: '(j4) background segment, search mode', value: formatMs(search), baseline: formatMs(wasm.median), ratio: formatRatio(search / wasm.median), target: '—', verdict: 'INFO', note: `${mbps(bytes, search)}; baseline = plain cut` });

  const tagged = timeRuns(() => jieba.tag(text, true), options);
  const parts = text.split(/\n(?=篇\d+[:：])/).map((part) => jieba.tag(part, true));
  const rank = timeRuns(() => extractKeywordsOfParts(parts, { topK: 10 }), options);
  rows.push({ name: '(j5) keywords: tag + TextRank, 18 speeches', value: formatMs(tagged.median + rank.median), baseline: '—', ratio: '—', target: '—', verdict: 'INFO', note: `tag ${formatMs(tagged.median)}, TextRank ${formatMs(rank.median)}` });

  const ngram = timeRuns(() => tokenizeNgrams(text, 'search'), { warmup: 10, runs: 51, budgetMs: 3_000 });
  rows.push({ name: '(j6) n-gram fallback, search mode', value: formatMs(ngram.median), baseline: formatMs(wasm.median), ratio: formatRatio(ngram.median / wasm.median), target: '—', verdict: 'INFO', note: `${mbps(bytes, ngram.median)}; baseline = jieba-wasm cut` });
  return rows;
}

async function timeRunsAsync(fn: () => Promise<unknown>, runs: number): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  return median(samples);
}
