/**
 * jieba behind a lazy, failure-tolerant front. The WASM (4 MB, dictionary
 * inside) is only fetched and compiled on the first request; until it is ready
 * each request waits up to `waitMs`, then is answered by the n-gram fallback,
 * and every answer says which tokenizer gave it. If loading fails, the fallback
 * answers and loading is retried after `retryMs`. An MV3 service worker that is
 * stopped simply starts again from 'idle'.
 */
import { tokenizeNgrams } from '../../../core/tokenize/ngram.ts';
import { normalizeTokens } from '../../../core/tokenize/normalize-token.ts';
import type { DictionaryEntry, TaggedWord, TokenizeMode, TokenizerName } from '../../../core/tokenize/types.ts';
import type { JiebaModule } from './jieba-module.ts';

/** Tokens and the tokenizer that made them. */
export interface Segmented<T> {
  value: T;
  tokenizer: TokenizerName;
}

/** Where the segmenter stands: jieba not asked for yet, loading, usable, or failed (fallback answers). */
export type SegmenterState = 'idle' | 'loading' | 'ready' | 'failed';

/** Timings of the last successful load, in milliseconds. */
export interface SegmenterTimings {
  /** Fetching and instantiating the WASM. */
  initMs: number;
  /** Adding the dictionaries and the first cut, which builds jieba's dictionary structures. */
  warmMs: number;
}

/** What the segmenter needs from its surroundings. */
export interface SegmenterOptions {
  /** Loads jieba (fetch + instantiate). */
  load: () => Promise<JiebaModule>;
  /** Words added before any request is answered (the shipped speech vocabulary). */
  dictionary?: readonly DictionaryEntry[];
  /** The user's own words, read when jieba starts. */
  loadUserWords?: () => Promise<readonly string[]>;
  /** How long a request waits for a loading jieba before the fallback answers [3000]. */
  waitMs?: number;
  /** How long after a failed load the next request tries again [60000]. */
  retryMs?: number;
  /** Clock, for tests. */
  now?: () => number;
}

/** The segmenter the background uses. */
export interface Segmenter {
  /** Word tokens of `text` in the normal form (see normalizeToken), no punctuation. */
  segment(text: string, mode: TokenizeMode): Promise<Segmented<string[]>>;
  /** jieba's tagged words (punctuation included, for TextRank's window), waiting for jieba to load; null when it cannot: the fallback has no tags. */
  tag(text: string): Promise<Segmented<TaggedWord[] | null>>;
  /** Makes jieba know `added` and forget `removed` (a frequency of 0 never wins a cut). Applied at load if jieba is not ready. */
  updateUserWords(added: readonly string[], removed: readonly string[]): void;
  /** Starts loading without waiting (e.g. when a page with a panel opens). */
  warmUp(): void;
  state(): SegmenterState;
  timings(): SegmenterTimings | null;
}

/**
 * Each word followed by the dictionary words inside it (全面从严治党 → 全面,
 * 从严, 从严治党, 治党). jieba's own cut_for_search adds only inner words of two
 * and three characters, so a query for 从严治党 would miss 全面从严治党.
 */
function withInnerWords(j: JiebaModule, words: readonly string[]): string[] {
  const out: string[] = [];
  for (const word of words) {
    out.push(word);
    if (word.length < 3) continue;
    for (const inner of j.cut_all(word)) if (inner !== word && inner.length >= 2) out.push(inner);
  }
  return out;
}

/** Creates a segmenter; nothing is loaded until the first request or `warmUp()`. */
export function createSegmenter(options: SegmenterOptions): Segmenter {
  const { load, dictionary = [], loadUserWords, waitMs = 3_000, retryMs = 60_000, now = () => performance.now() } = options;
  let jieba: JiebaModule | null = null;
  let loading: Promise<JiebaModule | null> | null = null;
  let failedAt = Number.NEGATIVE_INFINITY;
  let current: SegmenterState = 'idle';
  let lastTimings: SegmenterTimings | null = null;
  // User-word changes that arrive while jieba loads, replayed once it is ready.
  const pending: Array<{ word: string; freq?: number }> = [];

  function start(): Promise<JiebaModule | null> {
    if (jieba) return Promise.resolve(jieba);
    if (loading) return loading;
    if (current === 'failed' && now() - failedAt < retryMs) return Promise.resolve(null);
    current = 'loading';
    loading = (async () => {
      try {
        const began = now();
        const module = await load();
        const loaded = now();
        for (const e of dictionary) module.add_word(e.word, e.freq ?? null, e.tag ?? null);
        for (const word of (await loadUserWords?.()) ?? []) module.add_word(word, null, null);
        for (const p of pending.splice(0)) module.add_word(p.word, p.freq ?? null, null);
        // The first cut builds jieba's lookup structures: pay for it here, not in a request.
        module.cut('预热', true);
        lastTimings = { initMs: loaded - began, warmMs: now() - loaded };
        jieba = module;
        current = 'ready';
        return module;
      } catch {
        failedAt = now();
        current = 'failed';
        return null;
      } finally {
        loading = null;
      }
    })();
    return loading;
  }

  async function ready(): Promise<JiebaModule | null> {
    if (jieba) return jieba;
    const load = start();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<null>((resolve) => { timer = setTimeout(() => resolve(null), waitMs); });
    try {
      return await Promise.race([load, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  return {
    async segment(text, mode) {
      const j = await ready();
      if (!j) return { value: tokenizeNgrams(text, mode), tokenizer: 'ngram' };
      const words = j.cut(text, true);
      return { value: normalizeTokens(mode === 'search' ? withInnerWords(j, words) : words), tokenizer: 'jieba' };
    },
    async tag(text) {
      // Keywords are not typed against: wait for jieba however long it takes.
      const j = jieba ?? (await start());
      if (!j) return { value: null, tokenizer: 'ngram' };
      return { value: j.tag(text, true), tokenizer: 'jieba' };
    },
    updateUserWords(added, removed) {
      const changes: Array<{ word: string; freq?: number }> = [...removed.map((word) => ({ word, freq: 0 })), ...added.map((word) => ({ word }))];
      if (jieba) for (const c of changes) jieba.add_word(c.word, c.freq ?? null, null);
      else pending.push(...changes);
    },
    warmUp() {
      void start();
    },
    state: () => current,
    timings: () => lastTimings,
  };
}
