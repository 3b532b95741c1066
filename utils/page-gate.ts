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

/** True when `text` is long enough and Chinese enough to be worth extracting. */
export function looksLikeLongChineseText(text: string): boolean {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  let cjk = 0;
  let visible = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c <= 32 || c === 0xa0 || c === 0x3000) continue;
    visible++;
    // CJK Unified Ideographs and Extension A: the characters a speech is written in.
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) cjk++;
  }
  return cjk >= MIN_CJK_CHARS && cjk >= visible * MIN_CJK_SHARE;
}
