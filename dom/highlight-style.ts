/**
 * How highlighted points look: an underline in the level's hue (dotted under
 * the title, solid under the marker) over a faint wash, in two palettes (light
 * pages, dark pages) — a marker style, unlike the reader's solid highlights.
 * The same declarations serve the CSS Custom Highlight rules, the wrapping
 * fallback's inline styles and the panel's legend.
 */

/** Which palette a page needs. */
export type PageTheme = 'light' | 'dark';

/** What is highlighted: the enumeration marker (一、) or the title after it. */
export type HighlightPart = 'marker' | 'title';

/** Depths beyond this share the deepest colour. */
export const STYLED_DEPTHS = 4;

/** The highlight that briefly marks the point the reader jumped to. */
export const FLASH_HIGHLIGHT = 'speech-flash';

interface DepthColours {
  /** The level's hue: the underline under every point mark. */
  line: string;
  /** A faint wash under the title, so the underline is not alone on a busy page. */
  title: string;
  /** A little more wash under the marker (一、), with a deeper text colour. */
  marker: string;
  markerText: string;
}

// Point marks are a thin underline in the level's hue over a faint wash, so they
// read as "the program marked this" and can never be taken for the reader's own
// solid highlights (annotation-highlighter.ts). Calm hues (blue, teal, amber,
// violet); dark pages get lighter lines.
const PALETTES: Record<PageTheme, DepthColours[]> = {
  light: [
    { line: 'rgba(37, 99, 235, 0.85)', title: 'rgba(59, 130, 246, 0.06)', marker: 'rgba(59, 130, 246, 0.12)', markerText: '#1e3a8a' },
    { line: 'rgba(13, 148, 136, 0.85)', title: 'rgba(20, 184, 166, 0.06)', marker: 'rgba(20, 184, 166, 0.12)', markerText: '#134e4a' },
    { line: 'rgba(217, 119, 6, 0.85)', title: 'rgba(245, 158, 11, 0.07)', marker: 'rgba(245, 158, 11, 0.14)', markerText: '#78350f' },
    { line: 'rgba(124, 58, 237, 0.80)', title: 'rgba(139, 92, 246, 0.06)', marker: 'rgba(139, 92, 246, 0.12)', markerText: '#4c1d95' },
  ],
  dark: [
    { line: 'rgba(147, 197, 253, 0.90)', title: 'rgba(96, 165, 250, 0.08)', marker: 'rgba(96, 165, 250, 0.16)', markerText: '#dbeafe' },
    { line: 'rgba(94, 234, 212, 0.85)', title: 'rgba(45, 212, 191, 0.08)', marker: 'rgba(45, 212, 191, 0.16)', markerText: '#ccfbf1' },
    { line: 'rgba(252, 211, 77, 0.85)', title: 'rgba(251, 191, 36, 0.08)', marker: 'rgba(251, 191, 36, 0.16)', markerText: '#fef3c7' },
    { line: 'rgba(196, 181, 253, 0.90)', title: 'rgba(167, 139, 250, 0.08)', marker: 'rgba(167, 139, 250, 0.16)', markerText: '#ede9fe' },
  ],
};

const FLASH: Record<PageTheme, { background: string; text: string }> = {
  light: { background: 'rgba(250, 204, 21, 0.65)', text: '#1f2937' },
  dark: { background: 'rgba(250, 204, 21, 0.55)', text: '#111827' },
};

/** The colour slot (1..STYLED_DEPTHS) of a depth. */
export function depthSlot(depth: number): number {
  return Math.min(Math.max(Math.trunc(depth), 1), STYLED_DEPTHS);
}

/** The registered name of a part's highlight at a depth: speech-m1 (markers), speech-d1 (titles)… */
export function highlightName(part: HighlightPart, depth: number): string {
  return `speech-${part === 'marker' ? 'm' : 'd'}${depthSlot(depth)}`;
}

/** Every highlight name the extension registers, the flash included. */
export function allHighlightNames(): string[] {
  const names: string[] = [];
  for (let d = 1; d <= STYLED_DEPTHS; d++) names.push(highlightName('title', d), highlightName('marker', d));
  names.push(FLASH_HIGHLIGHT);
  return names;
}

/**
 * The CSS declarations of a point mark: a dotted underline in the level's hue
 * under the title, a solid one under the marker, each over a faint wash. Shared
 * by the ::highlight rules, the wrapping fallback and the panel's legend, so the
 * three always look alike. (::highlight takes color, background-color,
 * text-decoration with its sub-properties and text-shadow only.)
 */
export function pointMarkDeclarations(part: HighlightPart, depth: number, theme: PageTheme): string {
  const c = PALETTES[theme][depthSlot(depth) - 1]!;
  const line = part === 'marker' ? 'solid' : 'dotted';
  const text = part === 'marker' ? `color:${c.markerText};` : '';
  return `background-color:${part === 'marker' ? c.marker : c.title};${text}text-decoration:underline ${line} 2px ${c.line};text-underline-offset:4px;`;
}

/** The `::highlight()` rules for a palette. */
export function buildHighlightCss(theme: PageTheme): string {
  const rules: string[] = [];
  for (let d = 1; d <= STYLED_DEPTHS; d++) {
    rules.push(`::highlight(${highlightName('title', d)}){${pointMarkDeclarations('title', d, theme)}}`);
    rules.push(`::highlight(${highlightName('marker', d)}){${pointMarkDeclarations('marker', d, theme)}}`);
  }
  const flash = FLASH[theme];
  rules.push(`::highlight(${FLASH_HIGHLIGHT}){background-color:${flash.background};color:${flash.text};}`);
  return rules.join('\n');
}

/** The inline style of a wrapping element (fallback for browsers without CSS.highlights): the same look as the ::highlight rule. */
export function wrapStyle(part: HighlightPart | 'flash', depth: number, theme: PageTheme): string {
  const reset = 'all:unset;display:inline;';
  if (part === 'flash') return `${reset}background-color:${FLASH[theme].background};color:${FLASH[theme].text};`;
  return reset + pointMarkDeclarations(part, depth, theme);
}
