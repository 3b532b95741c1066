// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { dockLayout, MIN_ARTICLE_WIDTH, MIN_PANEL_WIDTH, STRIP_WIDTH } from '../../entrypoints/content/reading/panel/dock-layout.ts';
import { createPageRoom, roomCss } from '../../entrypoints/content/reading/page-room.ts';

describe('dockLayout', () => {
  it('docks the panel at the reader’s width beside the text on a 1366 px window', () => {
    expect(dockLayout(1366, 360, false)).toEqual({ mode: 'docked', width: 360, room: 360, max: 683 });
  });

  it('holds a dragged width between the narrowest panel and half the window', () => {
    expect(dockLayout(1366, 100, false).width).toBe(MIN_PANEL_WIDTH);
    expect(dockLayout(1366, 2000, false).width).toBe(683);
    expect(dockLayout(1920, 2000, false).width).toBe(960);
  });

  it('still docks at 200% zoom of a 1366×768 screen (683 CSS px), leaving the article its 400 px', () => {
    const layout = dockLayout(683, 360, false);
    expect(layout.mode).toBe('docked');
    expect(layout.width).toBeGreaterThanOrEqual(MIN_PANEL_WIDTH);
    expect(683 - layout.room).toBeGreaterThanOrEqual(MIN_ARTICLE_WIDTH);
  });

  it('collapses to a strip the page makes room for when docking would leave too little article', () => {
    expect(dockLayout(600, 360, false)).toMatchObject({ mode: 'strip', width: STRIP_WIDTH, room: STRIP_WIDTH });
    expect(dockLayout(375, 360, false).mode).toBe('strip');
  });

  it('covers the page only when the reader opened the strip on purpose, and then takes the whole width', () => {
    expect(dockLayout(600, 360, true)).toMatchObject({ mode: 'overlay', width: 600, room: 0 });
    // A wide window docks even if the overlay was asked for before it grew.
    expect(dockLayout(1366, 360, true).mode).toBe('docked');
  });
});

describe('createPageRoom', () => {
  afterEach(() => {
    document.adoptedStyleSheets = [];
    document.head.innerHTML = '';
  });

  /** Every rule the document's own and adopted sheets hold, as text. */
  const rules = () => [...document.adoptedStyleSheets, ...Array.from(document.styleSheets)].flatMap((s) => Array.from(s.cssRules, (r) => r.cssText)).join('\n') + [...document.querySelectorAll('style')].map((s) => s.textContent).join('\n');

  it('narrows <html> by the reserved width and leaves no trace once released', () => {
    const before = document.documentElement.outerHTML;
    const room = createPageRoom(document);
    room.reserve(360);
    expect(rules()).toContain('margin-right: 360px');
    room.reserve(300);
    expect(rules()).toContain('margin-right: 300px');
    expect(rules()).not.toContain('360px');
    room.release();
    expect(rules()).not.toContain('margin-right');
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('keeps its rule when the page rewrites <html>’s attributes, and puts it back if the page drops its sheets', () => {
    const room = createPageRoom(document);
    room.reserve(320);
    document.documentElement.setAttribute('style', 'margin: 0');
    document.documentElement.className = 'app-root';
    expect(rules()).toContain('margin-right: 320px');
    document.adoptedStyleSheets = [];
    room.reserve(320);
    expect(rules()).toContain('margin-right: 320px');
    room.release();
    expect(rules()).not.toContain('margin-right');
  });

  it('reserves nothing for zero and writes the rule with !important so page CSS cannot undo it', () => {
    expect(roomCss(0)).toBe('');
    expect(roomCss(280)).toBe('html { margin-right: 280px !important; }');
  });
});
