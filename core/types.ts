/**
 * Shared types of the speech engine. Plain data only: no DOM, no browser APIs,
 * so the same records flow through the content script, background, popup and CLI.
 */

/** What kind of block a piece of text came from; the engine only uses it as a hint. */
export type BlockKind = 'heading' | 'paragraph' | 'list-item';

/**
 * One paragraph-like unit of text as the reader sees it (a <p>, an <li>, a line
 * between <br><br>, a line of a .txt file). `text` keeps the page's own
 * characters (no punctuation is normalised); `start` is the offset of the block
 * in the page's concatenated text, so an outline position maps back to the page.
 */
export interface TextBlock {
  text: string;
  kind: BlockKind;
  /** Offset of `text[0]` in the whole document's text (blocks joined in order). */
  start: number;
  /** 1..6 for <h1>..<h6>; absent for other blocks. */
  headingLevel?: number;
}

/** Page facts the engine cannot see in the blocks. */
export interface PageMeta {
  /** The document title as given by <title> or the file name (site suffix may still be on it). */
  title: string;
  /** The page address, or null when the text was read from a file. */
  url: string | null;
}

/** Where a point stands in the blocks: enough to place a highlight later. */
export interface PointLocation {
  /** Index into the TextBlock[] the outline was extracted from. */
  block: number;
  /** Offsets within that block's text (UTF-16 code units, end exclusive). */
  markerStart: number;
  markerEnd: number;
  /** End of the title (after the marker); equals markerEnd when the title is empty. */
  titleEnd: number;
}

/** A point of the outline as outline-format v1 describes it. */
export interface OutlinePoint {
  marker: string;
  ordinal: number;
  depth: number;
  inline: boolean;
  title: string;
  text: string;
  children: OutlinePoint[];
}

/** One speech on the page (篇1, 篇2, … or the only one). */
export interface OutlineSection {
  title: string;
  points: OutlinePoint[];
}

/** How sure the engine is that the page is a speech page, and why. */
export interface Detection {
  isSpeechPage: boolean;
  confidence: number;
  signals: string[];
}

/** The outline-format v1 document (see shared/outline-format.md). */
export interface OutlineDocument {
  format: 'speech-outline';
  version: 1;
  url: string | null;
  title: string;
  detection: Detection;
  sections: OutlineSection[];
}

/** A point as the engine produces it: the v1 fields plus its place in the blocks. */
export interface LocatedPoint extends OutlinePoint {
  at: PointLocation;
  children: LocatedPoint[];
}

/** A section as the engine produces it, with the block range it covers. */
export interface LocatedSection extends OutlineSection {
  points: LocatedPoint[];
  /** Index of the section's heading block, or -1 when the page title stands in for it. */
  headingBlock: number;
  /** First and last block (inclusive) that belong to this section. */
  firstBlock: number;
  lastBlock: number;
}

/** What `extractOutline` returns: a v1 document whose points also carry locations. */
export interface ExtractedOutline extends OutlineDocument {
  sections: LocatedSection[];
}
