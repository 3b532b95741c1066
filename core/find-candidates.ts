/**
 * Finds every possible enumeration marker in a range of blocks — at the start of
 * a block and inside it after 。；：！？， — and links each into the sequence it
 * continues. Only linked markers (a run of at least two) become points.
 */
import { matchMarkerAt, type MarkerFamily, type MarkerMatch } from './markers.ts';
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

/**
 * How many markers one page may yield. A real page of 18 speeches has ~350;
 * the cap keeps hostile input (200,000 "一是，二是") from costing seconds.
 */
export const MAX_CANDIDATES_PER_PAGE = 5000;

/** What is left of the page's candidate budget, shared by its sections. */
export interface CandidateBudget {
  left: number;
}

/**
 * A boundary (。；：！？， and half-width forms), spaces, then a character that
 * can begin a marker. No nested quantifiers: linear on any input.
 */
const INLINE_START = /[。；：！？，;:!?,][ \u3000\u00a0]*(?=[（(第其首再最〇零一二三四五六七八九十百0-9０-９\u2460-\u2473\u3251-\u325f\u32b1-\u32bf])/g;

/** A candidate from a match; built field by field because object spread is ~10× slower here. */
function toCandidate(m: MarkerMatch, block: number, inline: boolean): Candidate {
  return { family: m.family, ordinal: m.ordinal, isLast: m.isLast, start: m.start, end: m.end, block, inline, prev: -1, hasNext: false };
}

/** Markers of one block, in order; markers never overlap. */
function scanBlock(text: string, block: number, out: Candidate[], limit: number): void {
  let i = 0;
  for (let c = text.charCodeAt(0); c === 32 || c === 0x3000 || c === 0xa0; c = text.charCodeAt(++i));
  const first = limit > out.length ? matchMarkerAt(text, i) : null;
  let from = i + 1;
  if (first) {
    out.push(toCandidate(first, block, false));
    from = first.end;
  }
  // The scan over every character is one native regex search rather than a JS
  // loop: it is as fast warm and much faster on a page's first (cold) run.
  const re = INLINE_START;
  re.lastIndex = Math.max(0, from - 1);
  let hit: RegExpExecArray | null;
  while (out.length < limit && (hit = re.exec(text)) !== null) {
    const p = hit.index + hit[0].length;
    const m = matchMarkerAt(text, p);
    if (m) {
      out.push(toCandidate(m, block, true));
      // A marker's own trailing 、/， may be the boundary of the next one (第一，二是…).
      re.lastIndex = m.end - 1;
    }
  }
}

/** Families whose numbers may continue each other's runs (首先/其次/第三/第四…最后). */
function linkFamilies(f: MarkerFamily): readonly MarkerFamily[] {
  return f === 'seq' || f === 'di' ? SEQ_OR_DI : SINGLE[f];
}
const SEQ_OR_DI: readonly MarkerFamily[] = ['seq', 'di'];
const FAMILY_INDEX: Record<MarkerFamily, number> = {
  'cn-dun': 0, 'cn-paren': 1, 'ar-dot': 2, 'ar-paren': 3, circled: 4, di: 5, shi: 6, qi: 7, seq: 8,
};
const SINGLE: Record<MarkerFamily, readonly MarkerFamily[]> = {
  'cn-dun': ['cn-dun'], 'cn-paren': ['cn-paren'], 'ar-dot': ['ar-dot'], 'ar-paren': ['ar-paren'], circled: ['circled'],
  di: ['di'], shi: ['shi'], qi: ['qi'], seq: ['seq'],
};

/**
 * All candidates in blocks [first, last], skipping `skip` (section headings),
 * with each one linked to the nearest earlier candidate it continues.
 */
export function findCandidates(
  blocks: TextBlock[],
  first: number,
  last: number,
  skip: Set<number>,
  budget: CandidateBudget = { left: MAX_CANDIDATES_PER_PAGE },
): Candidate[] {
  const list: Candidate[] = [];
  const limit = Math.max(0, budget.left);
  for (let b = first; b <= last && list.length < limit; b++) {
    if (skip.has(b)) continue;
    scanBlock((blocks[b] as TextBlock).text, b, list, limit);
  }
  budget.left -= list.length;
  // Nearest earlier candidate per family and number: O(1) linking, linear overall.
  const latest = new Map<number, number>();
  const key = (f: MarkerFamily, ordinal: number): number => FAMILY_INDEX[f] * 1000 + ordinal;
  const latestOrdered = new Map<MarkerFamily, number>(); // for 最后: latest seq/di with number ≥ 2
  for (let idx = 0; idx < list.length; idx++) {
    const c = list[idx] as Candidate;
    const families = linkFamilies(c.family);
    if (c.isLast) {
      let best = -1;
      for (const f of families) best = Math.max(best, latestOrdered.get(f) ?? -1);
      const p = list[best];
      if (p && (p.prev >= 0 || p.ordinal >= 2)) {
        c.prev = best;
        c.ordinal = p.ordinal + 1;
        p.hasNext = true;
      }
      continue;
    }
    if (c.ordinal >= 2) {
      let best = -1;
      for (const f of families) best = Math.max(best, latest.get(key(f, c.ordinal - 1)) ?? -1);
      const p = list[best];
      if (p) {
        c.prev = best;
        p.hasNext = true;
      }
    }
    latest.set(key(c.family, c.ordinal), idx);
    if (c.ordinal >= 2 && c.prev >= 0) latestOrdered.set(c.family, idx);
  }
  return list;
}

/** True for candidates that are part of a run: they continue one or are continued. */
export function isLinked(c: Candidate): boolean {
  return c.prev >= 0 || c.hasNext;
}
