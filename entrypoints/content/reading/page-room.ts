/**
 * Makes the page give up room at its right edge for the docked panel, so the
 * panel sits beside the article instead of over it. The page's root box gets a
 * right margin (the way Hypothesis's side-by-side mode narrows <html>): a
 * centred fixed-width article re-centres in what is left, a fluid one wraps
 * shorter lines, and position:fixed bars keep their place.
 *
 * The rule lives in a constructed stylesheet adopted by the document, not in
 * <html style> or a <style> element: a page that rewrites <html>'s attributes
 * or its <head> cannot wipe it or leave it behind, it is not an element the
 * page's own scripts or CSS selectors trip over, a page CSP that forbids
 * inline styles does not apply to it, and removing it is dropping one object
 * from the list. Where a browser refuses adoptedStyleSheets from a content
 * script, a <style> element with a random id in <head> does the same job.
 *
 * Boxes the page sizes in viewport widths (a 100vw header) ignore <html>'s
 * margin: the same sheet carries their rules rewritten for the narrower page
 * (./viewport-width-rules.ts).
 */

import { adoptSheet } from '../../../dom/highlight-globals.ts';
import { viewportWidthOverrides } from './viewport-width-rules.ts';

/** The page's reserved room; one per content script. */
export interface PageRoom {
  /** Narrows the page by `px` CSS px (0 gives the page its whole width back). */
  reserve(px: number): void;
  /** Removes every trace; the page's layout is exactly what it was. */
  release(): void;
}

/** The rule that narrows the page by `px`. */
export function roomCss(px: number): string {
  return px > 0 ? `html { margin-right: ${px}px !important; }` : '';
}

/** The element near the top third of the window, and where it is: the reader's place, kept across the reflow. */
function readingPlace(doc: Document): { element: Element; top: number } | null {
  const view = doc.defaultView;
  if (!view) return null;
  const element = doc.elementFromPoint(Math.max(1, view.innerWidth / 4), view.innerHeight / 3);
  if (!element || element === doc.documentElement || element === doc.body) return null;
  return { element, top: element.getBoundingClientRect().top };
}

/** Creates the page's room, reserving nothing until asked. */
export function createPageRoom(doc: Document): PageRoom {
  let reserved = 0;
  let sheet: CSSStyleSheet | null = null;
  let styleElement: HTMLStyleElement | null = null;

  const adopt = (css: string): boolean => {
    try {
      // The page window's constructor, as the highlighters do: Firefox adopts only sheets made by the document's own window.
      const Sheet = (doc.defaultView as (Window & typeof globalThis) | null)?.CSSStyleSheet;
      if (!Sheet || !('adoptedStyleSheets' in doc)) return false;
      sheet ??= new Sheet();
      sheet.replaceSync(css);
      // A page may have replaced the list since: put the sheet back if it is gone.
      adoptSheet(doc, sheet);
      return true;
    } catch {
      sheet = null;
      return false;
    }
  };

  const writeStyleElement = (css: string) => {
    if (!styleElement) {
      styleElement = doc.createElement('style');
      styleElement.id = `so-room-${Math.random().toString(36).slice(2, 10)}`;
    }
    styleElement.textContent = css;
    if (!styleElement.isConnected) (doc.head ?? doc.documentElement).append(styleElement);
  };

  const remove = () => {
    if (sheet) {
      const mine = sheet;
      try {
        doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== mine);
      } catch {
        mine.replaceSync('');
      }
      sheet = null;
    }
    styleElement?.remove();
    styleElement = null;
  };

  const apply = (px: number) => {
    if (px === 0) return remove();
    // The page's own sheets (not the fallback <style> of ours, whose rewritten rules would be rewritten again).
    const pageSheets = Array.from(doc.styleSheets).filter((s) => styleElement === null || s.ownerNode !== styleElement);
    const css = [roomCss(px), viewportWidthOverrides(pageSheets, px)].filter(Boolean).join('\n');
    if (!adopt(css)) writeStyleElement(css);
  };

  return {
    reserve(px) {
      const next = Math.max(0, Math.round(px));
      if (next === reserved) {
        // Still check the sheet is in place: a page may have dropped it.
        if (next > 0 && sheet && !doc.adoptedStyleSheets.includes(sheet)) apply(next);
        return;
      }
      const place = readingPlace(doc);
      reserved = next;
      apply(next);
      // Lines rewrap when the width changes: keep the paragraph the reader was at where it was.
      if (place?.element.isConnected) {
        const moved = place.element.getBoundingClientRect().top - place.top;
        if (Math.abs(moved) > 1) doc.defaultView?.scrollBy({ top: moved, left: 0, behavior: 'instant' });
      }
    },
    release() {
      reserved = 0;
      remove();
    },
  };
}
