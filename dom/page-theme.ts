/**
 * Tells a dark page from a light one so highlights and the panel pick colours
 * that stay readable: the first opaque background found from the article up to
 * <html> decides; a page with no background at all shows the browser's canvas,
 * which is dark only when the page opts into a dark colour scheme.
 */
import type { PageTheme } from './highlight-style.ts';

/** A colour as red, green, blue (0–255) and alpha (0–1). */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

/** Parses `rgb(…)`/`rgba(…)` (comma or space separated, as computed styles give them) or `transparent`; null otherwise. */
export function parseCssColor(value: string): Rgba | null {
  const v = value.trim().toLowerCase();
  if (v === 'transparent') return { r: 0, g: 0, b: 0, a: 0 };
  const m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(v);
  if (!m) return null;
  let a = 1;
  if (m[4] !== undefined) a = m[4].endsWith('%') ? Number(m[4].slice(0, -1)) / 100 : Number(m[4]);
  return { r: Number(m[1]), g: Number(m[2]), b: Number(m[3]), a };
}

/** WCAG relative luminance, 0 (black) to 1 (white). */
export function relativeLuminance({ r, g, b }: Rgba): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** True when text on this background needs light colours (below mid-grey in perceived lightness). */
export function isDarkBackground(color: Rgba): boolean {
  return relativeLuminance(color) < 0.18;
}

/** The theme of the page around `el` (usually the article's root element). */
export function detectPageTheme(el: Element): PageTheme {
  const view = el.ownerDocument.defaultView;
  if (!view || typeof view.getComputedStyle !== 'function') return 'light';
  for (let node: Element | null = el; node; node = node.parentElement) {
    const colour = parseCssColor(view.getComputedStyle(node).backgroundColor || 'transparent');
    if (colour && colour.a >= 0.5) return isDarkBackground(colour) ? 'dark' : 'light';
  }
  const scheme = view.getComputedStyle(el.ownerDocument.documentElement).colorScheme ?? '';
  const prefersDark = typeof view.matchMedia === 'function' && view.matchMedia('(prefers-color-scheme: dark)').matches;
  return prefersDark && /\bdark\b/.test(scheme) ? 'dark' : 'light';
}
