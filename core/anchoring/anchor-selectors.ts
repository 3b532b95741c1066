/**
 * Turns stored selectors back into offsets in today's page text: the old
 * position if the quote is still there, else the quote found exactly (nearest
 * the old place, context breaking ties), else found approximately within a
 * work budget, else null (the text is gone; the annotation is an orphan).
 */
import type { Selector, TextPositionSelector, TextQuoteSelector } from '../annotation-types.ts';
import { DEFAULT_MAX_FUZZY_WORK, matchQuoteExactly, matchQuoteFuzzily } from './match-quote.ts';

/** Where an annotation lands today, and how it was found. */
export interface Anchor {
  start: number;
  end: number;
  method: 'position' | 'quote' | 'fuzzy';
  /** 0..1: 1 for an unchanged position; lower the more quote or context changed. */
  score: number;
}

/** Options of `anchorSelectors`. */
export interface AnchorOptions {
  /** Budget of the approximate search (see FuzzyLimits); 0 turns it off. */
  maxFuzzyWork?: number;
}

function findSelector<T extends Selector['type']>(selectors: readonly Selector[], type: T): Extract<Selector, { type: T }> | undefined {
  return selectors.find((s): s is Extract<Selector, { type: T }> => s.type === type);
}

function positionFits(text: string, p: TextPositionSelector): boolean {
  return Number.isInteger(p.start) && Number.isInteger(p.end) && p.start >= 0 && p.end <= text.length && p.start < p.end;
}

/** Anchors `selectors` in `pageText`; null when the annotated text cannot be found. */
export function anchorSelectors(pageText: string, selectors: readonly Selector[], options: AnchorOptions = {}): Anchor | null {
  const quote: TextQuoteSelector | undefined = findSelector(selectors, 'TextQuoteSelector');
  const position: TextPositionSelector | undefined = findSelector(selectors, 'TextPositionSelector');
  if (!quote || quote.exact.length === 0) {
    // Nothing to check the offsets against: trust them while they fit.
    return position && positionFits(pageText, position) ? { start: position.start, end: position.end, method: 'position', score: 1 } : null;
  }
  if (position && positionFits(pageText, position) && pageText.slice(position.start, position.end) === quote.exact) {
    return { start: position.start, end: position.end, method: 'position', score: 1 };
  }
  const ctx = { prefix: quote.prefix, suffix: quote.suffix, hint: position?.start };
  const exact = matchQuoteExactly(pageText, quote.exact, ctx);
  if (exact) return { start: exact.start, end: exact.end, method: 'quote', score: exact.score };
  const maxFuzzyWork = options.maxFuzzyWork ?? DEFAULT_MAX_FUZZY_WORK;
  if (maxFuzzyWork <= 0) return null;
  const fuzzy = matchQuoteFuzzily(pageText, quote.exact, ctx, { maxFuzzyWork });
  return fuzzy ? { start: fuzzy.start, end: fuzzy.end, method: 'fuzzy', score: fuzzy.score } : null;
}
