/**
 * The fallback for browsers without the CSS Custom Highlight API: wrap the
 * highlighted text in inline elements (as mark.js does) and, on unwrap, put
 * the page's text nodes back exactly as they were: the pieces split off a
 * text node are joined to it again, so the DOM reads the same as before.
 */

/** One range to wrap and how to make its wrapper. */
export interface WrapRequest {
  /** A live Range, or a StaticRange (cheaper: the browser need not update it on every split). */
  range: AbstractRange;
  /** Creates the wrapping element (called once per text node the range touches). */
  createWrapper: (doc: Document) => HTMLElement;
}

/** Wrapped text: its wrapper elements and the way back. */
export interface WrapHandle {
  readonly wrappers: readonly HTMLElement[];
  /** Removes the wrappers and rejoins the text nodes they split. Safe to call twice. */
  unwrap(): void;
}

const SHOW_TEXT = 4; // NodeFilter.SHOW_TEXT, spelled out for DOMs without a NodeFilter global

/** The text nodes a range touches, in document order. */
function textNodesIn(range: AbstractRange): Text[] {
  const { startContainer: start, endContainer: end } = range;
  if (start === end && start.nodeType === 3) return [start as Text];
  const doc = start.ownerDocument;
  if (!doc) return [];
  if (start.nodeType === 3 && end.nodeType === 3) {
    // Text to text (all the ranges block offsets give): walk forward from the start node.
    const walker = doc.createTreeWalker(doc, SHOW_TEXT);
    walker.currentNode = start;
    const nodes = [start as Text];
    for (let n = walker.nextNode(); n && nodes[nodes.length - 1] !== end; n = walker.nextNode()) nodes.push(n as Text);
    return nodes;
  }
  if (!('intersectsNode' in range)) return [];
  const live = range as Range;
  const root = live.commonAncestorContainer;
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (live.intersectsNode(n)) nodes.push(n as Text);
  return nodes;
}

/**
 * Wraps every request's text. Requests must not overlap and must come in
 * document order; they are wrapped last to first so that splitting a text node
 * never moves the offsets of a request still to be wrapped.
 */
export function wrapRanges(requests: readonly WrapRequest[]): WrapHandle {
  const wrappers: HTMLElement[] = [];
  const splitOff: Text[] = [];
  for (let r = requests.length - 1; r >= 0; r--) {
    const { range, createWrapper } = requests[r]!;
    // Offsets are read before any split: the range is live and would move with the text.
    const { startContainer, startOffset, endContainer, endOffset } = range;
    const nodes = textNodesIn(range);
    for (let i = nodes.length - 1; i >= 0; i--) {
      const node = nodes[i]!;
      const start = node === startContainer ? startOffset : 0;
      const end = node === endContainer ? endOffset : node.length;
      if (start >= end || !node.parentNode) continue;
      if (end < node.length) splitOff.push(node.splitText(end));
      const target = start > 0 ? node.splitText(start) : node;
      if (target !== node) splitOff.push(target);
      const wrapper = createWrapper(node.ownerDocument);
      node.parentNode.insertBefore(wrapper, target);
      wrapper.appendChild(target);
      wrappers.push(wrapper);
    }
  }
  let done = false;
  return {
    wrappers,
    unwrap() {
      if (done) return;
      done = true;
      for (const wrapper of wrappers) {
        const parent = wrapper.parentNode;
        if (!parent) continue;
        while (wrapper.firstChild) parent.insertBefore(wrapper.firstChild, wrapper);
        parent.removeChild(wrapper);
      }
      // Latest split first: each piece rejoins the text it was split from, which sits just before it.
      for (let i = splitOff.length - 1; i >= 0; i--) {
        const piece = splitOff[i]!;
        const before = piece.previousSibling;
        if (!piece.parentNode || !before || before.nodeType !== 3) continue;
        (before as Text).appendData(piece.data);
        piece.parentNode.removeChild(piece);
      }
    },
  };
}
