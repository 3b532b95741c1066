/**
 * Paints the points of a page: with the CSS Custom Highlight API where the
 * browser has it (no DOM change at all: Ranges registered in `CSS.highlights`,
 * styled by one constructed stylesheet adopted by the document), otherwise by
 * wrapping the text in elements. Either way one `paint` call replaces the whole
 * set, so re-outlining a changed page never shows a frame without highlights.
 */
import {
  allHighlightNames, buildHighlightCss, FLASH_HIGHLIGHT, highlightName, wrapStyle, type HighlightPart, type PageTheme,
} from './highlight-style.ts';
import { wrapRanges, type WrapHandle, type WrapRequest } from './highlight-wrap.ts';
import { adoptSheet, highlightGlobals, type HighlightGlobals } from './highlight-globals.ts';

/** A point to paint: its depth and the Ranges of its marker and title. */
export interface PaintedPoint {
  depth: number;
  marker: Range | null;
  title: Range | null;
}

/** Draws the points' highlights on one document. */
export interface HighlightPainter {
  /** 'css-highlights' leaves the DOM alone; 'wrap' adds elements around the text. */
  readonly kind: 'css-highlights' | 'wrap';
  /** Replaces whatever is painted with `points` (in document order). */
  paint(points: readonly PaintedPoint[]): void;
  /** Removes every highlight. */
  clear(): void;
  /** Marks `range` strongly for `ms` milliseconds (the point the reader jumped to). */
  flash(range: Range, ms: number): void;
  /** Switches palettes. */
  setTheme(theme: PageTheme): void;
  /** Removes highlights and styles for good. */
  dispose(): void;
}

/** True when `doc`'s browser can paint with the CSS Custom Highlight API. */
export function supportsCssHighlights(doc: Document): boolean {
  return highlightGlobals(doc) !== null;
}

/**
 * The best painter for `doc`. `forceWrap` picks the fallback even where the
 * API exists (tests and the benchmark).
 */
export function createHighlightPainter(doc: Document, theme: PageTheme, options: { forceWrap?: boolean } = {}): HighlightPainter {
  const globals = options.forceWrap ? null : highlightGlobals(doc);
  if (globals) {
    try {
      return createCssHighlightPainter(doc, globals, theme);
    } catch {
      // A content-script sandbox that refuses a foreign stylesheet (Firefox's Xray wrappers): wrap instead.
    }
  }
  return createWrapPainter(theme);
}

function createCssHighlightPainter(doc: Document, g: HighlightGlobals, initialTheme: PageTheme): HighlightPainter {
  const names = allHighlightNames();
  const sheet = new g.CSSStyleSheet();
  sheet.replaceSync(buildHighlightCss(initialTheme));
  let flashTimer: ReturnType<typeof setTimeout> | undefined;

  // A page may assign adoptedStyleSheets itself and drop ours; put it back on every paint.
  const adopt = () => adoptSheet(doc, sheet);
  const clear = () => {
    for (const name of names) if (name !== FLASH_HIGHLIGHT) g.registry.delete(name);
  };
  adopt();

  return {
    kind: 'css-highlights',
    paint(points) {
      adopt();
      const byName = new Map<string, Range[]>();
      const add = (part: HighlightPart, depth: number, range: Range | null) => {
        if (!range) return;
        const name = highlightName(part, depth);
        const list = byName.get(name);
        if (list) list.push(range);
        else byName.set(name, [range]);
      };
      for (const p of points) {
        add('marker', p.depth, p.marker);
        add('title', p.depth, p.title);
      }
      // All names are swapped in the same task, so no frame shows a half-painted page.
      for (const name of names) {
        if (name === FLASH_HIGHLIGHT) continue;
        const ranges = byName.get(name);
        if (!ranges) {
          g.registry.delete(name);
          continue;
        }
        const highlight = new g.Highlight(...ranges);
        highlight.priority = name.startsWith('speech-m') ? 1 : 0;
        g.registry.set(name, highlight);
      }
    },
    clear,
    flash(range, ms) {
      adopt();
      const highlight = new g.Highlight(range);
      highlight.priority = 2;
      g.registry.set(FLASH_HIGHLIGHT, highlight);
      clearTimeout(flashTimer);
      flashTimer = setTimeout(() => g.registry.delete(FLASH_HIGHLIGHT), ms);
    },
    setTheme(theme) {
      sheet.replaceSync(buildHighlightCss(theme));
    },
    dispose() {
      clearTimeout(flashTimer);
      clear();
      g.registry.delete(FLASH_HIGHLIGHT);
      if (doc.adoptedStyleSheets.includes(sheet)) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    },
  };
}

/** The element the fallback wraps text in: a <mark> whose inline style overrides the page's and the browser's. */
function markMaker(part: HighlightPart | 'flash', depth: number, theme: PageTheme): (doc: Document) => HTMLElement {
  const style = wrapStyle(part, depth, theme);
  const name = part === 'flash' ? FLASH_HIGHLIGHT : highlightName(part, depth);
  return (doc) => {
    const mark = doc.createElement('mark');
    mark.setAttribute('data-speech-highlight', name);
    mark.setAttribute('style', style);
    return mark;
  };
}

/** The wrapping painter: changes the DOM, so callers pause their own MutationObservers around it. */
export function createWrapPainter(initialTheme: PageTheme): HighlightPainter {
  let theme = initialTheme;
  let handle: WrapHandle | null = null;
  let flashHandle: WrapHandle | null = null;
  let flashTimer: ReturnType<typeof setTimeout> | undefined;

  const endFlash = () => {
    clearTimeout(flashTimer);
    flashHandle?.unwrap();
    flashHandle = null;
  };
  const clear = () => {
    endFlash();
    handle?.unwrap();
    handle = null;
  };
  const paint = (points: readonly PaintedPoint[]) => {
    clear();
    const requests: WrapRequest[] = [];
    for (const p of points) {
      if (p.marker) requests.push({ range: p.marker, createWrapper: markMaker('marker', p.depth, theme) });
      if (p.title) requests.push({ range: p.title, createWrapper: markMaker('title', p.depth, theme) });
    }
    handle = wrapRanges(requests);
  };

  return {
    kind: 'wrap',
    paint,
    clear,
    flash(range, ms) {
      endFlash();
      flashHandle = wrapRanges([{ range, createWrapper: markMaker('flash', 1, theme) }]);
      flashTimer = setTimeout(endFlash, ms);
    },
    setTheme(next) {
      if (next === theme) return;
      theme = next;
      // Restyle in place: the painted Ranges went stale when their text was wrapped.
      for (const wrapper of handle?.wrappers ?? []) {
        const name = wrapper.getAttribute('data-speech-highlight') ?? '';
        const depth = Number(name.slice('speech-m'.length)) || 1;
        wrapper.setAttribute('style', wrapStyle(name.startsWith('speech-m') ? 'marker' : 'title', depth, theme));
      }
    },
    dispose() {
      clear();
    },
  };
}
