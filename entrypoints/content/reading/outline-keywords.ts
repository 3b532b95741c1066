/**
 * Keywords for the panel (issue #6): up to three per top-level point and per
 * speech, from jieba in the background (`text/keywords`). Each request ranks
 * its texts against each other, so a point's chips say what sets it apart from
 * its siblings. Without jieba there are simply no chips.
 */
import { MAX_KEYWORD_TEXTS, MAX_TEXT_CHARS } from '../../../protocol/text-types.ts';
import { sendMessage } from '../../../protocol/send.ts';
import type { ReadingOutline } from './reading-outline.ts';

/** Chips shown per point or speech. */
export const KEYWORDS_PER_ITEM = 3;
/** Asked for per text, so overlapping words (党委, 办公厅, 党委办公厅) can be thinned out and three still remain. */
const KEYWORDS_ASKED = 6;

/** The panel's keywords: by point id (top-level points) and by section index. */
export interface OutlineKeywords {
  points: ReadonlyMap<number, readonly string[]>;
  sections: ReadonlyMap<number, readonly string[]>;
}

/** A point's text with its sub-points' texts: what the point as a whole is about. */
export function pointTreeText(outline: ReadingOutline, id: number): string {
  const parts: string[] = [];
  const visit = (i: number) => {
    const p = outline.points[i];
    if (!p) return;
    parts.push(p.text || p.title);
    for (const child of p.children) visit(child);
  };
  visit(id);
  return parts.join('\n');
}

/** The texts to rank: each top-level point, and each section (all of its points). */
export function keywordRequests(outline: ReadingOutline): { pointIds: number[]; pointTexts: string[]; sectionTexts: string[] } {
  const pointIds = outline.sections.flatMap((s) => s.roots);
  const pointTexts = pointIds.map((id) => pointTreeText(outline, id));
  const sectionTexts = outline.sections.map((s) => s.roots.map((id) => pointTreeText(outline, id)).join('\n'));
  return { pointIds, pointTexts, sectionTexts };
}

/** Cuts texts to what one `text/keywords` request may carry (count and total length). */
export function fitKeywordTexts(texts: readonly string[]): string[] {
  const fitted = texts.slice(0, MAX_KEYWORD_TEXTS);
  const share = Math.floor(MAX_TEXT_CHARS / Math.max(1, fitted.length));
  return fitted.map((t) => (t.length > share ? t.slice(0, share) : t));
}

/** The best `count` words, skipping any that contains or is contained in a word already taken. */
export function pickDistinctKeywords(ranked: readonly string[], count: number = KEYWORDS_PER_ITEM): string[] {
  const picked: string[] = [];
  for (const word of ranked) {
    if (picked.length >= count) break;
    if (picked.some((p) => p.includes(word) || word.includes(p))) continue;
    picked.push(word);
  }
  return picked;
}

async function rank(texts: readonly string[]): Promise<string[][] | null> {
  if (texts.length === 0) return [];
  const reply = await sendMessage('text/keywords', { texts: fitKeywordTexts(texts), topK: KEYWORDS_ASKED });
  return reply.ok ? reply.value.keywords.map((words) => pickDistinctKeywords(words)) : null;
}

/** Asks the background for the outline's keywords; null when jieba is not available (no chips then). */
export async function fetchOutlineKeywords(outline: ReadingOutline): Promise<OutlineKeywords | null> {
  const { pointIds, pointTexts, sectionTexts } = keywordRequests(outline);
  const [forPoints, forSections] = await Promise.all([rank(pointTexts), rank(sectionTexts)]);
  if (!forPoints || !forSections) return null;
  const points = new Map<number, readonly string[]>();
  pointIds.forEach((id, i) => {
    const words = forPoints[i] ?? [];
    if (words.length > 0) points.set(id, words);
  });
  const sections = new Map<number, readonly string[]>();
  forSections.forEach((words, i) => {
    if (words.length > 0) sections.set(i, words);
  });
  return { points, sections };
}
