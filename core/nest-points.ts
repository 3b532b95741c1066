/**
 * Builds the point tree of one section from linked candidates. Depth comes from
 * the order in which marker families appear (a stack of open runs); GB/T 9704
 * order only breaks ties when a higher-ranked family starts a new run.
 */
import { isLinked, type Candidate } from './find-candidates.ts';
import { GB_RANK, type MarkerFamily } from './markers.ts';

/** A candidate placed in the tree: its parent (candidate index) and depth. */
export interface PlacedCandidate {
  index: number;
  parent: number;
  depth: number;
}

interface Level {
  /** Candidate index of the latest point of this run. */
  index: number;
  families: Set<MarkerFamily>;
  inline: boolean;
  block: number;
}

/**
 * Places every linked candidate; returns them in document order with parent
 * links (-1 for top level). Unlinked candidates (a lone 首先, 第一次…) are left out.
 */
export function nestCandidates(list: Candidate[]): PlacedCandidate[] {
  const stack: Level[] = [];
  const parentOf = new Map<number, number>();
  const placed: PlacedCandidate[] = [];

  const place = (index: number, levelAt: number, families: Set<MarkerFamily>): void => {
    const c = list[index] as Candidate;
    stack.length = levelAt;
    const parent = levelAt > 0 ? (stack[levelAt - 1] as Level).index : -1;
    stack.push({ index, families, inline: c.inline, block: c.block });
    parentOf.set(index, parent);
    placed.push({ index, parent, depth: levelAt + 1 });
  };

  const levelOfIndex = (index: number): number => {
    for (let k = stack.length - 1; k >= 0; k--) if ((stack[k] as Level).index === index) return k;
    return -1;
  };

  list.forEach((c, index) => {
    if (!isLinked(c)) return;
    if (c.prev >= 0 && parentOf.has(c.prev)) {
      // Continues a run: a sibling of the point it follows.
      const k = levelOfIndex(c.prev);
      if (k >= 0) {
        const fam = (stack[k] as Level).families;
        fam.add(c.family);
        place(index, k, fam);
        return;
      }
      // The run's last point was closed by a higher level; hang it under the same parent if still open.
      const parent = parentOf.get(c.prev) ?? -1;
      const pk = parent === -1 ? -1 : levelOfIndex(parent);
      if (parent === -1 || pk >= 0) {
        place(index, pk + 1, new Set([c.family]));
        return;
      }
    }
    // A new run.
    // An inline point's body ends with its paragraph: a new run in a later
    // paragraph belongs to the point that holds that paragraph, not to it.
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as Level;
      if (!(top.inline && top.block < c.block)) break;
      stack.pop();
    }
    let at = stack.findIndex((l) => l.families.has(c.family));
    if (at < 0 && !c.inline) {
      const rank = GB_RANK[c.family];
      if (rank !== undefined) {
        at = stack.findIndex((l) => [...l.families].some((f) => (GB_RANK[f] ?? 0) > rank));
      }
    }
    place(index, at >= 0 ? at : stack.length, new Set([c.family]));
  });
  return placed;
}
