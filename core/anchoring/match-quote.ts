/**
 * Finds a quote in a text that may have changed since the quote was taken:
 * exact occurrences first, then approximate ones (Myers' bit-parallel
 * algorithm from approx-string-match), each candidate scored on the quote
 * itself, its prefix and suffix, and its distance from where it used to be.
 * Works on strings only, after hypothesis/client's match-quote.ts.
 */
import search from 'approx-string-match';

/** A place the quote was found, with how well it fits (0..1). */
export interface QuoteMatch {
  start: number;
  end: number;
  score: number;
  /** True when the quote's characters are there exactly. */
  exact: boolean;
}

/** What is known about the quote besides its text. */
export interface QuoteContext {
  prefix?: string;
  suffix?: string;
  /** Where the quote started before; candidates near it win ties. */
  hint?: number;
}

/** Limits on the approximate search. */
export interface FuzzyLimits {
  /**
   * The most work one approximate search may do, in characters of text scanned
   * times 32-character words of pattern (the cost of Myers' algorithm). The
   * text window is narrowed around the hint to fit; past the budget, no match.
   */
  maxFuzzyWork: number;
}

/** 2,000,000 char·words ≈ a 250k-character page with a 250-character quote, a few ms. */
export const DEFAULT_MAX_FUZZY_WORK = 2_000_000;

/** Exact occurrences looked at before giving up on telling them apart. */
const MAX_EXACT_CANDIDATES = 1_000;
/** Approximate candidates scored (each costs a few small searches). */
const MAX_FUZZY_CANDIDATES = 50;
/** Errors never exceed this share of the quote: more would match unrelated text. */
const MAX_ERROR_RATIO = 0.25;
/** Below this score an approximate candidate is not the reader's text any more. */
export const MIN_FUZZY_SCORE = 0.6;

// Weights of the parts of a candidate's score (hypothesis uses the same proportions).
const W_QUOTE = 50;
const W_PREFIX = 20;
const W_SUFFIX = 20;
const W_POSITION = 2;

/** How alike `expected` is to `actual`, 0..1, by edit distance (1 = equal; '' expected = 1). */
export function similarity(expected: string, actual: string): number {
  if (expected.length === 0) return 1;
  if (expected === actual) return 1;
  if (actual.length === 0) return 0;
  const matches = search(actual, expected, expected.length);
  const errors = matches.length > 0 ? Math.min(...matches.map((m) => m.errors)) : expected.length;
  // Unmatched characters of `actual` around the best match do not count: only the pattern's errors.
  return Math.max(0, 1 - errors / expected.length);
}

function scoreCandidate(text: string, start: number, end: number, quoteScore: number, ctx: QuoteContext): number {
  const prefix = ctx.prefix ?? '';
  const suffix = ctx.suffix ?? '';
  const prefixScore = prefix ? similarity(prefix, text.slice(Math.max(0, start - prefix.length), start)) : 1;
  const suffixScore = suffix ? similarity(suffix, text.slice(end, end + suffix.length)) : 1;
  const positionScore = ctx.hint === undefined ? 1 : 1 - Math.abs(start - ctx.hint) / Math.max(1, text.length);
  const total = W_QUOTE * quoteScore + W_PREFIX * prefixScore + W_SUFFIX * suffixScore + W_POSITION * positionScore;
  return total / (W_QUOTE + W_PREFIX + W_SUFFIX + W_POSITION);
}

function best(candidates: QuoteMatch[]): QuoteMatch | null {
  let top: QuoteMatch | null = null;
  for (const c of candidates) if (!top || c.score > top.score) top = c;
  return top;
}

/** Every exact occurrence of `quote`, best scored first; null when there is none. */
export function matchQuoteExactly(text: string, quote: string, ctx: QuoteContext = {}): QuoteMatch | null {
  if (quote.length === 0) return null;
  const candidates: QuoteMatch[] = [];
  for (let at = text.indexOf(quote); at >= 0 && candidates.length < MAX_EXACT_CANDIDATES; at = text.indexOf(quote, at + 1)) {
    candidates.push({ start: at, end: at + quote.length, score: 0, exact: true });
  }
  if (candidates.length === 0) return null;
  for (const c of candidates) c.score = scoreCandidate(text, c.start, c.end, 1, ctx);
  return best(candidates);
}

/**
 * The best approximate occurrence of `quote` with at most a quarter of its
 * characters changed, or null: none close enough, or the search would cost
 * more than `limits.maxFuzzyWork`.
 */
export function matchQuoteFuzzily(text: string, quote: string, ctx: QuoteContext, limits: FuzzyLimits): QuoteMatch | null {
  if (quote.length === 0 || text.length === 0) return null;
  const maxErrors = Math.floor(quote.length * MAX_ERROR_RATIO);
  if (maxErrors === 0) return null; // too short to tell a changed quote from another phrase
  const words = Math.ceil(quote.length / 32);
  const windowChars = Math.floor(limits.maxFuzzyWork / words);
  if (windowChars < quote.length * 2) return null;
  let from = 0;
  let to = text.length;
  if (to - from > windowChars) {
    // Without a hint there is no principled place to look: the budget decides.
    if (ctx.hint === undefined) return null;
    from = Math.max(0, Math.min(ctx.hint - (windowChars >> 1), text.length - windowChars));
    to = from + windowChars;
  }
  const matches = search(text.slice(from, to), quote, maxErrors).slice(0, MAX_FUZZY_CANDIDATES);
  const candidates = matches.map((m) => {
    const start = from + m.start;
    const end = from + m.end;
    return { start, end, exact: false, score: scoreCandidate(text, start, end, 1 - m.errors / quote.length, ctx) };
  });
  const top = best(candidates);
  return top && top.score >= MIN_FUZZY_SCORE ? top : null;
}
