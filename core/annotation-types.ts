/**
 * The reader's own records: annotations anchored with W3C Web Annotation
 * selectors, and the page they belong to. Plain data, shared by storage,
 * background, content script, popup, exports and the CLI.
 */
import type { OutlineDocument } from './types.ts';

/** W3C TextQuoteSelector: the quoted text with a little context on each side. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** W3C TextPositionSelector: character offsets in the page's readable text. */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/** A selector this project stores; serialisable as JSON-LD as it is. */
export type Selector = TextQuoteSelector | TextPositionSelector;

/** What an annotation is for the reader. */
export type AnnotationKind = 'highlight' | 'note' | 'golden'; // golden = 金句

/** Highlight colours offered by the toolbar (names, not CSS, so themes can map them). */
export type HighlightColor = 'yellow' | 'green' | 'blue' | 'pink' | 'purple';

/** Where in the outline an annotation falls: section and point path such as 二/（三）/2. */
export interface OutlineContext {
  sectionIndex: number;
  sectionTitle: string;
  /** Markers from the top-level point down, as written: ['二、', '（三）', '2.']. */
  path: string[];
  /** Title of the innermost point, '' when the annotation is outside any point. */
  pointTitle: string;
  /** How many sections (speeches) the page had when the note was made; absent on notes saved before it was kept. */
  sectionCount?: number;
}

/** One highlight, note or 金句 on a page. */
export interface Annotation {
  /** A random UUID, stable across backup/restore. */
  id: string;
  /** The page's URL without its fragment. */
  url: string;
  kind: AnnotationKind;
  color: HighlightColor;
  /** The quoted text as selected (clean: without hidden watermark text). */
  quote: string;
  /** Plain text with line breaks; '' for a bare highlight. */
  note: string;
  tags: string[];
  selectors: Selector[];
  context: OutlineContext | null;
  /** ms since epoch. */
  createdAt: number;
  updatedAt: number;
}

/** A page the reader has annotated or whose outline was saved. */
export interface PageRecord {
  url: string;
  title: string;
  site: string;
  firstSeenAt: number;
  lastSeenAt: number;
}

/** A saved outline: the outline-format v1 document as extracted at `savedAt`. */
export interface SavedOutline {
  id: string;
  url: string;
  savedAt: number;
  outline: OutlineDocument;
  /** The reader's own name for this copy (renamed in the library); absent: the outline's title. */
  name?: string;
}
