/**
 * Reads a page for the reading view: like `scanDocument`, but keeps what the
 * highlights need (the blocks' map back to the DOM and each point's location).
 */
import { extractOutlineInSteps } from '../../../core/index.ts';
import { cleanPageTitle } from '../../../core/page-title.ts';
import { readPageInSteps, runSteps, type PageText } from '../../../dom/index.ts';
import { looksLikeLongChineseText } from '../page-gate.ts';
import { indexOutline, type ReadingOutline } from './reading-outline.ts';

/** A speech page as read: its text with the map back to the DOM, and its outline. */
export interface ReadPage {
  page: PageText;
  outline: ReadingOutline;
}

/** Reads `doc` as a speech page, or returns null when it is not one (or has no points). */
export function readSpeechPage(doc: Document, url: string): ReadPage | null {
  return runSteps(readSpeechPageInSteps(doc, url));
}

/**
 * `readSpeechPage` in steps: after the cheap gate, after every few hundred
 * nodes of the DOM walk and after each speech of the engine, so the content
 * script can run it in time slices (entrypoints/content/time-slice.ts).
 */
export function* readSpeechPageInSteps(doc: Document, url: string): Generator<void, ReadPage | null, void> {
  if (!looksLikeLongChineseText(doc.body?.textContent ?? '')) return null;
  yield;
  const page = yield* readPageInSteps(doc);
  const extracted = yield* extractOutlineInSteps(page.blocks, { title: cleanPageTitle(page.title), url });
  if (!extracted.detection.isSpeechPage) return null;
  const outline = indexOutline(extracted);
  return outline.points.length > 0 ? { page, outline } : null;
}
