/**
 * Which elements never contribute readable text. Shared by the region scorer and
 * the block reader so both skip exactly the same subtrees.
 */

/** Elements whose content is never page text a reader sees. */
const NON_TEXT_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE', 'META', 'LINK', 'IFRAME',
  'OBJECT', 'EMBED', 'SVG', 'CANVAS', 'MATH', 'SELECT', 'OPTION', 'TEXTAREA', 'BUTTON',
  'INPUT', 'VIDEO', 'AUDIO', 'MAP', 'DATALIST',
]);

/** Elements that start and end a block; everything else (span, b, font, o:p, custom tags) is inline. */
export const BLOCK_TAGS = new Set([
  'P', 'DIV', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'BLOCKQUOTE', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'NAV', 'ASIDE', 'TABLE',
  'THEAD', 'TBODY', 'TFOOT', 'TR', 'TD', 'TH', 'CAPTION', 'PRE', 'ADDRESS', 'FIGURE',
  'FIGCAPTION', 'HR', 'CENTER', 'FORM', 'FIELDSET', 'LEGEND', 'DETAILS', 'SUMMARY', 'BODY', 'HTML',
]);
// Linear, anchored alternations only: no nested quantifiers, so no backtracking blow-up.
const HIDING_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0(?:px|pt|em)?\s*(?:;|!|$)/i;
const HIDING_HINT = /hid|none|invisible|sr-only|screen-reader|offscreen|collapse|wm|watermark|display|visibility/i;

/** Upper-case forms of the tag names seen, so reading a 100,000-element page makes no new string per element. */
const upperTags = new Map<string, string>();
/** A hostile page can invent any number of tag names: only this many are remembered. */
const MAX_REMEMBERED_TAGS = 512;

/** Upper-case tag name without namespace prefix (`o:p` stays `O:P`). */
export function tagOf(el: Element): string {
  const name = el.tagName;
  let upper = upperTags.get(name);
  if (upper === undefined) {
    upper = name.toUpperCase();
    if (upperTags.size < MAX_REMEMBERED_TAGS) upperTags.set(name, upper);
  }
  return upper;
}

/**
 * True when the element and its subtree should be skipped: non-text tags, the
 * `hidden` attribute, aria-hidden, an inline style that hides it, or — only when
 * its style/class hints at hiding and a computed style is available — a computed
 * display:none / visibility:hidden. Computed style is not taken for every element
 * because it is slow on big pages and missing in some Node DOMs. `tag` is
 * `tagOf(el)`, passed by a walk that has it already.
 */
export function isSkippedElement(el: Element, tag: string = tagOf(el)): boolean {
  if (NON_TEXT_TAGS.has(tag)) return true;
  // Most elements of an article have no attribute: nothing below can hide them.
  if (!el.hasAttributes()) return false;
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style') ?? '';
  if (style !== '' && HIDING_STYLE.test(style)) return true;
  const cls = el.getAttribute('class') ?? '';
  if (!HIDING_HINT.test(cls) && !(style !== '' && HIDING_HINT.test(style))) return false;
  const view = el.ownerDocument.defaultView;
  if (!view || typeof view.getComputedStyle !== 'function') return false;
  try {
    const computed = view.getComputedStyle(el);
    return computed.display === 'none' || computed.visibility === 'hidden';
  } catch {
    return false;
  }
}
