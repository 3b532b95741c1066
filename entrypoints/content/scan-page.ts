/**
 * The content script's one job: read the page, find its outline and, on a
 * speech page, tell the background. Nothing is added to the page.
 */
import { countPoints, extractOutline, toOutlineDocument, type OutlineDocument } from '../../core/index.ts';
// Not (yet) re-exported by core/index.ts; the CLI imports it from here too.
import { cleanPageTitle } from '../../core/page-title.ts';
import { readPage } from '../../dom/index.ts';
import { looksLikeLongChineseText } from './page-gate.ts';

/** Prefix of everything the extension logs in a page's console. */
export const LOG_PREFIX = '[讲话提纲助手]';

/** What a scan concluded. */
export type ScanResult =
  | { kind: 'skipped'; reason: 'short-or-not-chinese' }
  | { kind: 'not-speech' }
  | { kind: 'speech'; outline: OutlineDocument; count: number };

/**
 * The performance measure a read of the page leaves in its timeline, start to
 * paint (the reading view's sliced read, pauses included; `scanDocument`'s
 * one-go scan). Read by bench/content-script-cost.ts.
 */
export const SCAN_MEASURE = 'speech-outline:scan';

/** Runs `work` (the content script's reading of the page) and leaves its time in the page's timeline as `SCAN_MEASURE`. */
export function measureScan<T>(work: () => T): T {
  const start = performance.now();
  try {
    return work();
  } finally {
    performance.measure(SCAN_MEASURE, { start, end: performance.now() });
  }
}

/** Reads `doc` and extracts its outline, skipping pages that cannot be speeches; its time becomes a `SCAN_MEASURE` entry. */
export function scanDocument(doc: Document, url: string): ScanResult {
  return measureScan(() => scanDocumentUntimed(doc, url));
}

function scanDocumentUntimed(doc: Document, url: string): ScanResult {
  if (!looksLikeLongChineseText(doc.body?.textContent ?? '')) return { kind: 'skipped', reason: 'short-or-not-chinese' };
  const page = readPage(doc);
  const extracted = extractOutline(page.blocks, { title: cleanPageTitle(page.title), url });
  if (!extracted.detection.isSpeechPage) return { kind: 'not-speech' };
  const outline = toOutlineDocument(extracted);
  return { kind: 'speech', outline, count: countPoints(outline) };
}
