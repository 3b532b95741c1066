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
  /** Index of the first candidate of the run this one belongs to (itself when it starts one). */
  run: number;
  /** A point although no other marker continues it (the lone 三、 an excerpt starts with). */
  standalone?: boolean;
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
 * can begin a marker. No nested quantifiers: linear on any input. 理由一：/原因之二：
 * are read at paragraph starts only: looking for their nouns after every boundary
 * cost the seed page a fifth of the engine's time.
 */
const INLINE_START = new RegExp(
  '[。；：！？，;:!?,][ \\u3000\\u00a0]*(?=[（(第其首再最〇零一二三四五六七八九十百0-9０-９\\u2460-\\u2473\\u3251-\\u325f\\u32b1-\\u32bf])',
  'g',
);

/** A candidate from a match; built field by field because object spread is ~10× slower here. */
function toCandidate(m: MarkerMatch, block: number, inline: boolean): Candidate {
  return {
    family: m.family, ordinal: m.ordinal, isLast: m.isLast, start: m.start, end: m.end, variant: m.variant,
    block, inline, prev: -1, hasNext: false, run: -1,
  };
}

/** Markers of one block, in order; markers never overlap. */
function scanBlock(text: string, block: number, out: Candidate[], limit: number): void {
  let i = 0;
  for (let c = text.charCodeAt(0); c === 32 || c === 0x3000 || c === 0xa0; c = text.charCodeAt(++i));
  const first = limit > out.length ? matchMarkerAt(text, i) : null;
  if (first?.family === 'dash' && first.end >= text.length) return; // a lone ——
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

/**
 * The list a marker can continue: 首先/其次 with bare 第三/第四 (mixed runs are
 * common), 一是/一要/一则 with each other (一是…三是、四要、五是), but 第一条 only
 * with 第二条 and 理由一 only with 理由二.
 */
function linkKey(c: Candidate): string {
  if (c.family === 'seq' || (c.family === 'di' && c.variant === '')) return 'seq';
  if (c.family === 'di' || c.family === 'label') return `${c.family}:${c.variant}`;
  return c.family;
}

/** Families that may skip a number (六、 then 八、): numbered headings, where a gap is a misprint or a cut. */
const GAP_FAMILIES: ReadonlySet<MarkerFamily> = new Set(['cn-dun', 'cn-paren', 'ar-dot', 'ar-paren', 'di']);

/** How far apart an unpunctuated 首先 and 其次 in one paragraph may stand and still enumerate. */
const MAX_BARE_SEQ_GAP = 200;

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
  linkCandidates(blocks, list);
  keepLeadingHeading(blocks, list);
  return list;
}

/** Links every candidate to the one it continues: O(1) per candidate through maps keyed by list and number. */
function linkCandidates(blocks: TextBlock[], list: Candidate[]): void {
  const latest = new Map<string, number>(); // `${key}#${ordinal}` → latest candidate
  const latestAny = new Map<string, number>(); // key → latest candidate of that list kind
  const latestOrdered = new Map<'seq' | 'di', number>(); // for 最后: latest linked 其次/再次 and bare 第N (N ≥ 2)
  const link = (c: Candidate, idx: number, to: number): void => {
    const p = list[to] as Candidate;
    c.prev = to;
    p.hasNext = true;
    c.run = p.run;
    if (c.family === 'dash') c.ordinal = p.ordinal + 1;
  };
  for (let idx = 0; idx < list.length; idx++) {
    const c = list[idx] as Candidate;
    const key = linkKey(c);
    c.run = idx;
    if (c.family === 'dash') {
      const p = latestAny.get(key);
      if (p !== undefined && (list[p] as Candidate).block === c.block - 1) link(c, idx, p);
    } else if (c.isLast) {
      const target = closingTarget(list, latestOrdered.get('seq'), latestOrdered.get('di'));
      const p = target === undefined ? undefined : list[target];
      if (target !== undefined && p && (p.prev >= 0 || p.ordinal >= 2)) {
        link(c, idx, target);
        c.ordinal = p.ordinal + 1;
      }
      continue;
    } else if (c.ordinal >= 2) {
      // In a mixed 首先/其次/第三 list, 第二 still continues 第一 before it continues a 首先 in between.
      const own = key === 'seq' ? latest.get(`${c.family}|${c.ordinal - 1}`) : undefined;
      const p = own !== undefined && !(list[own] as Candidate).hasNext ? own : latest.get(`${key}#${c.ordinal - 1}`);
      if (p !== undefined && !isStraySeq(list[p] as Candidate, c)) link(c, idx, p);
      else if (GAP_FAMILIES.has(c.family) && !c.inline) {
        // 六、 then 八、: the run goes on over one missing number if nothing of its kind came between.
        const gap = latest.get(`${key}#${c.ordinal - 2}`);
        const g = gap === undefined ? undefined : list[gap];
        if (gap !== undefined && g && !g.inline && g.prev >= 0 && latestAny.get(key) === gap) link(c, idx, gap);
      }
    } else if (c.family === 'shi' && c.inline) {
      // 两点：一是…；一是…: a misprinted repeat right after the first 一是 of a paragraph continues it.
      const p = list[idx - 1];
      if (p && p.family === 'shi' && p.ordinal === 1 && p.block === c.block && !p.hasNext && !hasColonBetween(blocks, p, c)) link(c, idx, idx - 1);
    }
    latest.set(`${key}#${c.ordinal}`, idx);
    if (key === 'seq') latest.set(`${c.family}|${c.ordinal}`, idx);
    latestAny.set(key, idx);
    if (c.ordinal >= 2 && c.prev >= 0 && key === 'seq') latestOrdered.set(c.family === 'seq' ? 'seq' : 'di', idx);
  }
}

/**
 * What 最后 closes: the latest 其次/再次 or bare 第N. When the 第N run began inside
 * the 其次 (首先…其次：第一…第二…第三… 最后), 最后 closes the outer 首先 run.
 */
function closingTarget(list: Candidate[], seq: number | undefined, di: number | undefined): number | undefined {
  if (seq === undefined || di === undefined) return seq ?? di;
  return (list[di] as Candidate).run > seq ? seq : Math.max(seq, di);
}

/** A 首先 and a 其次 far apart in one paragraph, neither followed by punctuation: words, not a list (首先要明确… …其次才是…). */
function isStraySeq(p: Candidate, c: Candidate): boolean {
  if (c.family !== 'seq' || p.family !== 'seq' || p.block !== c.block) return false;
  return p.end - p.start === 2 && c.end - c.start === 2 && c.start - p.end > MAX_BARE_SEQ_GAP;
}

function hasColonBetween(blocks: TextBlock[], p: Candidate, c: Candidate): boolean {
  const text = (blocks[c.block] as TextBlock).text;
  for (let i = p.end; i < c.start; i++) if (text[i] === '：' || text[i] === ':') return true;
  return false;
}

/** Families a numbered heading is written in; only these may stand alone as the first point of an excerpt. */
const HEADING_FAMILIES: ReadonlySet<MarkerFamily> = new Set(['cn-dun', 'cn-paren', 'di']);

/**
 * An excerpt that starts at 三、 (the rest of the report cut away): a lone
 * numbered heading line before all other points still heads what follows.
 */
function keepLeadingHeading(blocks: TextBlock[], list: Candidate[]): void {
  // The first marker that starts a paragraph, with no point before it (a ——date line or the title's own 三、 may come first).
  const at = list.findIndex((o) => (!o.inline && o.family !== 'dash') || isLinked(o));
  const c = list[at];
  if (!c || c.inline || c.prev >= 0 || c.hasNext || !HEADING_FAMILIES.has(c.family)) return;
  if (c.family === 'di' && c.variant === '') return;
  const text = (blocks[c.block] as TextBlock).text;
  if (text.length > 40 || /[。！？；!?;]/.test(text)) return;
  if (list.some((o, i) => i > at && isLinked(o))) c.standalone = true;
}

/** True for candidates that are part of a run: they continue one or are continued. */
export function isLinked(c: Candidate): boolean {
  return c.prev >= 0 || c.hasNext || c.standalone === true;
}
