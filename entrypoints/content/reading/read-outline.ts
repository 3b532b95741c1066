/**
 * Reads a page for the reading view: its text with the blocks' map back to the
 * DOM (what the highlights need) and its outline with each point's location.
 */
import type { ExtractedOutline } from '../../../core/index.ts';
import { readPageInSteps, type PageText } from '../../../dom/index.ts';
import { looksLikeLongChineseText } from '../page-gate.ts';
import { outlineOfPageInSteps } from '../page-model.ts';
import { indexOutline, type ReadingOutline } from './reading-outline.ts';

/** A speech page as read: its text with the map back to the DOM, and its outline (numbered for reading, and as the engine gave it). */
export interface ReadPage {
  page: PageText;
  outline: ReadingOutline;
  extracted: ExtractedOutline;
}

/**
 * Reads `doc` as a speech page, or returns null when it is not one (or has no
 * points). It pauses after the cheap gate, after every few hundred nodes of the
 * DOM walk and after each speech of the engine, so the content script can run
 * it in time slices (entrypoints/content/time-slice.ts).
 */
export function* readSpeechPageInSteps(doc: Document, url: string): Generator<void, ReadPage | null, void> {
  if (!looksLikeLongChineseText(doc.body?.textContent ?? '')) return null;
  yield;
  const page = yield* readPageInSteps(doc);
  const extracted = yield* outlineOfPageInSteps(page, url);
  if (!extracted.detection.isSpeechPage) return null;
  const outline = indexOutline(extracted);
  return outline.points.length > 0 ? { page, outline, extracted } : null;
}
