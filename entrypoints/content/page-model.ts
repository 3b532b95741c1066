/**
 * The page as the content script knows it, shared by the reading view and the
 * annotator: one read of the DOM per DOM version (a MutationObserver counts the
 * changes) and one outline per read, so annotating a page the reading view has
 * just read neither walks the DOM nor runs the engine again.
 */
import { extractOutlineInSteps, type ExtractedOutline } from '../../core/index.ts';
import { readPage, runSteps, type PageText } from '../../dom/index.ts';

/** The outline of a page as read, in steps (the engine pauses after each speech); the engine cleans the page title itself. */
export function outlineOfPageInSteps(page: PageText, url: string): Generator<void, ExtractedOutline, void> {
  return extractOutlineInSteps(page.blocks, { title: page.title, url });
}

/** The outline of a page as read, in one go. */
export function outlineOfPage(page: PageText, url: string): ExtractedOutline {
  return runSteps(outlineOfPageInSteps(page, url));
}

/** The shared page of one document. */
export interface PageModel {
  /** Bumped by every change of the DOM since the model was made. */
  version(): number;
  /** The page as it reads now: the last read if the DOM has not changed since it began, else a fresh read. */
  page(): PageText;
  /** Keeps a read made elsewhere (the reading view's sliced one) that began at DOM version `version`. */
  remember(page: PageText, version: number, outline?: ExtractedOutline): void;
  /** The speech outline of `page`, or null when the page is not a speech: extracted once per read. */
  speechOutline(page: PageText, url: string): ExtractedOutline | null;
  dispose(): void;
}

/** Creates the model of `doc`. */
export function createPageModel(doc: Document): PageModel {
  let version = 0;
  let last: { page: PageText; version: number } | null = null;
  const outlines = new WeakMap<PageText, ExtractedOutline>();
  const Observer = (doc.defaultView as (Window & typeof globalThis) | null)?.MutationObserver ?? globalThis.MutationObserver;
  /** Whether the observer is connected; it is not between a change and the next question about the version. */
  let watching = false;
  let disposed = false;
  // One change is enough to know the last read is stale: the observer stops at the first one, so a page that keeps
  // changing (a clock, a live feed, an SPA re-rendering) costs no record per change, and starts again when asked.
  const observer = typeof Observer === 'function' ? new Observer(() => changed()) : null;
  const watch = () => {
    if (!observer || watching || disposed) return;
    observer.observe(doc, { subtree: true, childList: true, characterData: true });
    watching = true;
  };
  const changed = () => {
    version++;
    observer?.disconnect();
    watching = false;
  };
  watch();
  // Records not yet delivered (a change made earlier in this task) count as well.
  const current = () => {
    if (!observer) return ++version;
    if (watching && observer.takeRecords().length > 0) changed();
    watch();
    return version;
  };
  return {
    version: current,
    page() {
      const now = current();
      if (last && last.version === now) return last.page;
      const page = readPage(doc);
      last = { page, version: now };
      return page;
    },
    remember(page, at, outline) {
      if (current() === at) last = { page, version: at };
      if (outline) outlines.set(page, outline);
    },
    speechOutline(page, url) {
      let outline = outlines.get(page);
      if (!outline) {
        outline = outlineOfPage(page, url);
        outlines.set(page, outline);
      }
      return outline.detection.isSpeechPage ? outline : null;
    },
    dispose() {
      disposed = true;
      observer?.disconnect();
      watching = false;
      last = null;
    },
  };
}
