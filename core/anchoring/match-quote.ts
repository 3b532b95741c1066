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
   * times 32-character words of pattern (the cost of Myers' algorithm). Windows
   * around the hint widen (2k, 16k, 128k… characters) while their sum fits;
   * past the budget, no match.
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
/** The first, near window of the approximate search (characters around the old position). */
const NEAR_WINDOW_CHARS = 2_048;
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
  // Most edits are local: look near the old place first, then widen up to the budget.
  for (const size of windowSizes(text.length, windowChars, ctx.hint !== undefined, quote.length)) {
    const from = ctx.hint === undefined ? 0 : Math.max(0, Math.min(ctx.hint - (size >> 1), text.length - size));
    const found = bestFuzzyIn(text, from, from + size, quote, maxErrors, ctx);
    if (found) return found;
  }
  return null;
}

/**
 * Window sizes to try, smallest first, together within the budget; without a
 * hint only the whole text, and only when it fits the budget.
 */
function windowSizes(textLength: number, budgetChars: number, hasHint: boolean, quoteLength: number): number[] {
  if (!hasHint) return textLength <= budgetChars ? [textLength] : [];
  const sizes: number[] = [];
  let spent = 0;
  for (let size = Math.max(NEAR_WINDOW_CHARS, quoteLength * 4); size < textLength && spent + size <= budgetChars; size *= 8) {
    sizes.push(size);
    spent += size;
  }
  const last = Math.min(textLength, budgetChars - spent);
  if (last > (sizes[sizes.length - 1] ?? 0)) sizes.push(last);
  return sizes;
}

function bestFuzzyIn(text: string, from: number, to: number, quote: string, maxErrors: number, ctx: QuoteContext): QuoteMatch | null {
  const matches = search(text.slice(from, to), quote, maxErrors).slice(0, MAX_FUZZY_CANDIDATES);
  const candidates = matches.map((m) => {
    const start = from + m.start;
    const end = from + m.end;
    return { start, end, exact: false, score: scoreCandidate(text, start, end, 1 - m.errors / quote.length, ctx) };
  });
  const top = best(candidates);
  return top && top.score >= MIN_FUZZY_SCORE ? top : null;
}
