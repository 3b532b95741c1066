import type { ExtractedOutline, LocatedPoint, OutlineDocument, OutlinePoint } from './types.ts';

function stripPoint(p: LocatedPoint): OutlinePoint {
  return {
    marker: p.marker,
    ordinal: p.ordinal,
    depth: p.depth,
    inline: p.inline,
    title: p.title,
    text: p.text,
    children: p.children.map(stripPoint),
  };
}

/** The plain outline-format v1 document of an extracted outline (locations dropped). */
export function toOutlineDocument(outline: ExtractedOutline): OutlineDocument {
  return {
    format: 'speech-outline',
    version: 1,
    url: outline.url,
    title: outline.title,
    detection: { ...outline.detection, signals: [...outline.detection.signals] },
    sections: outline.sections.map((s) => ({ title: s.title, points: s.points.map(stripPoint) })),
  };
}

/** Visits every point depth-first in document order. */
export function walkPoints<P extends OutlinePoint>(points: P[], visit: (p: P, parent: P | null) => void, parent: P | null = null): void {
  for (const p of points) {
    visit(p, parent);
    walkPoints(p.children as P[], visit, p);
  }
}

/** Number of points in a document, all levels and sections. */
export function countPoints(doc: OutlineDocument): number {
  let n = 0;
  for (const s of doc.sections) walkPoints(s.points, () => { n++; });
  return n;
}
