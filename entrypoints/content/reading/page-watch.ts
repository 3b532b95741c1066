/**
 * Follows a page that changes after load: content appended late (lazy
 * loading, "read more"), content swapped by a single-page app, and address
 * changes by pushState/popstate/hash. Each calls `onChange` once things have
 * been quiet for a moment (debounced), and at least every `maxWaitMs` while a
 * page keeps changing.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { onLocationChange } from '../location-watch.ts';

/** How long the page must be quiet before it is read again. */
export const QUIET_MS = 400;
/** A page that never stops changing is still read again this often. */
const MAX_WAIT_MS = 2_000;
/** Text added outside the article must be at least this long to matter (a clock or an ad line does not). */
const SIGNIFICANT_TEXT = 200;

/** What the watcher needs to know about the page as last read. */
export interface WatchTarget {
  /** The element holding the article, or null when no speech was found. */
  contentRoot(): Element | null;
  /** The extension's own element, whose changes are never the page's. */
  host(): Element | null;
}

/** The running watcher. */
export interface PageWatch {
  /** Runs `fn` (which changes the DOM on purpose) without its changes counting as the page's. */
  ignoring(fn: () => void): void;
  /** Asks for a re-read soon, as if the page had changed. */
  schedule(): void;
}

function isInside(node: Node, el: Element | null): boolean {
  return el !== null && (node === el || el.contains(node));
}

/** True when a mutation can change what the content root reads as. */
export function isRelevantMutation(record: MutationRecord, root: Element | null, host: Element | null): boolean {
  const { target } = record;
  if (isInside(target, host)) return false;
  if (record.type === 'childList') {
    const changed = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
    if (changed.length > 0 && changed.every((n) => n === host)) return false;
    if (!root || !root.isConnected) return true;
    if (root.contains(target)) return true;
    // Outside the article: only removing it or adding a lot of text can matter.
    if (Array.from(record.removedNodes).some((n) => n === root || n.contains(root))) return true;
    return Array.from(record.addedNodes).some((n) => n !== host && (n.textContent?.length ?? 0) >= SIGNIFICANT_TEXT);
  }
  return !root || !root.isConnected || root.contains(target);
}

/** Starts watching `doc`; stops when `ctx` is invalidated. */
export function watchPage(ctx: ContentScriptContext, doc: Document, target: WatchTarget, onChange: () => void): PageWatch {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstPending = 0;

  const fire = () => {
    timer = undefined;
    firstPending = 0;
    if (ctx.isValid) onChange();
  };
  const schedule = () => {
    const now = Date.now();
    if (firstPending === 0) firstPending = now;
    clearTimeout(timer);
    const wait = Math.max(0, Math.min(QUIET_MS, firstPending + MAX_WAIT_MS - now));
    timer = setTimeout(fire, wait);
  };

  const observer = new MutationObserver((records) => {
    const root = target.contentRoot();
    const host = target.host();
    if (records.some((r) => isRelevantMutation(r, root, host))) schedule();
  });
  const observed = doc.body ?? doc.documentElement;
  observer.observe(observed, { childList: true, subtree: true, characterData: true });

  // Single-page navigation (pushState, the back button, a hash change): read the new article.
  onLocationChange(ctx, schedule);

  ctx.onInvalidated(() => {
    observer.disconnect();
    clearTimeout(timer);
  });

  return {
    ignoring(fn) {
      try {
        fn();
      } finally {
        observer.takeRecords();
      }
    },
    schedule,
  };
}
