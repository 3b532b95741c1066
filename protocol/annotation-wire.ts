/**
 * The annotation records as they travel between the content script, the
 * extension's pages and the background (which stores them: storage/).
 */
import type { Annotation, AnnotationKind, HighlightColor, PageRecord } from '../core/annotation-types.ts';

/** Every highlight colour, in the order toolbars and filters offer them. */
export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const satisfies readonly HighlightColor[];

/** Every annotation kind. */
export const ANNOTATION_KINDS = ['highlight', 'note', 'golden'] as const satisfies readonly AnnotationKind[];

/** An annotation as a caller hands it in: id and times are filled in when missing (an undo brings them back). */
export type AnnotationDraft = Omit<Annotation, 'id' | 'createdAt' | 'updatedAt'> & { id?: string; createdAt?: number };

/** The fields of an annotation the reader may change later. */
export type AnnotationChanges = Partial<Pick<Annotation, 'kind' | 'color' | 'note' | 'tags' | 'context' | 'selectors' | 'quote'>>;

/** What the notes list may be narrowed to; every given field must hold. */
export interface AnnotationFilters {
  color?: HighlightColor;
  kind?: AnnotationKind;
  tag?: string;
  site?: string;
  /** Substring of quote, note or a tag (case-insensitive). */
  text?: string;
}

/** One page of the notes list, newest change first, with the pages they belong to. */
export interface AnnotationPage {
  annotations: Annotation[];
  pages: PageRecord[];
  /** Offset of the next page, or null when this was the last. */
  nextOffset: number | null;
}

/** The values the notes list can be filtered by. */
export interface AnnotationFacets {
  total: number;
  tags: string[];
  sites: string[];
}

/** A note in the 回收站: the record as it was when deleted, and when that was. */
export interface TrashedNote {
  annotation: Annotation;
  deletedAt: number;
}

/** The 回收站's contents, newest deletion first, with the pages the notes belong to. */
export interface TrashList {
  items: TrashedNote[];
  pages: PageRecord[];
  /** How many notes the 回收站 holds (more than `items` when the list was cut short). */
  total: number;
}

/** The page address without its fragment: the key annotations and pages share. */
export function pageKey(url: string): string {
  const i = url.indexOf('#');
  return i < 0 ? url : url.slice(0, i);
}
