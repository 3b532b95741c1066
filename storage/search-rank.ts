/**
 * Ranking of search candidates. A record found through the index is scored by
 * where the query's terms occur — quote, note and outline point titles weigh
 * most, then tags and page titles — with a bonus when the whole query occurs as
 * written, plus a little for recency so that among equal matches the newer
 * comes first.
 */
import { findSpans } from './search-spans.ts';
import type { Span } from '../protocol/search-types.ts';

/** How much a match in each field counts. */
export const FIELD_WEIGHTS = { quote: 3, note: 3, point: 3, tag: 2, title: 2 } as const;

/** Days over which the recency bonus halves. */
const RECENCY_HALF_LIFE_DAYS = 30;
const DAY_MS = 86_400_000;

/** The query as the ranker sees it: its words and the whole phrase. */
export interface RankQuery {
  /** Words to find (the tokenizer's words of the query, plus its space-separated parts). */
  terms: string[];
  /** The whole query, lower-cased and trimmed. */
  phrase: string;
}

/** How well one field matches, and where. */
export interface FieldMatch {
  spans: Span[];
  score: number;
}

/**
 * The terms of a query: its space-separated parts and the tokenizer's words
 * of two characters or more (single characters only when that is all there
 * is), longest first, without duplicates.
 */
export function buildRankQuery(q: string, words: readonly string[]): RankQuery {
  const phrase = q.trim().toLowerCase();
  const parts = phrase.split(/[\s\p{P}]+/u).filter(Boolean);
  const long = words.filter((w) => w.length >= 2);
  const chosen = [...parts, ...(long.length > 0 ? long : words)];
  const terms = [...new Set(chosen.map((t) => t.toLowerCase()))].sort((a, b) => b.length - a.length);
  return { terms, phrase };
}

/** Scores one field: the share of terms found, plus one when the whole phrase occurs, times the field's weight. */
export function matchField(text: string, query: RankQuery, weight: number): FieldMatch {
  if (!text) return { spans: [], score: 0 };
  const lower = text.toLowerCase();
  const found = query.terms.filter((t) => lower.includes(t)).length;
  if (found === 0) return { spans: [], score: 0 };
  const phraseBonus = query.phrase.length > 0 && lower.includes(query.phrase) ? 1 : 0;
  return { spans: findSpans(text, query.terms), score: weight * (found / Math.max(1, query.terms.length) + phraseBonus) };
}

/** Between 0 and 1: 1 for now, ½ after 30 days, ¼ after 60… */
export function recencyBonus(time: number, now: number): number {
  const ageDays = Math.max(0, now - time) / DAY_MS;
  return Math.pow(0.5, ageDays / RECENCY_HALF_LIFE_DAYS);
}
