/**
 * Whether a document's browser can paint with the CSS Custom Highlight API,
 * and the globals to do it with: the one capability check both highlighters
 * (the points' painter and the annotations') use.
 */

/** The browser globals a Highlight API painter needs, looked up on the document's window. */
export interface HighlightGlobals {
  registry: HighlightRegistry;
  Highlight: typeof Highlight;
  CSSStyleSheet: typeof CSSStyleSheet;
}

/** The globals of `doc`'s window, or null where the API (or adoptable stylesheets) is missing. */
export function highlightGlobals(doc: Document): HighlightGlobals | null {
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  const registry = view?.CSS?.highlights;
  if (!view || !registry || typeof view.Highlight !== 'function') return null;
  if (typeof view.CSSStyleSheet !== 'function' || !('adoptedStyleSheets' in doc)) return null;
  return { registry, Highlight: view.Highlight, CSSStyleSheet: view.CSSStyleSheet };
}

/** Puts `sheet` into `doc`'s adopted stylesheets unless it is there: a page may assign them itself and drop ours. */
export function adoptSheet(doc: Document, sheet: CSSStyleSheet): void {
  if (!doc.adoptedStyleSheets.includes(sheet)) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
}
