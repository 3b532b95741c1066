/**
 * Narrowing an export to one speech of a page (篇1, 篇2 …): the outline keeps
 * only that section, renumbered as section 0, and the notes and keywords that
 * belong to it move along, so every builder works on it unchanged.
 */
import type { Annotation } from '../annotation-types.ts';
import type { OutlineDocument } from '../types.ts';
import { sectionHeading } from './outline-lines.ts';
import type { PointKeywords } from './point-keys.ts';

/** What an export covers: the whole page (no `section`) or the section at this 0-based index. */
export interface ExportScope {
  section?: number;
}

/** An outline with what hangs on it, narrowed together. */
export interface ScopedOutline {
  outline: OutlineDocument;
  annotations?: readonly Annotation[];
  keywords?: PointKeywords;
}

/** Unit separator of pointKey: the section index is everything before the first one. */
const SEPARATOR = '\u001f';

/**
 * The outline, notes and keywords of one section, or everything unchanged when
 * `section` is undefined. The narrowed document is titled with the section's
 * heading (so its file is named after the speech) and keeps the page's url.
 * Throws a RangeError for an index the page does not have.
 */
export function scopeOutline(input: ScopedOutline, scope: ExportScope = {}): ScopedOutline {
  const index = scope.section;
  if (index === undefined) return input;
  const { outline } = input;
  const section = outline.sections[index];
  if (!Number.isInteger(index) || !section) {
    throw new RangeError(`section ${index} is not in this outline (it has ${outline.sections.length})`);
  }
  const title = sectionHeading(section, index);
  return {
    outline: { ...outline, title, sections: [{ ...section, title }] },
    annotations: input.annotations && scopeAnnotations(input.annotations, index),
    keywords: input.keywords && scopeKeywords(input.keywords, index),
  };
}

/** The annotations placed in section `index`, their context renumbered as section 0. */
export function scopeAnnotations(annotations: readonly Annotation[], index: number): Annotation[] {
  return annotations
    .filter((a) => a.context?.sectionIndex === index)
    .map((a) => ({ ...a, context: a.context && { ...a.context, sectionIndex: 0 } }));
}

function scopeKeywords(keywords: PointKeywords, index: number): PointKeywords {
  const prefix = `${index}${SEPARATOR}`;
  const scoped = new Map<string, readonly string[]>();
  for (const [key, words] of keywords) if (key.startsWith(prefix)) scoped.set(`0${SEPARATOR}${key.slice(prefix.length)}`, words);
  return scoped;
}
