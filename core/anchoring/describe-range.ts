import type { TextPositionSelector, TextQuoteSelector } from '../annotation-types.ts';

/** Characters of context kept on each side of a quote (W3C prefix/suffix). */
export const CONTEXT_CHARS = 32;

/**
 * The selectors that find characters [start, end) of `pageText` again later: the
 * quote with 32 characters of context each side, and the offsets themselves.
 * Throws on offsets outside the text: a caller with such offsets has a bug.
 */
export function describeRange(pageText: string, start: number, end: number): [TextQuoteSelector, TextPositionSelector] {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > pageText.length || start >= end) {
    throw new RangeError(`describeRange: [${start}, ${end}) is not a non-empty range of a ${pageText.length}-char text`);
  }
  return [
    {
      type: 'TextQuoteSelector',
      exact: pageText.slice(start, end),
      prefix: pageText.slice(Math.max(0, start - CONTEXT_CHARS), start),
      suffix: pageText.slice(end, end + CONTEXT_CHARS),
    },
    { type: 'TextPositionSelector', start, end },
  ];
}
