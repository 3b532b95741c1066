/**
 * Reads a page's content region into TextBlock records, remembering for every
 * character which Text node and offset it came from so outline positions can be
 * turned back into DOM Ranges. One pass over the root's subtree, no recursion
 * (malformed pages nest thousands of unclosed tags).
 */
import type { BlockKind, TextBlock } from '../core/types.ts';
import { analyseRegionsInSteps, NODES_PER_STEP, runSteps, type RegionStats } from './content-region.ts';
import { BLOCK_TAGS, tagOf } from './visibility.ts';

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

/** A run of source-formatting whitespace (ASCII space, tab, newline, CR, form feed), collapsed to one space inside a block. */
const SPACE_RUN = /[ \t\n\r\f]+/g;

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

  /**
   * Appends the visible characters of a text node under the given context:
   * leading edge spaces of a block dropped, each run of source whitespace one
   * space. Runs are found with a regular expression (native code from the first
   * page on) rather than a loop over every character.
   */
  addText(node: Text, bold: boolean, kind: BlockKind, headingLevel: number): void {
    const data = node.data;
    const n = data.length;
    let i = 0;
    if (this.length === 0) while (i < n && isEdgeSpace(data.charCodeAt(i))) i++;
    SPACE_RUN.lastIndex = i;
    while (i < n) {
      const run = SPACE_RUN.exec(data);
      const end = run ? run.index : n;
      if (end > i) {
        this.append(node, i, data.slice(i, end), bold, kind, headingLevel);
        this.lastWasSpace = false;
      }
      if (!run) break;
      if (!this.lastWasSpace) {
        // Collapse a run of source whitespace to one space mapped to its first char.
        this.append(node, run.index, ' ', bold, kind, headingLevel);
        this.lastWasSpace = true;
      }
      i = run.index + run[0].length;
    }
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
  return runSteps(readPageInSteps(doc));
}

/**
 * `readPage` in steps: pauses every NODES_PER_STEP nodes (through the region
 * analysis and the block walk) so a caller can yield to the page in between.
 * The document must not change while it is paused.
 */
export function* readPageInSteps(doc: Document): Generator<void, PageText, void> {
  const { root, stats, skipped } = yield* analyseRegionsInSteps(doc);
  const walk = new BlockWalk(root, stats, skipped);
  while (!walk.step(NODES_PER_STEP)) yield;
  const { builder } = walk;
  return {
    title: readTitle(doc),
    root,
    blocks: builder.blocks,
    sources: builder.sources,
    emphasized: builder.emphasized,
  };
}

/**
 * The block walk behind `readPage`, resumable: `step` visits up to `budget`
 * nodes and returns true once the root is read. The loop lives in an ordinary
 * method (not the generator) so the engine can optimise it mid-loop.
 */
class BlockWalk {
  readonly builder = new BlockBuilder();
  private readonly headingLevels: number[] = [];
  private listDepth = 0;
  private boldDepth = 0;
  private node: Node | null;
  private depth = 0;

  constructor(root: Element, private readonly stats: ReadonlyMap<Element, RegionStats>, private readonly skipped: ReadonlySet<Element>) {
    this.node = root.firstChild;
  }

  step(budget: number): boolean {
    let node = this.node;
    let visited = 0;
    while (node) {
      if (++visited > budget) {
        this.node = node;
        return false;
      }
      if (node.nodeType === 3) {
        const level = this.headingLevels[this.headingLevels.length - 1];
        if (level !== undefined) this.builder.addText(node as Text, this.boldDepth > 0, 'heading', level);
        else this.builder.addText(node as Text, this.boldDepth > 0, this.listDepth > 0 ? 'list-item' : 'paragraph', 0);
      } else if (node.nodeType === 1 && this.enter(node as Element)) {
        if (node.firstChild) {
          node = node.firstChild;
          this.depth++;
          continue;
        }
        this.leave(node as Element);
      }
      // Move to the next sibling, closing finished ancestors on the way up.
      while (node && !node.nextSibling && this.depth > 0) {
        node = node.parentNode;
        this.depth--;
        if (node) this.leave(node as Element);
      }
      node = this.depth >= 0 && node ? node.nextSibling : null;
    }
    this.node = null;
    this.builder.flush();
    return true;
  }

  /** Updates context on entering an element; returns false when its subtree is skipped. */
  private enter(el: Element): boolean {
    if (this.skipped.has(el)) return false;
    const tag = tagOf(el);
    if (tag === 'BR') {
      this.builder.flush();
      return false;
    }
    if (BLOCK_TAGS.has(tag)) {
      // Only block elements have stats; one missing was added after the region scan (not read, as before).
      const s = this.stats.get(el);
      if (!s || s.strongCruft || (LIST_TAGS.has(tag) && isLinkList(s))) return false;
      this.builder.flush();
      const level = headingLevelOf(tag);
      if (level > 0) this.headingLevels.push(level);
      if (tag === 'LI') this.listDepth++;
    } else if (BOLD_TAGS.has(tag)) {
      this.boldDepth++;
    }
    return true;
  }

  private leave(el: Element): void {
    const tag = tagOf(el);
    if (BLOCK_TAGS.has(tag)) {
      this.builder.flush();
      if (headingLevelOf(tag) > 0) this.headingLevels.pop();
      if (tag === 'LI') this.listDepth--;
    } else if (BOLD_TAGS.has(tag)) {
      this.boldDepth--;
    }
  }
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
