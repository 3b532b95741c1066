/**
 * Marks the point under the reader's eyes while they scroll: on each animation
 * frame after a scroll, a binary search over the points' rectangles (read
 * lazily, ~log2(n) per frame) finds the last point above the reading line.
 * Nothing is measured at load: a new outline is placed after the next frame,
 * when the page's layout is clean and reading rectangles forces none.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { pickCurrentPoint } from './current-point.ts';

/** Where the reader's eyes are: this share of the viewport height from the top. */
const READING_LINE = 0.5;

/** The running spy. */
export interface ScrollSpy {
  /** Recomputes now. */
  update(): void;
  /** Recomputes after the next frame has been drawn (after the points changed). */
  schedule(): void;
  /** Holds `id` as current until the reader scrolls again (after a jump the page scrolled for them). */
  pin(id: number): void;
}

/** Watches scrolling; `count()` points whose Ranges `anchorAt(i)` gives in document order; `onCurrent` hears the result. */
export function startScrollSpy(
  ctx: ContentScriptContext,
  count: () => number,
  anchorAt: (index: number) => Range | null,
  current: () => number,
  onCurrent: (id: number) => void,
): ScrollSpy {
  let scheduled = false;
  let pinnedUntil = 0;

  const update = () => {
    scheduled = false;
    if (performance.now() < pinnedUntil) return;
    const tops = new Map<number, number>();
    const topOf = (i: number) => {
      let top = tops.get(i);
      if (top === undefined) {
        top = anchorAt(i)?.getBoundingClientRect().top ?? Number.POSITIVE_INFINITY;
        tops.set(i, top);
      }
      return top;
    };
    const next = pickCurrentPoint(count(), topOf, window.innerHeight * READING_LINE, current());
    if (next !== current()) onCurrent(next);
  };
  const onScroll = () => {
    if (scheduled) return;
    scheduled = true;
    ctx.requestAnimationFrame(update);
  };
  // Capture: scrolling inside a page's own scroll container counts too.
  ctx.addEventListener(window, 'scroll', onScroll, { capture: true, passive: true });
  ctx.addEventListener(window, 'resize', onScroll, { passive: true });
  // A reader's own wheel, touch or key ends a pin at once.
  const unpin = () => {
    pinnedUntil = 0;
  };
  ctx.addEventListener(window, 'wheel', unpin, { capture: true, passive: true });
  ctx.addEventListener(window, 'touchmove', unpin, { capture: true, passive: true });

  return {
    update,
    schedule() {
      if (scheduled) return;
      scheduled = true;
      // rAF runs before the frame's layout; the task after it runs once the frame is drawn.
      ctx.requestAnimationFrame(() => ctx.setTimeout(update, 0));
    },
    pin(id) {
      onCurrent(id);
      // Long enough to swallow the scroll events of the jump itself.
      pinnedUntil = performance.now() + 600;
    },
  };
}
