/**
 * Splits a page's blocks into speeches: 篇N: headings of 范文 sites, speech-titled
 * headings, and sub-titles such as "在党员会议上的讲话(二):".
 */
import { matchMarkerAt } from './markers.ts';
import { SPEECH_WORD } from './speech-cues.ts';
import type { TextBlock } from './types.ts';

/** A run of blocks that holds one speech. */
export interface SectionSpan {
  title: string;
  /** The heading block, or -1 for the page-title section. */
  headingBlock: number;
  firstBlock: number;
  lastBlock: number;
  kind: 'pian' | 'heading' | 'subtitle' | 'page';
}

const PIAN = /^篇[ \u3000]{0,2}[0-9０-９一二三四五六七八九十]{1,4}[ \u3000]{0,2}[:：]/;
// Bounded by the length check before it is used, so it cannot blow up.
const SUBTITLE = new RegExp(`(?:${SPEECH_WORD.source})[^。！？!?]{0,12}[（(][一二三四五六七八九十0-9]{1,3}[)）][ \\u3000]*[:：]?$`);

/** True for a 篇N: heading line of the seed site's shape. */
export function isPianHeading(text: string): boolean {
  return text.charCodeAt(0) === 0x7bc7 /* 篇 */ && PIAN.test(text);
}

/** True for a short speech sub-title ending in (一): / （二）. */
export function isSpeechSubtitle(text: string): boolean {
  if (text.length > 60 || text.length < 4) return false;
  const last = text[text.length - 1];
  return (last === ')' || last === '）' || last === ':' || last === '：' || last === ' ' || last === '\u3000') && SUBTITLE.test(text);
}

/** A line that reads as a document's own heading in plain text: short, no sentence punctuation. */
const HEADING_LINE_MAX = 40;

function isSpeechHeading(block: TextBlock): boolean {
  const text = block.text;
  if (text.length > 60 || !SPEECH_WORD.test(text) || matchMarkerAt(text, 0) !== null) return false;
  if (block.kind === 'heading') return (block.headingLevel ?? 2) >= 2;
  // Plain text and <p> pages: five people's 述职报告 on one page, each under a title line of its own.
  return block.kind === 'paragraph' && text.length <= HEADING_LINE_MAX && !/[。，、；：！？,;:!?]/.test(text);
}

function stripTrailingColon(s: string): string {
  if (!s.endsWith(':') && !s.endsWith('：')) return s;
  let end = s.length - 1;
  while (end > 0 && (s[end - 1] === ' ' || s[end - 1] === '\u3000')) end--;
  return s.slice(0, end);
}

/**
 * Sections of a page. Blocks before the first heading form a leading 'page'
 * section (the caller drops it when it holds no points). A sub-title directly
 * under a 篇 heading names the same speech and does not split it again.
 */
export function splitSections(blocks: TextBlock[], pageTitle: string): SectionSpan[] {
  const heads: Array<{ block: number; kind: SectionSpan['kind'] }> = [];
  const pianCount = blocks.reduce((n, b) => n + (isPianHeading(b.text) ? 1 : 0), 0);
  const headingCount = pianCount > 0 ? 0 : blocks.reduce((n, b) => n + (isSpeechHeading(b) ? 1 : 0), 0);
  let lastHead = -2;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i] as TextBlock;
    let kind: SectionSpan['kind'] | null = null;
    if (pianCount > 0 && isPianHeading(b.text)) kind = 'pian';
    else if (headingCount >= 2 && isSpeechHeading(b)) kind = 'heading';
    else if (isSpeechSubtitle(b.text) && lastHead !== i - 1) kind = 'subtitle';
    if (kind === null) continue;
    // A lone sub-title on a page without other headings is just a speech title.
    heads.push({ block: i, kind });
    lastHead = i;
  }
  const subtitleOnly = heads.every((h) => h.kind === 'subtitle');
  if (heads.length === 0 || (subtitleOnly && heads.length < 2)) {
    return [{ title: pageTitle, headingBlock: -1, firstBlock: 0, lastBlock: blocks.length - 1, kind: 'page' }];
  }
  const spans: SectionSpan[] = [];
  const first = heads[0] as { block: number };
  if (first.block > 0) {
    spans.push({ title: pageTitle, headingBlock: -1, firstBlock: 0, lastBlock: first.block - 1, kind: 'page' });
  }
  heads.forEach((h, k) => {
    const next = heads[k + 1];
    const text = (blocks[h.block] as TextBlock).text;
    spans.push({
      title: h.kind === 'subtitle' ? stripTrailingColon(text) : text,
      headingBlock: h.block,
      firstBlock: h.block + 1,
      lastBlock: next ? next.block - 1 : blocks.length - 1,
      kind: h.kind,
    });
  });
  return spans;
}
