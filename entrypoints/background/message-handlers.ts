/**
 * What the background does with each message of the protocol.
 */
import { browser } from 'wxt/browser';
import { countPoints } from '../../core/index.ts';
import { fail, listenForMessages, ok, type Message, type MessageSender, type Result } from '../../protocol/messages.ts';
import { handleActivationMessage } from './activation.ts';
import { clearBadge, showPointCount } from './badge.ts';
import { handleTextMessage } from './jieba/jieba-service.ts';
import type { OutlineStore } from './outline-store.ts';

/** True when the sender is one of the extension's own pages (the popup, or popup.html opened in a tab). */
export function isExtensionPage(sender: MessageSender): boolean {
  if (sender.url?.startsWith(browser.runtime.getURL('/'))) return true;
  // Content scripts always come with a tab; a popup never does.
  return sender.tab === undefined;
}

/** The extension's export page for a tab's outline (entrypoints/library, `?export=<tabId>`). */
export function exportPageUrl(tabId: number): string {
  return `${browser.runtime.getURL('/library.html')}?export=${tabId}`;
}

/** Builds the handler of every checked message, working on `store`. */
export function createMessageHandler(store: OutlineStore): (message: Message, sender: MessageSender) => Promise<Result<unknown>> {
  return async (message, sender) => {
    switch (message.type) {
      case 'outline/found': {
        const tabId = sender.tab?.id;
        if (tabId === undefined || tabId < 0) return fail('outline/found must come from a tab');
        if (sender.frameId !== undefined && sender.frameId !== 0) return fail('outline/found must come from the top frame');
        const { outline, count } = message.data;
        if (!outline.detection.isSpeechPage) return fail('outline/found: the page is not a speech page');
        if (count !== countPoints(outline)) return fail('outline/found: count does not match the outline');
        await store.set(tabId, { outline, count });
        await showPointCount(tabId, count);
        return ok({ tabId });
      }
      case 'outline/gone': {
        const tabId = sender.tab?.id;
        if (tabId === undefined || tabId < 0) return fail('outline/gone must come from a tab');
        if (sender.frameId !== undefined && sender.frameId !== 0) return fail('outline/gone must come from the top frame');
        await store.delete(tabId);
        await clearBadge(tabId);
        return ok({ tabId });
      }
      case 'export/open': {
        const tabId = sender.tab?.id;
        if (tabId === undefined || tabId < 0) return fail('export/open must come from a tab');
        const index = sender.tab?.index;
        // Next to the page it exports, so closing it returns the reader there.
        const tab = await browser.tabs.create({ url: exportPageUrl(tabId), ...(index === undefined ? {} : { index: index + 1 }), openerTabId: tabId });
        return ok({ tabId: tab.id ?? -1 });
      }
      case 'outline/get': {
        if (!isExtensionPage(sender)) return fail('outline/get is only answered to extension pages');
        const entry = await store.get(message.data.tabId);
        return ok(entry?.outline ?? null);
      }
      case 'activation/run-once':
      case 'activation/always-run':
      case 'activation/revoke':
        if (!isExtensionPage(sender)) return fail(`${message.type} is only answered to extension pages`);
        return handleActivationMessage(message, store);
      case 'annotation/save':
      case 'annotation/update':
      case 'annotation/delete':
      case 'annotation/list':
      case 'annotation/list-all':
      case 'annotation/facets':
      case 'annotation/reveal':
      case 'outline/save':
      case 'outline/list':
      case 'outline/delete':
        // Claimed by setupAnnotations' own listener (annotations.ts); never reaches this one.
        return fail(`${message.type} is answered by the annotations listener`);
      case 'search/query':
      case 'search/index-status':
        // Claimed by setupSearch's own listener (search.ts); never reaches this one.
        return fail(`${message.type} is answered by the search listener`);
      case 'reading/command':
        return fail('reading/command is sent to tabs, not to the background');
      case 'text/segment':
      case 'text/keywords':
      case 'jieba/user-words-changed':
        return handleTextMessage(message, isExtensionPage(sender));
    }
  };
}

/** Answers the protocol's messages. */
export function setupMessageHandlers(store: OutlineStore): () => void {
  return listenForMessages(createMessageHandler(store));
}
