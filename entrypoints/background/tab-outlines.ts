/**
 * Each tab's outline as its content script reports it: kept for the popup and
 * the export page, counted on the toolbar badge, forgotten when the page goes.
 */
import { browser } from 'wxt/browser';
import { countPoints } from '../../core/index.ts';
import type { BackgroundHandlers, BackgroundRouter } from '../../protocol/background-messages.ts';
import { fail, ok } from '../../protocol/result.ts';
import { clearBadge, showPointCount } from './badge.ts';
import type { OutlineStore } from './outline-store.ts';

/** The extension's export page for a tab's outline (entrypoints/library, `?export=<tabId>`). */
export function exportPageUrl(tabId: number): string {
  return `${browser.runtime.getURL('/library.html')}?export=${tabId}`;
}

/** The answers to outline/found, outline/gone, outline/get and export/open, on `store`. The router has checked the sender. */
export function tabOutlineHandlers(store: OutlineStore): BackgroundHandlers {
  return {
    async 'outline/found'({ outline, count }, sender) {
      const tabId = sender.tab!.id!;
      if (!outline.detection.isSpeechPage) return fail('outline/found: the page is not a speech page');
      if (count !== countPoints(outline)) return fail('outline/found: count does not match the outline');
      await store.set(tabId, { outline, count });
      await showPointCount(tabId, count);
      return ok({ tabId });
    },
    async 'outline/gone'(_data, sender) {
      const tabId = sender.tab!.id!;
      await store.delete(tabId);
      await clearBadge(tabId);
      return ok({ tabId });
    },
    async 'export/open'(_data, sender) {
      const tabId = sender.tab!.id!;
      const index = sender.tab?.index;
      // Next to the page it exports, so closing it returns the reader there.
      const tab = await browser.tabs.create({ url: exportPageUrl(tabId), ...(index === undefined ? {} : { index: index + 1 }), openerTabId: tabId });
      return ok({ tabId: tab.id ?? -1 });
    },
    async 'outline/get'({ tabId }) {
      const entry = await store.get(tabId);
      return ok(entry?.outline ?? null);
    },
  };
}

/** Answers the tab-outline messages. */
export function setupTabOutlines(router: BackgroundRouter, store: OutlineStore): () => void {
  return router.on(tabOutlineHandlers(store));
}
