/**
 * Keywords of several parts of one page (the points of an outline), each part
 * against its siblings. TextRank alone ranks a part by what it talks about
 * most, and in a speech to 党委秘书长 every part talks about 党委 and 办公厅; so
 * each part's TextRank weight is multiplied by a smoothed inverse document
 * frequency over the parts, 1 + ln((1 + N) / (1 + df)): a word found in every
 * part keeps its weight, a word found in only this one gains up to ln((1+N)/2).
 * The corpus is the batch itself, so nothing needs to be shipped or learnt.
 */
import type { TaggedWord } from '../tokenize/types.ts';
import { rankKeywords, type RankedKeyword, type TextRankOptions } from './textrank.ts';

/** The top-K keywords of each part, ranked by TextRank weight × in-batch IDF; best first. */
export function rankKeywordsOfParts(parts: ReadonlyArray<readonly TaggedWord[]>, options: TextRankOptions = {}): RankedKeyword[][] {
  const topK = options.topK ?? 10;
  // Every candidate of every part, so document frequency sees the words that fell below top-K.
  const ranked = parts.map((tokens) => rankKeywords(tokens, { ...options, topK: Number.POSITIVE_INFINITY }));
  if (parts.length < 2) return ranked.map((r) => r.slice(0, topK));
  const df = new Map<string, number>();
  for (const r of ranked) for (const k of r) df.set(k.word, (df.get(k.word) ?? 0) + 1);
  const n = parts.length;
  return ranked.map((r) => {
    const weighted = r.map((k, order) => ({ word: k.word, weight: k.weight * (1 + Math.log((1 + n) / (1 + (df.get(k.word) ?? 1)))), order }));
    weighted.sort((a, b) => b.weight - a.weight || a.order - b.order);
    const max = weighted[0]?.weight ?? 0;
    return weighted.slice(0, topK).map(({ word, weight }) => ({ word, weight: max > 0 ? weight / max : 0 }));
  });
}

/** The top-K keywords of each part against its siblings (plain TextRank when there is one part). */
export function extractKeywordsOfParts(parts: ReadonlyArray<readonly TaggedWord[]>, options: TextRankOptions = {}): string[][] {
  return rankKeywordsOfParts(parts, options).map((r) => r.map((k) => k.word));
}
