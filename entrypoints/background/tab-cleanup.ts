/**
 * Forgets a tab's outline (and its badge) when the tab leaves the page or closes,
 * so the popup never shows the outline of a page that is no longer there.
 */
import { browser } from 'wxt/browser';
import { clearBadge } from './badge.ts';
import type { OutlineStore } from './outline-store.ts';

function withoutHash(url: string): string {
  const i = url.indexOf('#');
  return i < 0 ? url : url.slice(0, i);
}

/**
 * Handles a tab starting to load. A jump to an anchor of the same page keeps
 * the outline (the content script will not run again); any other load, a
 * reload included, drops it and the content script reports afresh.
 */
export async function onTabLoading(store: OutlineStore, tabId: number, newUrl: string | undefined): Promise<void> {
  if (newUrl !== undefined) {
    const current = await store.get(tabId);
    if (current?.outline.url && withoutHash(current.outline.url) === withoutHash(newUrl)) return;
  }
  await store.delete(tabId);
  await clearBadge(tabId);
}

/** Registers the tab listeners that keep the store in step with the tabs. */
export function setupTabCleanup(store: OutlineStore): void {
  browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
    if (changeInfo.status === 'loading') void onTabLoading(store, tabId, changeInfo.url);
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void store.delete(tabId);
  });
}
