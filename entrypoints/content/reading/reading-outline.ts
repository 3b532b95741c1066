/**
 * The outline as the reading view uses it: every point numbered in document
 * order (its id is its index) with its parent, children and place in the page,
 * so the panel, the highlights and the keyboard all speak of "point 17".
 */
import type { ExtractedOutline, LocatedPoint, LocatedSection, OutlineDocument, PointLocation } from '../../../core/index.ts';
import { toOutlineDocument } from '../../../core/index.ts';

/** One point, flat. */
export interface ReadingPoint {
  /** Index in `ReadingOutline.points` (document order). */
  id: number;
  /** Index of the section it belongs to. */
  section: number;
  /** Id of the point it is nested under, or -1 at the top of its section. */
  parent: number;
  children: number[];
  depth: number;
  marker: string;
  title: string;
  text: string;
  inline: boolean;
  at: PointLocation;
}

/** One speech of the page: its title, its top-level points, how many points it holds and where it starts. */
export interface ReadingSection {
  title: string;
  roots: number[];
  count: number;
  /** The block 跳到开头 scrolls to: the speech's heading, or its first paragraph when it has none. */
  startBlock: number;
}

/** Where a speech starts for the reader: its heading block, else (the page title standing in for it) its first block. */
export function sectionStartBlock(section: Pick<LocatedSection, 'headingBlock' | 'firstBlock'>): number {
  return section.headingBlock >= 0 ? section.headingBlock : section.firstBlock;
}

/** A page's outline for reading. */
export interface ReadingOutline {
  title: string;
  url: string | null;
  sections: ReadingSection[];
  points: ReadingPoint[];
  /** The outline-format v1 document sent to the background and copied as text. */
  document: OutlineDocument;
  /** Changes exactly when the points (not the page address) change. */
  signature: string;
}

/** Numbers the points of an extracted outline in document order. */
export function indexOutline(extracted: ExtractedOutline): ReadingOutline {
  const points: ReadingPoint[] = [];
  const sections: ReadingSection[] = [];
  const visit = (located: LocatedPoint[], section: number, parent: number): number[] =>
    located.map((p) => {
      const id = points.length;
      const point: ReadingPoint = {
        id, section, parent, children: [], depth: p.depth, marker: p.marker, title: p.title,
        text: p.text, inline: p.inline, at: p.at,
      };
      points.push(point);
      point.children = visit(p.children, section, id);
      return id;
    });
  extracted.sections.forEach((s, i) => {
    const first = points.length;
    const roots = visit(s.points, i, -1);
    sections.push({ title: s.title, roots, count: points.length - first, startBlock: sectionStartBlock(s) });
  });
  const signature = points
    .map((p) => `${p.section}|${p.depth}|${p.at.block}:${p.at.markerStart}|${p.marker}|${p.title}`)
    .join('\n');
  return { title: extracted.title, url: extracted.url, sections, points, document: toOutlineDocument(extracted), signature };
}

/** The ids of `id`'s ancestors, nearest first. */
export function ancestorsOf(outline: ReadingOutline, id: number): number[] {
  const chain: number[] = [];
  for (let p = outline.points[id]?.parent ?? -1; p >= 0; p = outline.points[p]?.parent ?? -1) chain.push(p);
  return chain;
}
