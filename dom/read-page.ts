import type { TextBlock } from '../core/types.ts';

/** Where each character of a block came from: parallel arrays of text nodes and offsets. */
export interface BlockSource {
  /** For block char i: the Text node it was read from and the offset inside that node. */
  nodes: Text[];
  offsets: number[];
}

/** The readable text of a page: its content root, blocks and the map back to the DOM. */
export interface PageText {
  title: string;
  root: Element;
  blocks: TextBlock[];
  sources: BlockSource[];
}

/** Reads the content region of a document into blocks (STUB: being written). */
export function readPage(doc: Document): PageText {
  return { title: doc.title, root: doc.body ?? doc.documentElement, blocks: [], sources: [] };
}
