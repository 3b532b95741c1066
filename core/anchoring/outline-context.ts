/**
 * Which part of the outline a position of the page falls in: the section, and
 * the innermost point whose stretch of text covers it. A point's stretch runs
 * from its marker to the next point that is not its descendant; an inline point
 * (…。二是…) only covers the rest of its own paragraph.
 */
import type { OutlineContext } from '../annotation-types.ts';
import type { ExtractedOutline, LocatedPoint, TextBlock } from '../types.ts';

function before(p: LocatedPoint, block: number, offset: number): boolean {
  return p.at.block < block || (p.at.block === block && p.at.markerStart <= offset);
}

/** The outline context of character `offset` of block `blockIndex`; null when no section holds that block. */
export function outlineContextAt(outline: ExtractedOutline, blockIndex: number, offset: number): OutlineContext | null {
  const sectionIndex = outline.sections.findIndex((s) => s.firstBlock <= blockIndex && blockIndex <= s.lastBlock);
  const section = outline.sections[sectionIndex];
  if (!section) return null;
  // The chain of points from the top level down to the last point that starts at or before the position.
  let chain: LocatedPoint[] = [];
  const descend = (points: LocatedPoint[], parents: LocatedPoint[]): void => {
    for (const p of points) {
      if (!before(p, blockIndex, offset)) return; // document order: nothing later starts earlier
      chain = [...parents, p];
      descend(p.children, chain);
    }
  };
  descend(section.points, []);
  while (chain.length > 0 && chain[chain.length - 1]!.inline && chain[chain.length - 1]!.at.block !== blockIndex) chain.pop();
  const innermost = chain[chain.length - 1];
  return {
    sectionIndex,
    sectionTitle: section.title,
    path: chain.map((p) => p.marker),
    pointTitle: innermost?.title ?? '',
    sectionCount: outline.sections.length,
  };
}

/** The block holding page-text offset `offset` (blocks joined by '\n') and the offset inside it; null past the end. */
export function blockAt(blocks: readonly TextBlock[], offset: number): { block: number; offset: number } | null {
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const b = blocks[mid]!;
    if (offset < b.start) hi = mid - 1;
    else if (offset > b.start + b.text.length) lo = mid + 1;
    else return { block: mid, offset: offset - b.start };
  }
  return null;
}
