/**
 * How highlighted points look: a soft background tint per depth for the title
 * and a stronger tint with a deeper text colour for the marker, in two palettes
 * (light pages, dark pages). The same colours serve the CSS Custom Highlight
 * rules and the wrapping fallback's inline styles.
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
  title: string;
  marker: string;
  markerText: string;
}

// Calm hues (blue, teal, amber, violet) at low alpha, so the page's own text
// colour stays readable on either palette; dark pages get lighter, stronger tints.
const PALETTES: Record<PageTheme, DepthColours[]> = {
  light: [
    { title: 'rgba(59, 130, 246, 0.13)', marker: 'rgba(59, 130, 246, 0.28)', markerText: '#1e3a8a' },
    { title: 'rgba(20, 184, 166, 0.13)', marker: 'rgba(20, 184, 166, 0.30)', markerText: '#134e4a' },
    { title: 'rgba(245, 158, 11, 0.15)', marker: 'rgba(245, 158, 11, 0.32)', markerText: '#78350f' },
    { title: 'rgba(139, 92, 246, 0.12)', marker: 'rgba(139, 92, 246, 0.26)', markerText: '#4c1d95' },
  ],
  dark: [
    { title: 'rgba(96, 165, 250, 0.20)', marker: 'rgba(96, 165, 250, 0.38)', markerText: '#dbeafe' },
    { title: 'rgba(45, 212, 191, 0.18)', marker: 'rgba(45, 212, 191, 0.36)', markerText: '#ccfbf1' },
    { title: 'rgba(251, 191, 36, 0.18)', marker: 'rgba(251, 191, 36, 0.36)', markerText: '#fef3c7' },
    { title: 'rgba(167, 139, 250, 0.20)', marker: 'rgba(167, 139, 250, 0.38)', markerText: '#ede9fe' },
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

/** The `::highlight()` rules for a palette. */
export function buildHighlightCss(theme: PageTheme): string {
  const rules = PALETTES[theme].map((c, i) => {
    const d = i + 1;
    return (
      `::highlight(${highlightName('title', d)}){background-color:${c.title};}` +
      `::highlight(${highlightName('marker', d)}){background-color:${c.marker};color:${c.markerText};}`
    );
  });
  const flash = FLASH[theme];
  rules.push(`::highlight(${FLASH_HIGHLIGHT}){background-color:${flash.background};color:${flash.text};}`);
  return rules.join('\n');
}

/** The inline style of a wrapping element (fallback for browsers without CSS.highlights). */
export function wrapStyle(part: HighlightPart | 'flash', depth: number, theme: PageTheme): string {
  const reset = 'all:unset;display:inline;';
  if (part === 'flash') return `${reset}background-color:${FLASH[theme].background};color:${FLASH[theme].text};`;
  const c = PALETTES[theme][depthSlot(depth) - 1]!;
  return part === 'marker' ? `${reset}background-color:${c.marker};color:${c.markerText};` : `${reset}background-color:${c.title};`;
}
