/**
 * Reads a page for the reading view: like `scanDocument`, but keeps what the
 * highlights need (the blocks' map back to the DOM and each point's location).
 */
import { extractOutline } from '../../core/index.ts';
import { cleanPageTitle } from '../../core/page-title.ts';
import { readPage, type PageText } from '../../dom/index.ts';
import { looksLikeLongChineseText } from '../page-gate.ts';
import { indexOutline, type ReadingOutline } from './reading-outline.ts';

/** A speech page as read: its text with the map back to the DOM, and its outline. */
export interface ReadPage {
  page: PageText;
  outline: ReadingOutline;
}

/** Reads `doc` as a speech page, or returns null when it is not one (or has no points). */
export function readSpeechPage(doc: Document, url: string): ReadPage | null {
  if (!looksLikeLongChineseText(doc.body?.textContent ?? '')) return null;
  const page = readPage(doc);
  const extracted = extractOutline(page.blocks, { title: cleanPageTitle(page.title), url });
  if (!extracted.detection.isSpeechPage) return null;
  const outline = indexOutline(extracted);
  return outline.points.length > 0 ? { page, outline } : null;
}
