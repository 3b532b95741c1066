/**
 * One watcher of the page's address for the whole content script: a
 * single-page site moves with pushState, the back button (popstate) or a hash
 * change, and the reading view (re-read the page) and the annotator (list the
 * new address's notes) both need to know. They subscribe here instead of each
 * listening to the same events and polling on its own timer.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** How often the address is compared anyway, for navigations no event reports (an isolated world cannot hook the page's pushState). */
export const LOCATION_POLL_MS = 1_000;

/** What the watcher uses of the content script's context (all of it stops with the context). */
export type LocationContext = Pick<ContentScriptContext, 'addEventListener' | 'setTimeout' | 'setInterval' | 'onInvalidated'>;

interface Watcher {
  ctx: LocationContext;
  href: string;
  listeners: Set<() => void>;
}

let watcher: Watcher | null = null;

/** Tells every listener once per change of `location.href`, in the order they subscribed. */
function compare(w: Watcher): void {
  const href = location.href;
  if (href === w.href) return;
  w.href = href;
  for (const listener of [...w.listeners]) listener();
}

function startWatcher(ctx: LocationContext): Watcher {
  const w: Watcher = { ctx, href: location.href, listeners: new Set() };
  const check = () => compare(w);
  // WXT's event comes from the Navigation API's navigate, before a pushState has changed
  // location.href: look once the page's task (which also swaps the article) is over.
  ctx.addEventListener(window, 'wxt:locationchange', () => ctx.setTimeout(check, 0));
  ctx.addEventListener(window, 'popstate', check);
  ctx.addEventListener(window, 'hashchange', check);
  ctx.setInterval(check, LOCATION_POLL_MS);
  ctx.onInvalidated(() => {
    w.listeners.clear();
    if (watcher === w) watcher = null;
  });
  return w;
}

/** Calls `listener` after every change of the page's address, until `ctx` stops. */
export function onLocationChange(ctx: LocationContext, listener: () => void): void {
  if (watcher?.ctx !== ctx) watcher = startWatcher(ctx);
  watcher.listeners.add(listener);
}
