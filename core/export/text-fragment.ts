/**
 * Deep links back into the page with URL text fragments
 * (`#:~:text=`, https://wicg.github.io/scroll-to-text-fragment/).
 */
import type { OutlinePoint } from '../types.ts';
import { flattenLine, pointBody } from './outline-lines.ts';

/** Up to this many characters a fragment quotes the text whole; longer text is cut to a start and an end. */
const WHOLE_TEXT_LIMIT = 40;
const START_LENGTH = 20;
const END_LENGTH = 10;

/**
 * Percent-encodes one text-directive term. encodeURIComponent leaves `-`
 * alone, but the spec reserves it (as it does `&` and `,`) as syntax.
 */
export function encodeTextDirective(term: string): string {
  return encodeURIComponent(term).replace(/-/g, '%2D');
}

/**
 * The page address with a text fragment that scrolls to and highlights
 * `text`. Short text is quoted whole; longer text as `start,end`, which the
 * browser matches as a range, so the link stays short and survives a cut.
 * Any fragment already on the address is replaced.
 */
export function buildTextFragmentUrl(pageUrl: string, text: string): string {
  const base = stripFragment(pageUrl);
  const chars = Array.from(flattenLine(text));
  if (chars.length <= WHOLE_TEXT_LIMIT) return `${base}#:~:text=${encodeTextDirective(chars.join(''))}`;
  const start = chars.slice(0, START_LENGTH).join('').trimEnd();
  const end = chars.slice(-END_LENGTH).join('').trimStart();
  return `${base}#:~:text=${encodeTextDirective(start)},${encodeTextDirective(end)}`;
}

/**
 * The deep link to a point: its marker and title as the page shows them;
 * null without a page address. A marker that stands alone on its line (empty
 * title) is linked as the range from the marker to the end of the first clause
 * after it, because one quoted term cannot reach across paragraphs.
 */
export function buildPointLink(pageUrl: string | null, point: OutlinePoint): string | null {
  if (!pageUrl) return null;
  const marker = flattenLine(point.marker);
  const title = flattenLine(point.title);
  if (title !== '') return buildTextFragmentUrl(pageUrl, marker + title);
  const clause = Array.from(firstClause(pointBody(point))).slice(-END_LENGTH).join('');
  if (marker === '' || clause === '') return buildTextFragmentUrl(pageUrl, marker + clause);
  return `${stripFragment(pageUrl)}#:~:text=${encodeTextDirective(marker)},${encodeTextDirective(clause)}`;
}

function stripFragment(url: string): string {
  return url.replace(/#.*$/s, '');
}

/** The text up to its first sentence or clause end, so a cut lands where a word ends. */
function firstClause(text: string): string {
  const m = /^[^。！？；!?;，,]+/.exec(text);
  return m ? m[0] : text;
}
