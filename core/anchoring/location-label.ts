/**
 * Where a note sits, in the words of the page: which speech (篇N), then the
 * outline markers down to its point — 篇3 › 二 › （三）. On a page of eighteen
 * speeches "（一） › 第一" alone could be any of them, so the speech comes first
 * whenever the page has more than one.
 */
import type { OutlineContext } from '../annotation-types.ts';

/** Longest section title used as the speech's name when it has no 篇N of its own. */
const SHORT_TITLE_CHARS = 16;

/** A section title's own 篇 number, as the page writes it: 篇3:… or 篇 3：… → 篇3. */
function declaredSpeech(title: string): string | null {
  const m = /^\s*篇\s*(\d{1,3})(?!\d)/.exec(title);
  return m ? `篇${m[1]}` : null;
}

/** `title` cut to a label's length (with … when cut). */
function shortTitle(title: string): string {
  const flat = title.replace(/\s+/g, ' ').trim();
  return flat.length > SHORT_TITLE_CHARS ? `${flat.slice(0, SHORT_TITLE_CHARS)}…` : flat;
}

/**
 * The speech a note belongs to, or null on a page of one speech. Uses the
 * page's own 篇N when the section title starts with one (so the label matches
 * what the reader sees, even when an untitled part comes first); otherwise
 * the section's title, shortened. A note saved before `sectionCount` was kept
 * counts as being on a page of several speeches when it is not in the first.
 */
export function speechLabel(context: OutlineContext): string | null {
  const several = context.sectionCount !== undefined ? context.sectionCount > 1 : context.sectionIndex > 0;
  const declared = declaredSpeech(context.sectionTitle);
  if (declared) return declared;
  if (!several) return null;
  return shortTitle(context.sectionTitle) || `第${context.sectionIndex + 1}部分`;
}

/** A marker without the punctuation that follows it: 二、 → 二, 1. → 1, 第一， → 第一; （三） and 一是 stay. */
export function bareMarker(marker: string): string {
  return marker.trim().replace(/[、.．,，:：;；\s]+$/u, '') || marker.trim();
}

/** The parts of a note's location: [篇N?, marker, marker, …]. */
export function locationParts(context: OutlineContext): string[] {
  const speech = speechLabel(context);
  return [...(speech ? [speech] : []), ...context.path.map(bareMarker)];
}

/** The location as one line: 篇3 › 二 › （三）('' for a page of one speech and a note outside every point). */
export function locationLabel(context: OutlineContext, separator = ' › '): string {
  return locationParts(context).join(separator);
}
