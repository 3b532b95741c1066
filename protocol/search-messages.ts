/**
 * The search messages of the protocol: payloads, replies and checks.
 * protocol/messages.ts declares them in the ProtocolMap and calls
 * `parseSearchMessage` for them.
 */
import { checkAnnotationFilters } from './annotation-checks.ts';
import { MAX_QUERY_CHARS, MAX_SEARCH_LIMIT, type IndexStatus, type SearchFilters, type SearchResults } from './search-types.ts';

/** The search protocol: payload and reply of each message. */
export interface SearchProtocol {
  /** Extension pages → background: notes, saved outlines and pages matching `q` (jieba words, AND), best first, with match spans. */
  'search/query': { data: { q: string; filters: SearchFilters; limit: number }; reply: SearchResults };
  /** Extension pages → background: how far the search index is (and a nudge to catch up). */
  'search/index-status': { data: Record<string, never>; reply: IndexStatus };
}

/** The type of a search message. */
export type SearchMessageType = keyof SearchProtocol;

/** A checked search message. */
export type SearchMessage = { [K in SearchMessageType]: { type: K; data: SearchProtocol[K]['data'] } }[SearchMessageType];

/** Checks a search message's payload; the error names the message and the field. */
export function parseSearchMessage(type: SearchMessageType, data: Record<string, unknown>): { ok: true; value: SearchMessage } | { ok: false; error: string } {
  const fail = (error: string) => ({ ok: false as const, error: `${type}: ${error}` });
  switch (type) {
    case 'search/query': {
      const { q, limit } = data;
      if (typeof q !== 'string' || q.length > MAX_QUERY_CHARS) return fail(`q is not a string of at most ${MAX_QUERY_CHARS} characters`);
      if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1 || limit > MAX_SEARCH_LIMIT) return fail(`limit is not an integer from 1 to ${MAX_SEARCH_LIMIT}`);
      const filters = checkAnnotationFilters(data.filters);
      if (!filters.ok) return fail(filters.error);
      const { text: _text, ...rest } = filters.value;
      return { ok: true, value: { type, data: { q, filters: rest, limit } } };
    }
    case 'search/index-status':
      return { ok: true, value: { type, data: {} } };
  }
}
