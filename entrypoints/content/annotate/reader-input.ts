/**
 * The reader's own input on the page that drives the annotator: a selection
 * finished with the mouse or with Shift+arrows, a selection cleared, a click
 * on the page, a scroll. The page's made-up events (isTrusted false) and
 * events from our own UI are ignored.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** What the annotator does on the reader's input. */
export interface ReaderInputHandlers {
  /** A selection may have been made (after the mouse button or Shift was released). */
  selectionDone(viaKeyboard: boolean): void;
  /** The page's selection collapsed. */
  selectionCleared(): void;
  /** A left click with nothing selected, at viewport point (x, y). */
  clicked(x: number, y: number): void;
  /** The page (or a scrolling box in it) scrolled. */
  scrolled(): void;
}

/** Listens for the reader's input until `ctx` stops; `fromOurUi` tells events that passed through our own host. */
export function listenToReader(ctx: ContentScriptContext, fromOurUi: (event: Event) => boolean, on: ReaderInputHandlers): void {
  ctx.addEventListener(document, 'mouseup', (event: MouseEvent) => {
    if (!event.isTrusted || event.button !== 0 || fromOurUi(event)) return;
    // The selection is final once the page's own mouseup handling is over.
    ctx.setTimeout(() => on.selectionDone(false), 0);
  });
  ctx.addEventListener(document, 'keyup', (event: KeyboardEvent) => {
    if (!event.isTrusted || fromOurUi(event) || !(event.shiftKey || event.key === 'Shift')) return;
    on.selectionDone(true);
  });
  ctx.addEventListener(document, 'selectionchange', () => {
    if (document.getSelection()?.isCollapsed ?? true) on.selectionCleared();
  });
  ctx.addEventListener(document, 'click', (event: MouseEvent) => {
    if (!event.isTrusted || event.button !== 0 || fromOurUi(event)) return;
    if (!(document.getSelection()?.isCollapsed ?? true)) return;
    on.clicked(event.clientX, event.clientY);
  });
  ctx.addEventListener(window, 'scroll', () => on.scrolled(), { passive: true, capture: true });
}
