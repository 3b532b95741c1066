/**
 * Each tab's outline as its content script reports it: kept for the popup and
 * the export page, counted on the toolbar badge, forgotten when the page goes.
 */
import { browser } from 'wxt/browser';
import { countPoints } from '../../core/index.ts';
import type { BackgroundHandlers, BackgroundRouter } from '../../protocol/background-messages.ts';
import { isOutlineDocument } from '../../protocol/outline-shape.ts';
import { fail, ok } from '../../protocol/result.ts';
import { sendToTab } from '../../protocol/tab-messages.ts';
import { clearBadge, showPointCount } from './badge.ts';
import type { OutlineStore, TabOutline } from './outline-store.ts';

/** The extension's export page for a tab's outline (entrypoints/library, `?export=<tabId>`), with speech `section` (0-based) chosen when given. */
export function exportPageUrl(tabId: number, section?: number): string {
  return `${browser.runtime.getURL('/library.html')}?export=${tabId}${section === undefined ? '' : `&section=${section}`}`;
}

/** The answers to outline/found, outline/gone, outline/get and export/open, on `store`. The router has checked the sender. */
export function tabOutlineHandlers(store: OutlineStore): BackgroundHandlers {
  return {
    async 'outline/found'({ outline, count }, sender) {
      const tabId = sender.tab!.id!;
      if (!outline.detection.isSpeechPage) return fail('outline/found: the page is not a speech page');
      if (count !== countPoints(outline)) return fail('outline/found: count does not match the outline');
      // The badge first: it must not depend on whether session storage has room for the outline.
      await showPointCount(tabId, count);
      await store.set(tabId, { outline, count });
      return ok({ tabId });
    },
    async 'outline/gone'(_data, sender) {
      const tabId = sender.tab!.id!;
      await store.delete(tabId);
      await clearBadge(tabId);
      return ok({ tabId });
    },
    async 'export/open'({ section }, sender) {
      const tabId = sender.tab!.id!;
      const index = sender.tab?.index;
      // Next to the page it exports, so closing it returns the reader there.
      const tab = await browser.tabs.create({ url: exportPageUrl(tabId, section), ...(index === undefined ? {} : { index: index + 1 }), openerTabId: tabId });
      return ok({ tabId: tab.id ?? -1 });
    },
    async 'outline/get'({ tabId }) {
      const entry = await store.get(tabId);
      return ok(entry?.outline ?? null);
    },
  };
}

/**
 * Asks a tab's content script for its outline again (the store evicted its copy,
 * or the worker restarted). The reply is checked like outline/found's data.
 */
export async function rereadTabOutline(tabId: number): Promise<TabOutline | null> {
  const reply = await sendToTab(tabId, 'outline/read', {});
  if (!reply.ok || reply.value === null) return null;
  const { outline, count } = reply.value;
  if (!isOutlineDocument(outline) || !outline.detection.isSpeechPage || count !== countPoints(outline)) return null;
  return { outline, count };
}

/** Answers the tab-outline messages. */
export function setupTabOutlines(router: BackgroundRouter, store: OutlineStore): () => void {
  return router.on(tabOutlineHandlers(store));
}
