/**
 * Converts between DOM selections and offsets in the page text (the blocks of
 * `readPage` joined by '\n'), through the blocks' source runs. A boundary that
 * falls in text the reader cannot see (a display:none watermark, collapsed
 * whitespace, between two blocks) moves to the nearest readable character
 * inside the selection, so the offsets cover exactly the visible text selected.
 */
import type { PageText } from './read-page.ts';

/** Characters [start, end) of the page text. */
export interface TextSpan {
  start: number;
  end: number;
}

/** One source run in document order: page chars [pageStart, pageStart+length) ↔ node chars [nodeStart, …). */
interface Run {
  node: Text;
  nodeStart: number;
  pageStart: number;
  length: number;
}

/** A page's runs in document order, for mapping in both directions. */
export interface RunIndex {
  readonly page: PageText;
  readonly runs: readonly Run[];
  /** The page text: every block's text joined by '\n'. */
  readonly text: string;
}

/** Indexes `page` once; every later mapping is a binary search. */
export function indexRuns(page: PageText): RunIndex {
  const runs: Run[] = [];
  page.blocks.forEach((block, b) => {
    const source = page.sources[b]!;
    const n = source.runStarts.length;
    for (let i = 0; i < n; i++) {
      const from = source.runStarts[i]!;
      const to = i + 1 < n ? source.runStarts[i + 1]! : block.text.length;
      if (to > from) runs.push({ node: source.nodes[i]!, nodeStart: source.nodeOffsets[i]!, pageStart: block.start + from, length: to - from });
    }
  });
  return { page, runs, text: page.blocks.map((b) => b.text).join('\n') };
}

/** -1, 0 or 1 as DOM point (aNode, aOffset) is before, at or after (bNode, bOffset). */
function comparePoints(probe: Range, aNode: Node, aOffset: number, bNode: Node, bOffset: number): number {
  probe.setStart(aNode, aOffset);
  probe.collapse(true);
  return -probe.comparePoint(bNode, bOffset);
}

/** Page offset for a selection's start: the first readable character at or after the point. */
function startOffset(index: RunIndex, probe: Range, node: Node, offset: number): number {
  const { runs } = index;
  // First run whose end lies after the point.
  let lo = 0;
  let hi = runs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const r = runs[mid]!;
    if (comparePoints(probe, node, offset, r.node, r.nodeStart + r.length) < 0) hi = mid;
    else lo = mid + 1;
  }
  const run = runs[lo];
  if (!run) return index.text.length;
  if (node === run.node && offset > run.nodeStart) return run.pageStart + (offset - run.nodeStart);
  return run.pageStart;
}

/** Page offset for a selection's end: just after the last readable character before the point. */
function endOffset(index: RunIndex, probe: Range, node: Node, offset: number): number {
  const { runs } = index;
  // Last run whose start lies before the point.
  let lo = -1;
  let hi = runs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const r = runs[mid]!;
    if (comparePoints(probe, r.node, r.nodeStart, node, offset) < 0) lo = mid;
    else hi = mid - 1;
  }
  const run = runs[lo];
  if (!run) return 0;
  if (node === run.node && offset < run.nodeStart + run.length) return run.pageStart + (offset - run.nodeStart);
  return run.pageStart + run.length;
}

/**
 * The page-text span a DOM range covers, or null when it holds no readable
 * character (only hidden text, only the space between blocks, or nothing of
 * the content region). A span may cross blocks; it then contains their '\n'.
 */
export function rangeToTextSpan(index: RunIndex, range: AbstractRange): TextSpan | null {
  if (index.runs.length === 0) return null;
  const probe = index.page.root.ownerDocument.createRange();
  const start = startOffset(index, probe, range.startContainer, range.startOffset);
  const end = endOffset(index, probe, range.endContainer, range.endOffset);
  // Trim the joins between blocks off the ends: a selection ending at a paragraph's end should not carry its '\n'.
  let s = start;
  let e = end;
  while (s < e && index.text.charCodeAt(s) === 10) s++;
  while (e > s && index.text.charCodeAt(e - 1) === 10) e--;
  return s < e ? { start: s, end: e } : null;
}

/** The run holding page char `offset`, or -1 (a '\n' between blocks, or out of range). */
function runAt(index: RunIndex, offset: number): number {
  const { runs } = index;
  let lo = 0;
  let hi = runs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = runs[mid]!;
    if (offset < r.pageStart) hi = mid - 1;
    else if (offset >= r.pageStart + r.length) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** First run at or after page offset `offset`. */
function runFrom(index: RunIndex, offset: number): number {
  const at = runAt(index, offset);
  if (at >= 0) return at;
  const i = index.runs.findIndex((r) => r.pageStart >= offset);
  return i;
}

/**
 * A DOM Range over page chars [start, end): from the source of the first
 * readable char to just after the source of the last. Null for an empty or
 * out-of-range span. Hidden text between the ends is inside the Range (the DOM
 * has it there) but was never part of the span.
 */
export function textSpanToRange(index: RunIndex, span: TextSpan): Range | null {
  const { start, end } = span;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > index.text.length || start >= end) return null;
  const first = runFrom(index, start);
  let last = runAt(index, end - 1);
  if (last < 0) {
    // The span ends on a block join: end with the block before it.
    for (last = index.runs.length - 1; last >= 0 && index.runs[last]!.pageStart >= end; last--);
  }
  const a = index.runs[first];
  const b = index.runs[last];
  if (!a || !b || first > last) return null;
  const range = index.page.root.ownerDocument.createRange();
  range.setStart(a.node, a.nodeStart + Math.max(0, start - a.pageStart));
  range.setEnd(b.node, b.nodeStart + Math.min(b.length, end - b.pageStart));
  return range;
}
