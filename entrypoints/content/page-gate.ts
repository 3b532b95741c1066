/**
 * A cheap first look at a page before the engine reads it: most pages a
 * speech site serves are lists, searches and short notices, and pages in
 * other languages have no 一、（一） skeleton at all.
 */

/** Fewer Chinese characters than this is a notice or a list, not a long speech. */
export const MIN_CJK_CHARS = 300;
/** Below this share of CJK among non-space characters the page is not Chinese prose. */
export const MIN_CJK_SHARE = 0.2;
/** Only this much text is sampled, so a huge page costs no more than a long one. */
const SAMPLE_CHARS = 60_000;

const CJK_CHARS = /[\u3400-\u4dbf\u4e00-\u9fff]+/g;
/** What does not count as visible: control characters, spaces, nbsp, ideographic space. */
const INVISIBLE = /[\u0000-\u0020\u00a0\u3000]+/g;

/**
 * True when `text` is long enough and Chinese enough to be worth extracting.
 * Counted with regular expressions, which run as native code even on the
 * content script's first run, where a character loop would be interpreted.
 */
export function looksLikeLongChineseText(text: string): boolean {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const cjk = sample.length - sample.replace(CJK_CHARS, '').length;
  if (cjk < MIN_CJK_CHARS) return false;
  const visible = sample.replace(INVISIBLE, '').length;
  return cjk >= visible * MIN_CJK_SHARE;
}
