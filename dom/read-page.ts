/**
 * Reads a page's content region into TextBlock records, remembering for every
 * character which Text node and offset it came from so outline positions can be
 * turned back into DOM Ranges. One pass over the root's subtree, no recursion
 * (malformed pages nest thousands of unclosed tags).
 */
import type { BlockKind, TextBlock } from '../core/types.ts';
import { analyseRegions, type RegionStats } from './content-region.ts';
import { tagOf } from './visibility.ts';

/**
 * Where a block's characters came from, as runs: block chars
 * [runStarts[i], runStarts[i+1]) map one-to-one onto chars nodeOffsets[i]… of
 * nodes[i]. A collapsed whitespace run is a run of length 1 mapped to its first
 * source char. Look a char up with `sourceAt`.
 */
export interface BlockSource {
  /** Block offset where each run starts; ascending, first is 0. */
  runStarts: number[];
  /** The Text node each run was read from. */
  nodes: Text[];
  /** Offset inside that node of the run's first character. */
  nodeOffsets: number[];
}

/** The readable text of a page: its content root, blocks and the map back to the DOM. */
export interface PageText {
  title: string;
  root: Element;
  blocks: TextBlock[];
  sources: BlockSource[];
  /** Per block: every visible character sat inside <b>/<strong> (a bold line such as 篇1: or a point title). */
  emphasized: boolean[];
}

/** Elements that start and end a block; everything else (span, b, font, o:p, custom tags) is inline. */
const BLOCK_TAGS = new Set([
  'P', 'DIV', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'BLOCKQUOTE', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'NAV', 'ASIDE', 'TABLE',
  'THEAD', 'TBODY', 'TFOOT', 'TR', 'TD', 'TH', 'CAPTION', 'PRE', 'ADDRESS', 'FIGURE',
  'FIGCAPTION', 'HR', 'CENTER', 'FORM', 'FIELDSET', 'LEGEND', 'DETAILS', 'SUMMARY', 'BODY', 'HTML',
]);
const BOLD_TAGS = new Set(['B', 'STRONG']);
const LIST_TAGS = new Set(['UL', 'OL', 'DL', 'TABLE', 'DIV', 'SECTION', 'P', 'TD', 'ASIDE', 'NAV']);

function headingLevelOf(tag: string): number {
  if (tag.length === 2 && tag.charCodeAt(0) === 72 /* H */) {
    const d = tag.charCodeAt(1) - 48;
    if (d >= 1 && d <= 6) return d;
  }
  return 0;
}

/** Characters trimmed from block ends: ASCII whitespace, nbsp, ideographic space, BOM. */
function isEdgeSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 0xa0 || c === 0x3000 || c === 0xfeff;
}

/** Source-formatting whitespace that is collapsed to one space inside a block. */
function isAsciiSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12;
}

/** A list-like element inside the root that is mostly links (a related-articles list, 上一篇/下一篇). */
function isLinkList(s: RegionStats): boolean {
  const total = s.good + s.link + s.bad;
  return s.links >= 2 && total > 0 && s.link >= 0.6 * total;
}

/** Builds blocks one at a time; runs are extended while source offsets stay contiguous. */
class BlockBuilder {
  readonly blocks: TextBlock[] = [];
  readonly sources: BlockSource[] = [];
  readonly emphasized: boolean[] = [];
  private pieces: string[] = [];
  private length = 0;
  private runStarts: number[] = [];
  private nodes: Text[] = [];
  private nodeOffsets: number[] = [];
  private lastNode: Text | null = null;
  private lastEnd = -1;
  private lastWasSpace = false;
  private boldChars = 0;
  private plainChars = 0;
  private kind: BlockKind = 'paragraph';
  private headingLevel = 0;
  private pageOffset = 0;

  /** Appends the visible characters of a text node under the given context. */
  addText(node: Text, bold: boolean, kind: BlockKind, headingLevel: number): void {
    const data = node.data;
    let sliceStart = -1;
    for (let i = 0; i < data.length; i++) {
      const c = data.charCodeAt(i);
      const ascii = isAsciiSpace(c);
      const drop = this.length === 0 && sliceStart < 0 ? isEdgeSpace(c) : ascii && this.lastWasSpace;
      if (drop || ascii) {
        if (sliceStart >= 0) {
          this.append(node, sliceStart, data.slice(sliceStart, i), bold, kind, headingLevel);
          sliceStart = -1;
        }
        if (!drop) {
          // Collapse a run of source whitespace to one space mapped to its first char.
          this.append(node, i, ' ', bold, kind, headingLevel);
          this.lastWasSpace = true;
        }
        continue;
      }
      if (sliceStart < 0) sliceStart = i;
      this.lastWasSpace = false;
    }
    if (sliceStart >= 0) this.append(node, sliceStart, data.slice(sliceStart), bold, kind, headingLevel);
  }

  private append(node: Text, offset: number, text: string, bold: boolean, kind: BlockKind, level: number): void {
    if (this.length === 0) {
      this.kind = kind;
      this.headingLevel = level;
    }
    if (node !== this.lastNode || offset !== this.lastEnd) {
      this.runStarts.push(this.length);
      this.nodes.push(node);
      this.nodeOffsets.push(offset);
    }
    this.pieces.push(text);
    this.length += text.length;
    this.lastNode = node;
    this.lastEnd = offset + text.length;
    if (text !== ' ') {
      if (bold) this.boldChars += text.length;
      else this.plainChars += text.length;
    }
  }

  /** Ends the current block (if it has text), trimming trailing spaces. */
  flush(): void {
    if (this.length > 0) {
      let text = this.pieces.join('');
      let end = text.length;
      while (end > 0 && isEdgeSpace(text.charCodeAt(end - 1))) end--;
      if (end < text.length) {
        text = text.slice(0, end);
        while (this.runStarts.length > 0 && this.runStarts[this.runStarts.length - 1]! >= end) {
          this.runStarts.pop();
          this.nodes.pop();
          this.nodeOffsets.pop();
        }
      }
      if (end > 0) {
        const block: TextBlock = { text, kind: this.kind, start: this.pageOffset };
        if (this.kind === 'heading' && this.headingLevel > 0) block.headingLevel = this.headingLevel;
        this.blocks.push(block);
        this.sources.push({ runStarts: this.runStarts, nodes: this.nodes, nodeOffsets: this.nodeOffsets });
        this.emphasized.push(this.boldChars > 0 && this.plainChars === 0);
        this.pageOffset += text.length + 1;
      }
    }
    this.pieces = [];
    this.length = 0;
    this.runStarts = [];
    this.nodes = [];
    this.nodeOffsets = [];
    this.lastNode = null;
    this.lastEnd = -1;
    this.lastWasSpace = false;
    this.boldChars = 0;
    this.plainChars = 0;
  }
}

/**
 * Reads the content region of a document into blocks: one per <p>/<li>/<hN>/
 * <blockquote>/text-holding <div>, and one per line between <br>s. Inline
 * elements join into their block, so a marker split across spans reads as one
 * string. Hidden subtrees and cruft lists inside the root are skipped. Block
 * text keeps the page's characters; only edge spaces are trimmed and runs of
 * source-formatting whitespace collapsed to one space. Blocks are joined with
 * '\n' for `start` offsets.
 */
export function readPage(doc: Document): PageText {
  const { root, stats } = analyseRegions(doc);
  const builder = new BlockBuilder();
  const headingLevels: number[] = [];
  let listDepth = 0;
  let boldDepth = 0;

  const kindNow = (): [BlockKind, number] => {
    const level = headingLevels[headingLevels.length - 1];
    if (level !== undefined) return ['heading', level];
    return [listDepth > 0 ? 'list-item' : 'paragraph', 0];
  };

  /** Updates context on entering an element; returns false when its subtree is skipped. */
  const enter = (el: Element): boolean => {
    const s = stats.get(el);
    if (!s) return false;
    const tag = tagOf(el);
    if (tag === 'BR') {
      builder.flush();
      return false;
    }
    if (BLOCK_TAGS.has(tag)) {
      if (s.strongCruft || (LIST_TAGS.has(tag) && isLinkList(s))) return false;
      builder.flush();
      const level = headingLevelOf(tag);
      if (level > 0) headingLevels.push(level);
      if (tag === 'LI') listDepth++;
    } else if (BOLD_TAGS.has(tag)) {
      boldDepth++;
    }
    return true;
  };

  const leave = (el: Element): void => {
    const tag = tagOf(el);
    if (BLOCK_TAGS.has(tag)) {
      builder.flush();
      if (headingLevelOf(tag) > 0) headingLevels.pop();
      if (tag === 'LI') listDepth--;
    } else if (BOLD_TAGS.has(tag)) {
      boldDepth--;
    }
  };

  let node: Node | null = root.firstChild;
  let depth = 0;
  while (node) {
    if (node.nodeType === 3) {
      const [kind, level] = kindNow();
      builder.addText(node as Text, boldDepth > 0, kind, level);
    } else if (node.nodeType === 1 && enter(node as Element)) {
      if (node.firstChild) {
        node = node.firstChild;
        depth++;
        continue;
      }
      leave(node as Element);
    }
    // Move to the next sibling, closing finished ancestors on the way up.
    while (node && !node.nextSibling && depth > 0) {
      node = node.parentNode;
      depth--;
      if (node) leave(node as Element);
    }
    node = depth >= 0 && node ? node.nextSibling : null;
  }
  builder.flush();

  return {
    title: readTitle(doc),
    root,
    blocks: builder.blocks,
    sources: builder.sources,
    emphasized: builder.emphasized,
  };
}

/**
 * The <title> text with whitespace collapsed as document.title does. Looked up in
 * <head> first: happy-dom's document.title searches recursively and overflows the
 * stack on pages with thousands of nested unclosed tags.
 */
function readTitle(doc: Document): string {
  for (let el = doc.head?.firstElementChild ?? null; el; el = el.nextElementSibling) {
    if (tagOf(el) === 'TITLE') return (el.textContent ?? '').replace(/[ \t\n\r\f]+/g, ' ').trim();
  }
  try {
    return doc.title ?? '';
  } catch {
    return '';
  }
}

/** The Text node and offset that produced character `index` of a block, or null when out of range. */
export function sourceAt(source: BlockSource, blockLength: number, index: number): { node: Text; offset: number } | null {
  if (index < 0 || index >= blockLength || source.runStarts.length === 0) return null;
  let lo = 0;
  let hi = source.runStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (source.runStarts[mid]! <= index) lo = mid;
    else hi = mid - 1;
  }
  return { node: source.nodes[lo]!, offset: source.nodeOffsets[lo]! + (index - source.runStarts[lo]!) };
}
