import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import type { PageRoom } from '../page-room.ts';
import { clampPanelWidth, dockLayout, type DockLayout } from './dock-layout.ts';

/** What the panel host hands the panel for docking: the page's room and the remembered width. */
export interface DockOptions {
  room: PageRoom;
  /** The width the reader last chose (or the default). */
  initialWidth: number;
  /** Remembers a width the reader chose. */
  saveWidth(width: number): void;
}

/** The docked panel as the component drives it. */
export interface Dock {
  layout: DockLayout;
  /** The reader's chosen width (before this window's limits). */
  preferred: number;
  /** Sets the width while dragging (not remembered yet). */
  setWidth(width: number): void;
  /** Sets and remembers the width (the end of a drag, a key). */
  commitWidth(width: number): void;
  /** The reader opened the strip (true) or closed the panel over the page back to the strip (false). */
  setOverlay(on: boolean): void;
}

/** The window's width in CSS px, the same whether or not the page has made room (it counts the viewport, not <html>). */
function viewportWidth(): number {
  return window.innerWidth;
}

/**
 * The panel's docking: follows the window's width, keeps the page's room in
 * step with what is shown (`open` false: nothing reserved), and gives the room
 * back when the panel goes away.
 */
export function useDock(options: DockOptions, open: boolean): Dock {
  const [viewport, setViewport] = useState(viewportWidth);
  const [preferred, setPreferred] = useState(options.initialWidth);
  const [overlay, setOverlay] = useState(false);

  useEffect(() => {
    const onResize = () => setViewport(viewportWidth());
    window.addEventListener('resize', onResize);
    // The window may have changed between the first render and this effect.
    onResize();
    return () => window.removeEventListener('resize', onResize);
  }, []);

  const layout = dockLayout(viewport, preferred, overlay);
  // Before paint: the page and the panel change width in the same frame.
  useLayoutEffect(() => {
    options.room.reserve(open ? layout.room : 0);
  }, [options.room, open, layout.room]);
  useEffect(() => () => options.room.reserve(0), [options.room]);
  // Closing the panel forgets an overlay the reader asked for: the next opening on a narrow window is the strip again.
  useEffect(() => {
    if (!open) setOverlay(false);
  }, [open]);

  return {
    layout,
    preferred,
    setWidth: (width) => setPreferred(clampPanelWidth(width, viewport)),
    commitWidth: (width) => {
      const next = clampPanelWidth(width, viewport);
      setPreferred(next);
      options.saveWidth(next);
    },
    setOverlay,
  };
}
