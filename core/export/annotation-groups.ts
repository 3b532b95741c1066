/**
 * Places annotations under the outline points they fall in, by their
 * OutlineContext (section index and marker path).
 */
import type { Annotation } from '../annotation-types.ts';
import type { OutlineDocument } from '../types.ts';
import { pointKey, visitOutline } from './point-keys.ts';

/** Annotations sorted into the outline. */
export interface AnnotationPlacement {
  /** By pointKey of the innermost existing point, or pointKey(section, []) for a section's loose notes. */
  byKey: Map<string, Annotation[]>;
  /** Annotations whose section is not in the outline, or with no context at all. */
  unplaced: Annotation[];
}

/**
 * Sorts annotations into the outline. A path that no longer exists exactly
 * (the outline was extracted again) falls back to its longest existing prefix,
 * then to the section. Within a point, annotations keep page order.
 */
export function placeAnnotations(doc: OutlineDocument, annotations: readonly Annotation[]): AnnotationPlacement {
  const keys = new Set<string>();
  visitOutline(doc, ({ key }) => keys.add(key));
  const byKey = new Map<string, Annotation[]>();
  const unplaced: Annotation[] = [];
  for (const a of sortByPagePosition(annotations)) {
    const ctx = a.context;
    if (!ctx || !doc.sections[ctx.sectionIndex]) {
      unplaced.push(a);
      continue;
    }
    let key = pointKey(ctx.sectionIndex, []);
    for (let n = ctx.path.length; n > 0; n--) {
      const candidate = pointKey(ctx.sectionIndex, ctx.path.slice(0, n));
      if (keys.has(candidate)) {
        key = candidate;
        break;
      }
    }
    const list = byKey.get(key);
    if (list) list.push(a);
    else byKey.set(key, [a]);
  }
  return { byKey, unplaced };
}

/** Page order: by the TextPositionSelector's start when known, then by creation time and id. */
export function sortByPagePosition(annotations: readonly Annotation[]): Annotation[] {
  return [...annotations].sort(
    (a, b) => pagePosition(a) - pagePosition(b) || a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

function pagePosition(a: Annotation): number {
  const position = a.selectors.find((s) => s.type === 'TextPositionSelector');
  return position ? position.start : Number.MAX_SAFE_INTEGER;
}
