/**
 * Where the open panel goes for a given window width: docked beside the text
 * (the page narrowed by the panel's width), a narrow strip when docking would
 * leave too little of the article, or over the page when the reader opened the
 * strip on purpose. Plain arithmetic in CSS px, so it is tested without a DOM.
 */

/** Narrowest panel that still shows a readable outline row. */
export const MIN_PANEL_WIDTH = 260;
/** The width a first-time reader gets. */
export const DEFAULT_PANEL_WIDTH = 360;
/** Width of the collapsed strip (the tab's label and count, standing up). */
export const STRIP_WIDTH = 36;
/** The panel never takes more than this share of the window. */
export const MAX_PANEL_SHARE = 0.5;
/**
 * The least the page keeps for its article. Hypothesis keeps 480 px; 400 px
 * (25 characters of 16 px Chinese text) is what lets a 1366 px window at 200%
 * zoom (683 CSS px) dock a 260+ px panel instead of collapsing it.
 */
export const MIN_ARTICLE_WIDTH = 400;
/** How far one ←/→ on the resize handle moves the edge. */
export const RESIZE_STEP = 16;

/** The panel's place: beside the text, a strip beside the text, or over the page. */
export type DockMode = 'docked' | 'strip' | 'overlay';

/** The layout of the open panel: its mode, its width, and how much the page gives up for it. */
export interface DockLayout {
  mode: DockMode;
  /** The panel's (or strip's) width in CSS px. */
  width: number;
  /** How many CSS px the page is narrowed by (0 over the page). */
  room: number;
  /** The widest the reader may drag the panel to in this window. */
  max: number;
}

/** The widest docked panel in a window `viewport` px wide (below MIN_PANEL_WIDTH: it cannot dock). */
export function maxPanelWidth(viewport: number): number {
  return Math.floor(Math.min(viewport * MAX_PANEL_SHARE, viewport - MIN_ARTICLE_WIDTH));
}

/** The reader's `preferred` width held inside what this window allows. */
export function clampPanelWidth(preferred: number, viewport: number): number {
  const max = maxPanelWidth(viewport);
  return Math.round(Math.max(MIN_PANEL_WIDTH, Math.min(preferred, max)));
}

/**
 * The open panel's layout in a window `viewport` CSS px wide, for the reader's
 * `preferred` width; `overlayAsked` is the reader's explicit opening of the
 * strip on a narrow window, the only case where the panel covers the page.
 */
export function dockLayout(viewport: number, preferred: number, overlayAsked: boolean): DockLayout {
  const max = maxPanelWidth(viewport);
  if (max < MIN_PANEL_WIDTH) {
    return overlayAsked ? { mode: 'overlay', width: viewport, room: 0, max } : { mode: 'strip', width: STRIP_WIDTH, room: STRIP_WIDTH, max };
  }
  const width = clampPanelWidth(preferred, viewport);
  return { mode: 'docked', width, room: width, max };
}
