/**
 * Builds the point tree of one section from linked candidates. Depth comes
 * from how this document uses its marker families, not from a fixed rank:
 * a list that starts between two items of another list lies inside the first
 * of them; where the text alone cannot tell (a list starting after another
 * list's last item), the families' nesting elsewhere in the same section
 * decides, then a visible break, then GB/T 9704 order, then "inside".
 */
import { isLinked, type Candidate } from './find-candidates.ts';
import { GB_RANK, type MarkerFamily } from './markers.ts';
import { breakOf, type BreakKind } from './speech-cues.ts';
import type { TextBlock } from './types.ts';

/** A candidate placed in the tree: its parent (candidate index) and depth. */
export interface PlacedCandidate {
  index: number;
  parent: number;
  depth: number;
}

interface Level {
  /** Candidate index of the latest point of this run. */
  index: number;
  /** The list kinds this level's run is written in (一是 and 四要 may share one run). */
  kinds: Set<string>;
  /** True when the point's body ends with its paragraph: an inline point, or a ——-led paragraph. */
  paragraphOnly: boolean;
  inline: boolean;
  block: number;
}

/** Deeper than any real speech goes; hostile input cannot build a deeper tree. */
const MAX_DEPTH = 12;

/**
 * What makes two lists the same kind for nesting: the family, and for 一是/一要,
 * 第一条/第一部分 and 理由一 the word that goes with the number.
 */
function kindOf(c: Candidate): string {
  return c.variant === '' ? c.family : `${c.family}:${c.variant}`;
}

/**
 * Which list kinds this section shows inside which: for every list that starts
 * between two items of another list, "outer > inner" is counted once. One
 * linear sweep over the candidates with a stack of the runs still open.
 */
function readNestingEvidence(list: Candidate[], kinds: string[], runLast: Map<number, number>): Map<string, number> {
  const evidence = new Map<string, number>();
  const open: number[] = []; // run ids, innermost last
  let previous = -1; // the linked candidate before this one
  list.forEach((c, i) => {
    if (!isLinked(c)) return;
    const before = previous;
    previous = i;
    while (open.length > 0 && (runLast.get(open[open.length - 1] as number) ?? -1) < i) open.pop();
    if (c.run !== i) return;
    const outer = open[open.length - 1];
    // Only a list right after an item of the open list counts: after a finished
    // list's last item the text cannot say which of the two holds it.
    if (outer !== undefined && (list[before] as Candidate | undefined)?.run === outer) {
      const key = `${kinds[outer]}>${kinds[i]}`;
      evidence.set(key, (evidence.get(key) ?? 0) + 1);
    }
    if ((runLast.get(i) ?? i) > i) open.push(i);
  });
  return evidence;
}

/**
 * Places every linked candidate; returns them in document order with parent
 * links (-1 for top level). Unlinked candidates (a lone 首先, 第一次…) are left out.
 */
export function nestCandidates(list: Candidate[], blocks: TextBlock[] = []): PlacedCandidate[] {
  const runLast = new Map<number, number>();
  list.forEach((c, i) => { if (isLinked(c)) runLast.set(c.run, i); });
  const kindAt = list.map(kindOf);
  const evidence = readNestingEvidence(list, kindAt, runLast);
  const outranks = (outer: string, inner: string): boolean =>
    evidence.size > 0 && (evidence.get(`${outer}>${inner}`) ?? 0) > (evidence.get(`${inner}>${outer}`) ?? 0);
  // Visible breaks, read only for the blocks between a list's end and a new list (most blocks never are).
  const breakKinds = new Map<number, BreakKind | null>();
  const breakAt = (b: number): BreakKind | null => {
    let kind = breakKinds.get(b);
    if (kind === undefined) {
      kind = blocks[b] ? breakOf((blocks[b] as TextBlock).text) : null;
      breakKinds.set(b, kind);
    }
    return kind;
  };
  /** The strongest break between blocks `from` and `to` (both excluded), if any. */
  const breakBetween = (from: number, to: number): BreakKind | null => {
    let found: BreakKind | null = null;
    for (let b = from + 1; b < to; b++) {
      const kind = breakAt(b);
      if (kind === 'appendix') return kind;
      found = found ?? kind;
    }
    return found;
  };
  const stack: Level[] = [];
  const parentOf = new Map<number, number>();
  const placed: PlacedCandidate[] = [];

  const place = (index: number, levelAt: number, kinds: Set<string>): void => {
    const c = list[index] as Candidate;
    const at = Math.min(levelAt, MAX_DEPTH - 1);
    stack.length = at;
    const parent = at > 0 ? (stack[at - 1] as Level).index : -1;
    stack.push({ index, kinds, inline: c.inline, paragraphOnly: c.inline || c.family === 'dash', block: c.block });
    parentOf.set(index, parent);
    placed.push({ index, parent, depth: at + 1 });
  };

  const levelOfIndex = (index: number): number => {
    for (let k = stack.length - 1; k >= 0; k--) if ((stack[k] as Level).index === index) return k;
    return -1;
  };

  /** Where a new list starts: a level between `lo` (just inside the open lists) and the stack's top (inside the last point). */
  const levelForNewRun = (c: Candidate, index: number, lo: number): number => {
    const kind = kindAt[index] as string;
    const top = stack[stack.length - 1];
    const gap = top ? breakBetween(top.block, c.block) : null;
    let at = stack.length;
    for (let k = stack.length - 1; k >= lo; k--) {
      const level = stack[k] as Level;
      if (level.kinds.has(kind)) return k; // the same kind of list again: a new list at that level
      const kinds = [...level.kinds];
      if (kinds.some((f) => outranks(f, kind))) break; // this document puts such lists inside such points
      if (kinds.some((f) => outranks(kind, f)) || gap === 'appendix') { at = k; continue; }
      if (gap !== null && k === stack.length - 1) { at = k; continue; } // after a renewed salutation or "我再讲几点"
      const rank = GB_RANK[c.family as MarkerFamily];
      if (!c.inline && rank !== undefined && kinds.some((f) => (GB_RANK[f as MarkerFamily] ?? 0) > rank)) { at = k; continue; }
      break;
    }
    return at;
  };

  list.forEach((c, index) => {
    if (!isLinked(c)) return;
    if (c.prev >= 0 && parentOf.has(c.prev)) {
      // Continues a run: a sibling of the point it follows.
      const k = levelOfIndex(c.prev);
      if (k >= 0) {
        const kinds = (stack[k] as Level).kinds;
        kinds.add(kindAt[index] as string);
        place(index, k, kinds);
        return;
      }
      // The run's last point was closed by a higher level; hang it under the same parent if still open.
      const parent = parentOf.get(c.prev) ?? -1;
      const pk = parent === -1 ? -1 : levelOfIndex(parent);
      if (parent === -1 || pk >= 0) {
        place(index, pk + 1, new Set([kindAt[index] as string]));
        return;
      }
    }
    // A new run. An inline point's body ends with its paragraph (so does a
    // ——-led paragraph's), or with its sentence when another list follows in the
    // same paragraph (首先是…，其次是…；练好两种功夫，一是…): what comes after
    // belongs to the point that holds the paragraph.
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as Level;
      if (!top.paragraphOnly) break;
      if (top.block === c.block && !(top.inline && c.inline && sentenceEndsBetween(blocks, list[top.index] as Candidate, c))) break;
      stack.pop();
    }
    // Lists still going on after this point hold it: it goes inside the innermost of them.
    let lo = stack.length;
    while (lo > 0 && (runLast.get((list[(stack[lo - 1] as Level).index] as Candidate).run) ?? -1) < index) lo--;
    place(index, levelForNewRun(c, index, lo), new Set([kindAt[index] as string]));
  });
  return placed;
}

const SENTENCE_END = /[。；！？;!?]/g;

/** True when a sentence ends (。；！？) between the end of `a`'s marker and the start of `b`, both in one block. */
function sentenceEndsBetween(blocks: TextBlock[], a: Candidate, b: Candidate): boolean {
  // One native search rather than a loop over characters: paragraphs of inline points are long.
  SENTENCE_END.lastIndex = a.end;
  const m = SENTENCE_END.exec(blocks[b.block]?.text ?? '');
  return m !== null && m.index < b.start;
}
