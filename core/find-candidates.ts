/**
 * Finds every possible enumeration marker in a range of blocks — at the start of
 * a block and inside it after 。；：！？， — and links each into the sequence it
 * continues. Only linked markers (a run of at least two) become points.
 */
import { canStartMarker, isInlineBoundary, matchMarkerAt, type MarkerFamily, type MarkerMatch } from './markers.ts';
import type { TextBlock } from './types.ts';

/** A marker found in a block, with the sequence link that makes it a point. */
export interface Candidate extends MarkerMatch {
  block: number;
  inline: boolean;
  /** Index (in the candidate list) of the point this one continues, or -1. */
  prev: number;
  /** True when a later candidate continues this one. */
  hasNext: boolean;
}

/** Markers of one block, in order; markers never overlap. */
function scanBlock(text: string, block: number, out: Candidate[]): void {
  let i = 0;
  while (i < text.length && (text[i] === ' ' || text[i] === '\u3000' || text[i] === '\u00a0')) i++;
  const first = matchMarkerAt(text, i);
  let from = i + 1;
  if (first) {
    out.push({ ...first, block, inline: false, prev: -1, hasNext: false });
    from = first.end;
  }
  for (let p = from; p < text.length; p++) {
    if (!canStartMarker(text[p]) || !isInlineBoundary(text, p)) continue;
    const m = matchMarkerAt(text, p);
    if (m) {
      out.push({ ...m, block, inline: true, prev: -1, hasNext: false });
      p = m.end - 1;
    }
  }
}

/** Families whose numbers may continue each other's runs (首先/其次/第三/第四…最后). */
function linkFamilies(f: MarkerFamily): MarkerFamily[] {
  return f === 'seq' || f === 'di' ? ['seq', 'di'] : [f];
}

/**
 * All candidates in blocks [first, last], skipping `skip` (section headings),
 * with each one linked to the nearest earlier candidate it continues.
 */
export function findCandidates(blocks: TextBlock[], first: number, last: number, skip: Set<number>): Candidate[] {
  const list: Candidate[] = [];
  for (let b = first; b <= last; b++) {
    if (skip.has(b)) continue;
    scanBlock((blocks[b] as TextBlock).text, b, list);
  }
  // Nearest earlier candidate per family and number: O(1) linking, linear overall.
  const latest = new Map<string, number>();
  const latestOrdered = new Map<MarkerFamily, number>(); // for 最后: latest seq/di with number ≥ 2
  list.forEach((c, idx) => {
    if (c.isLast) {
      let best = -1;
      for (const f of linkFamilies(c.family)) best = Math.max(best, latestOrdered.get(f) ?? -1);
      const p = list[best];
      if (p && (p.prev >= 0 || p.ordinal >= 2)) {
        c.prev = best;
        c.ordinal = p.ordinal + 1;
        p.hasNext = true;
      }
      return;
    }
    if (c.ordinal >= 2) {
      let best = -1;
      for (const f of linkFamilies(c.family)) best = Math.max(best, latest.get(`${f}:${c.ordinal - 1}`) ?? -1);
      const p = list[best];
      if (p) {
        c.prev = best;
        p.hasNext = true;
      }
    }
    latest.set(`${c.family}:${c.ordinal}`, idx);
    if (c.ordinal >= 2 && c.prev >= 0) latestOrdered.set(c.family, idx);
  });
  return list;
}

/** True for candidates that are part of a run: they continue one or are continued. */
export function isLinked(c: Candidate): boolean {
  return c.prev >= 0 || c.hasNext;
}
