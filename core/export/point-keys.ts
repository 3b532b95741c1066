/**
 * Names a place in an outline by section and marker path, the same way an
 * annotation's OutlineContext does, so keywords and notes can be attached to
 * points without holding object references across copies of the document.
 */
import type { OutlineDocument, OutlinePoint } from '../types.ts';

/** Keywords per point, keyed by `pointKey(sectionIndex, path)`. */
export type PointKeywords = ReadonlyMap<string, readonly string[]>;

/** A point as a walk over the document meets it. */
export interface VisitedPoint {
  point: OutlinePoint;
  sectionIndex: number;
  /** Markers from the top-level point down to this one, as written. */
  path: string[];
  /** pointKey(sectionIndex, path). */
  key: string;
}

/** Unit separator: never part of a marker, so distinct paths never share a key. */
const SEPARATOR = '\u001f';

/** The key of a point (or, with an empty path, of a section) in an outline. */
export function pointKey(sectionIndex: number, path: readonly string[]): string {
  return [String(sectionIndex), ...path.map((m) => m.trim())].join(SEPARATOR);
}

/** Visits every point of every section depth-first in document order. */
export function visitOutline(doc: OutlineDocument, visit: (v: VisitedPoint) => void): void {
  doc.sections.forEach((section, sectionIndex) => {
    const walk = (points: OutlinePoint[], parentPath: string[]): void => {
      for (const point of points) {
        const path = [...parentPath, point.marker.trim()];
        visit({ point, sectionIndex, path, key: pointKey(sectionIndex, path) });
        walk(point.children, path);
      }
    };
    walk(section.points, []);
  });
}

/**
 * A point's keywords: from the map when it has an entry, else from a
 * `keywords` field the point may carry (the engine may add one later).
 */
export function keywordsOf(point: OutlinePoint, key: string, map: PointKeywords | undefined): readonly string[] {
  const fromMap = map?.get(key);
  if (fromMap) return fromMap;
  const own = (point as OutlinePoint & { keywords?: unknown }).keywords;
  return Array.isArray(own) ? own.filter((k): k is string => typeof k === 'string') : [];
}
