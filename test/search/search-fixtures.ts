/**
 * A search service on a fresh fake database with the real jieba (loaded from
 * disk, as the background loads it), or with a jieba that cannot load, to
 * exercise the n-gram fallback.
 */
import { createSearchService, type SearchService } from '../../entrypoints/background/search.ts';
import type { AnnotationDraft } from '../../protocol/annotation-wire.ts';
import type { SpeechOutlineDB } from '../../storage/db.ts';
import { createSegmenter, type Segmenter } from '../../entrypoints/background/jieba/segmenter.ts';
import type { MessageSender } from '../../protocol/transport.ts';
import type { SearchFilters, SearchResults } from '../../protocol/search-types.ts';
import { loadTestJieba } from '../jieba/load-jieba.ts';
import { draft, freshDatabase } from '../storage/fixtures.ts';

/** The library page as a message sender. */
export const LIBRARY: MessageSender = { id: 'test', url: 'chrome-extension://test-extension-id/library.html' };

/** jieba as the background has it, ready once `warmUp()` resolved. */
export function jiebaSegmenter(): Segmenter {
  return createSegmenter({ load: loadTestJieba, waitMs: 30_000 });
}

/** A jieba whose WASM never loads: every answer comes from the fallback. */
export function brokenSegmenter(): Segmenter {
  return createSegmenter({ load: () => Promise.reject(new Error('no wasm here')), waitMs: 10, retryMs: 60_000 });
}

/** A note draft with this quote (and optionally note and tags). */
export function noteDraft(quote: string, more: Partial<AnnotationDraft> = {}): AnnotationDraft {
  return draft({ quote, note: '', tags: [], selectors: [{ type: 'TextQuoteSelector', exact: quote, prefix: '', suffix: '' }], context: null, ...more });
}

/** A service, its database, and a `search` shortcut through the message handler. */
export function searchSetup(segmenter: Segmenter): { db: SpeechOutlineDB; service: SearchService; search(q: string, filters?: SearchFilters): Promise<SearchResults> } {
  const db = freshDatabase();
  const service = createSearchService({ db, segmenter, batchSize: 50 });
  return {
    db,
    service,
    async search(q, filters = {}) {
      const reply = await service.handlers['search/query']!({ q, filters, limit: 50 }, LIBRARY);
      if (!reply.ok) throw new Error(reply.error);
      return reply.value as SearchResults;
    },
  };
}

/** Waits until jieba has loaded in `segmenter`. */
export async function jiebaLoaded(segmenter: Segmenter): Promise<void> {
  await segmenter.tag('预热');
}
