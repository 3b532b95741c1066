/**
 * Anchoring: describe a selection of the page text with W3C selectors, and find
 * it again after the page changed. Strings in, offsets out; no DOM, no browser.
 */
export { describeRange, CONTEXT_CHARS } from './describe-range.ts';
export { anchorSelectors, type Anchor, type AnchorOptions } from './anchor-selectors.ts';
export { matchQuoteExactly, matchQuoteFuzzily, similarity, DEFAULT_MAX_FUZZY_WORK, MIN_FUZZY_SCORE, type QuoteMatch, type QuoteContext, type FuzzyLimits } from './match-quote.ts';
export { outlineContextAt, blockAt } from './outline-context.ts';
export { bareMarker, locationLabel, locationParts, speechLabel } from './location-label.ts';
