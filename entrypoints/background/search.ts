/**
 * Search in the background: answers 'search/query' and 'search/index-status',
 * tokenises records as they are written, and keeps the `*tokens` index filled
 * (after start-up, after a write the fallback had to tokenise, and whenever a
 * page asks for the status), re-indexing n-gram records once jieba is ready.
 */
import { tokenizeNgrams } from '../../core/tokenize/ngram.ts';
import { getDatabase, type SpeechOutlineDB } from '../../storage/db.ts';
import { INDEX_JIEBA, INDEX_NGRAM, type IndexState, type Tokenize } from '../../storage/search-fields.ts';
import { indexPendingRecords, indexProgress, markJiebaRecordsStale, needsIndexing } from '../../storage/search-indexer.ts';
import { USER_WORDS_KEY } from '../../storage/user-words.ts';
import { browser } from 'wxt/browser';
import { searchRecords, type QueryTokens } from '../../storage/search-query.ts';
import type { Segmenter } from './jieba/segmenter.ts';
import { ok } from '../../protocol/result.ts';
import type { BackgroundHandlers, BackgroundRouter } from '../../protocol/background-messages.ts';
import type { IndexStatus } from '../../protocol/search-types.ts';
import { getSegmenter } from './jieba/jieba-service.ts';

/** The fallback as a Tokenize. */
const ngramTokenize: Tokenize = async (text) => ({ tokens: tokenizeNgrams(text, 'search'), tokenizer: 'ngram' });

/** What the search service needs; tests hand in a database and a segmenter of their own. */
export interface SearchServiceOptions {
  db: SpeechOutlineDB;
  segmenter: Segmenter;
  /** Records per indexing batch [200]. */
  batchSize?: number;
}

/** The background's search: tokenizers for writes, the indexer, and the message answers. */
export interface SearchService {
  /** Tokenises a record being written: jieba when it is ready, else at once with the fallback (a save never waits for jieba to load). */
  tokenizeForWrite: Tokenize;
  /** Starts an indexing pass (one at a time; a request during a pass runs another after it). Resolves when done. */
  refresh(): Promise<void>;
  status(): Promise<IndexStatus>;
  /** The user's words changed: jieba cuts differently now, so every jieba-indexed record is redone. */
  reindexAll(): Promise<void>;
  /** The answers to 'search/query' and 'search/index-status' (extension pages only, as the router checks). */
  handlers: BackgroundHandlers;
}

/** Creates the search service over `db` and `segmenter`. */
export function createSearchService({ db, segmenter, batchSize }: SearchServiceOptions): SearchService {
  let running: Promise<void> | null = null;
  let again = false;
  const jiebaReady = () => segmenter.state() === 'ready';
  const target = (): IndexState => (jiebaReady() ? INDEX_JIEBA : INDEX_NGRAM);

  const tokenizeForWrite: Tokenize = async (text) => {
    if (!jiebaReady()) {
      segmenter.warmUp();
      // Once the write has landed, redo its n-gram tokens with jieba.
      setTimeout(() => void refresh().catch(() => undefined), 500);
      return ngramTokenize(text);
    }
    const { value, tokenizer } = await segmenter.segment(text, 'search');
    return { tokens: value, tokenizer };
  };

  async function pass(): Promise<void> {
    // Nothing to do at all (the common start-up): do not load jieba for it.
    if (!(await needsIndexing(db, INDEX_JIEBA))) return;
    // Wait for jieba however long it takes to load (tag() does); the fallback only if it fails.
    const loaded = (await segmenter.tag('')).tokenizer === 'jieba';
    const tokenize: Tokenize = loaded
      ? async (text) => {
          const { value, tokenizer } = await segmenter.segment(text, 'search');
          return { tokens: value, tokenizer };
        }
      : ngramTokenize;
    await indexPendingRecords(db, tokenize, { target: loaded ? INDEX_JIEBA : INDEX_NGRAM, batchSize });
  }

  function refresh(): Promise<void> {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      try {
        do {
          again = false;
          await pass();
        } while (again);
      } finally {
        running = null;
      }
    })();
    return running;
  }

  async function queryTokens(q: string): Promise<QueryTokens> {
    // A query waits for jieba (up to the segmenter's limit): jieba-indexed records can only be looked up with its words.
    const cut = await segmenter.segment(q, 'default');
    return { jieba: cut.tokenizer === 'jieba' ? cut.value : null, ngram: tokenizeNgrams(q, 'search') };
  }

  // Asking is a good moment to catch up (a restore may have brought records without tokens).
  const nudge = () => void refresh().catch(() => undefined);

  async function status(): Promise<IndexStatus> {
    const progress = await indexProgress(db, target());
    return { ...progress, tokenizer: jiebaReady() ? 'jieba' : 'ngram' };
  }

  return {
    tokenizeForWrite,
    refresh,
    status,
    async reindexAll() {
      await markJiebaRecordsStale(db);
      await refresh();
    },
    handlers: {
      async 'search/index-status'() {
        nudge();
        return ok(await status());
      },
      async 'search/query'({ q, filters, limit }) {
        nudge();
        return ok(await searchRecords(db, { q, filters, limit }, await queryTokens(q)));
      },
    },
  };
}

let service: SearchService | null = null;

/** The running background's search service (created on first use, on the extension's database). */
export function getSearchService(): SearchService {
  service ??= createSearchService({ db: getDatabase(), segmenter: getSegmenter() });
  return service;
}

/** The tokenizer annotation and outline writes use. */
export const tokenizeForWrite: Tokenize = (text) => getSearchService().tokenizeForWrite(text);

/** Answers the search messages and fills the index shortly after start-up. */
export function setupSearch(router: BackgroundRouter, search: SearchService = getSearchService()): () => void {
  const stop = router.on(search.handlers);
  // After start-up work (badge, listeners): a database written by v1 or a restore gets its tokens now.
  const timer = setTimeout(() => void search.refresh().catch(() => undefined), 1_000);
  // After jieba has taken the new words (setupJieba hears the same change), redo the tokens.
  const onWords = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && USER_WORDS_KEY in changes) setTimeout(() => void search.reindexAll().catch(() => undefined), 500);
  };
  browser.storage.onChanged.addListener(onWords);
  return () => {
    clearTimeout(timer);
    browser.storage.onChanged.removeListener(onWords);
    stop();
  };
}
