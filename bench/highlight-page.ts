/**
 * The in-page half of `bench/highlight-vs-wrap.ts`, bundled to one script and
 * added to the page: reads the seed page's outline with the extension's own
 * code and times painting and clearing its points both ways.
 */
import { extractOutline, walkPoints, type LocatedPoint } from '../core/index.ts';
import { createHighlightPainter, type PaintedPoint } from '../dom/highlight-painter.ts';
import { pointRanges } from '../dom/highlight-ranges.ts';
import { wrapRanges, type WrapRequest } from '../dom/highlight-wrap.ts';
import { readPage } from '../dom/index.ts';

/** One timed run: the synchronous call, and until the next frame has been drawn. */
export interface PaintTiming {
  applyMs: number;
  applyFrameMs: number;
  clearMs: number;
  clearFrameMs: number;
  ranges: number;
}

/** The points of the page as it is now, with fresh Ranges (wrapping moves text nodes, so ranges are re-read per run). */
function currentPoints(): PaintedPoint[] {
  const page = readPage(document);
  const outline = extractOutline(page.blocks, { title: page.title, url: null });
  const located: LocatedPoint[] = [];
  for (const s of outline.sections) walkPoints(s.points, (p) => located.push(p));
  return located.map((p) => ({ depth: p.depth, ...pointRanges(page, p.at) }));
}

/** Runs a full GC when Chromium was started with --js-flags=--expose-gc, so dropped live Ranges are gone. */
function collectGarbage(): void {
  (globalThis as unknown as { gc?: () => void }).gc?.();
}

/** Resolves once two animation frames have passed: style, layout and paint of the change are done. */
function nextFrame(): Promise<void> {
  return new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done())));
}

async function timeBoth(apply: () => void, clear: () => void, ranges: number): Promise<PaintTiming> {
  await nextFrame();
  let t = performance.now();
  apply();
  void document.body.offsetHeight;
  const applyMs = performance.now() - t;
  await nextFrame();
  const applyFrameMs = performance.now() - t;
  t = performance.now();
  clear();
  void document.body.offsetHeight;
  const clearMs = performance.now() - t;
  await nextFrame();
  return { applyMs, applyFrameMs, clearMs, clearFrameMs: performance.now() - t, ranges };
}

/** Paints with the CSS Custom Highlight API and clears again. */
async function runHighlightApi(): Promise<PaintTiming> {
  const points = currentPoints();
  const painter = createHighlightPainter(document, 'light');
  const ranges = points.reduce((n, p) => n + (p.marker ? 1 : 0) + (p.title ? 1 : 0), 0);
  collectGarbage();
  const timing = await timeBoth(() => painter.paint(points), () => painter.clear(), ranges);
  painter.dispose();
  return timing;
}

/** Wraps the same ranges in <mark> elements (as mark.js does) and unwraps them. */
async function runWrap(): Promise<PaintTiming> {
  const points = currentPoints();
  const requests: WrapRequest[] = [];
  const createWrapper = (doc: Document) => {
    const mark = doc.createElement('mark');
    mark.className = 'speech-mark';
    return mark;
  };
  // mark.js keeps text offsets, not live Ranges: hand over StaticRanges so the browser
  // does not update hundreds of live Ranges on every text-node split.
  const still = (r: Range) => new StaticRange({ startContainer: r.startContainer, startOffset: r.startOffset, endContainer: r.endContainer, endOffset: r.endOffset });
  for (const p of points) {
    if (p.marker) requests.push({ range: still(p.marker), createWrapper });
    if (p.title) requests.push({ range: still(p.title), createWrapper });
  }
  points.length = 0;
  collectGarbage();
  let handle: ReturnType<typeof wrapRanges> | null = null;
  return timeBoth(() => { handle = wrapRanges(requests); }, () => handle?.unwrap(), requests.length);
}

(globalThis as unknown as { __highlightBench: unknown }).__highlightBench = { runHighlightApi, runWrap };
