/**
 * The search protocol's shapes: what 'search/query' takes and returns, and
 * what 'search/index-status' reports. Plain data, shared by the background,
 * storage, the popup and the library.
 */
import type { Annotation, PageRecord } from '../core/annotation-types.ts';
import type { TokenizerName } from '../core/tokenize/types.ts';
import type { AnnotationFilters } from './annotation-wire.ts';

/** A matched stretch of a text: [start, end) in UTF-16 units. */
export type Span = readonly [start: number, end: number];

/** The notes list's filters without the text (the query carries it). */
export type SearchFilters = Omit<AnnotationFilters, 'text'>;

/** A note that matches, with where it matches. */
export interface AnnotationHit {
  type: 'annotation';
  score: number;
  annotation: Annotation;
  spans: { quote: Span[]; note: Span[]; tags: string[] };
}

/** A point of a saved outline whose title matches. */
export interface PointMatch {
  marker: string;
  title: string;
  spans: Span[];
}

/** A saved outline with matching point titles (the first few). */
export interface OutlineHit {
  type: 'outline';
  score: number;
  id: string;
  url: string;
  title: string;
  savedAt: number;
  points: PointMatch[];
}

/** A page whose title matches. */
export interface PageHit {
  type: 'page';
  score: number;
  page: PageRecord;
  spans: Span[];
}

/** One search result. */
export type SearchHit = AnnotationHit | OutlineHit | PageHit;

/** 'search/query' reply: hits best first, the pages of the note hits, and how the query was cut. */
export interface SearchResults {
  hits: SearchHit[];
  pages: PageRecord[];
  /** How many records matched before `limit` cut the list. */
  total: number;
  /** The words the query was cut into (what the index was asked for). */
  terms: string[];
  tokenizer: TokenizerName;
}

/** 'search/index-status' reply: how many records carry tokens from the best tokenizer available. */
export interface IndexStatus {
  indexed: number;
  total: number;
  tokenizer: TokenizerName;
}

/** Most characters a query may have. */
export const MAX_QUERY_CHARS = 200;
/** Most hits one query returns. */
export const MAX_SEARCH_LIMIT = 500;
