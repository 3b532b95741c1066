import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background/index.ts';
import { badgeText } from '../../entrypoints/background/badge.ts';
import { exportPageUrl } from '../../entrypoints/background/tab-outlines.ts';
import { backgroundDispatch } from './background-router.ts';
import { createOutlineStore, outlineKey } from '../../entrypoints/background/outline-store.ts';
import { onTabLoading } from '../../entrypoints/background/tab-cleanup.ts';
import type { MessageSender } from '../../protocol/transport.ts';
import { speechOutline } from './fixtures.ts';

type Tab = NonNullable<MessageSender['tab']>;

/** A tab as the browser describes it. */
function tab(tabId: number, url: string): Tab {
  return { id: tabId, url, index: 0, windowId: 1, highlighted: false, active: true, pinned: false, incognito: false } as Tab;
}

/** A message sender as Chromium describes a content script in tab `tabId`. */
function contentScript(tabId: number, url = 'http://127.0.0.1/speech.html'): MessageSender {
  return { id: fakeBrowser.runtime.id, url, frameId: 0, tab: tab(tabId, url) };
}

/** A message sender as Chromium describes the popup. */
const popup: MessageSender = { id: 'test', url: 'chrome-extension://test-extension-id/popup.html' };

async function badgeOf(tabId: number): Promise<string> {
  return fakeBrowser.action.getBadgeText({ tabId });
}

beforeEach(() => fakeBrowser.reset());

describe('badgeText', () => {
  it.each([
    [0, ''],
    [7, '7'],
    [204, '204'],
    [1200, '999+'],
  ])('shows %i points as %j', (count, text) => {
    expect(badgeText(count)).toBe(text);
  });
});

describe('the outline/found and outline/get handlers', () => {
  it('keep the outline a content script found and badge its tab with the point count', async () => {
    const handle = backgroundDispatch({ store: createOutlineStore() });
    expect(await handle({ type: 'outline/found', data: { outline: speechOutline(), count: 3 } }, contentScript(5))).toEqual({ ok: true, value: { tabId: 5 } });
    expect(await badgeOf(5)).toBe('3');
    expect(await handle({ type: 'outline/get', data: { tabId: 5 } }, popup)).toEqual({ ok: true, value: speechOutline() });
  });

  it('answer null for a tab without an outline', async () => {
    const handle = backgroundDispatch({ store: createOutlineStore() });
    expect(await handle({ type: 'outline/get', data: { tabId: 9 } }, popup)).toEqual({ ok: true, value: null });
  });

  it.each([
    ['a sender without a tab', { type: 'outline/found', data: { outline: speechOutline(), count: 3 } }, {}, 'outline/found must come from a tab'],
    ['a frame inside the page', { type: 'outline/found', data: { outline: speechOutline(), count: 3 } }, { ...contentScript(5), frameId: 3 }, 'outline/found must come from the top frame'],
    ['a count that disagrees with the outline', { type: 'outline/found', data: { outline: speechOutline(), count: 4 } }, contentScript(5), 'outline/found: count does not match the outline'],
    ['a page that is not a speech', { type: 'outline/found', data: { outline: { ...speechOutline(), detection: { isSpeechPage: false, confidence: 0.1, signals: [] } }, count: 3 } }, contentScript(5), 'outline/found: the page is not a speech page'],
    ['a content script asking for a tab’s outline', { type: 'outline/get', data: { tabId: 5 } }, contentScript(6), 'outline/get is only answered to extension pages'],
  ] as const)('refuse %s', async (_what, message, sender, error) => {
    const handle = backgroundDispatch({ store: createOutlineStore() });
    expect(await handle(message as Parameters<typeof handle>[0], sender as MessageSender)).toEqual({ ok: false, error });
    expect(await badgeOf(5)).toBe('');
  });

  it('answer the popup opened as a page in a tab (popup.html?tab=…)', async () => {
    const handle = backgroundDispatch({ store: createOutlineStore() });
    await handle({ type: 'outline/found', data: { outline: speechOutline(), count: 3 } }, contentScript(5));
    const popupInTab = { ...contentScript(8, fakeBrowser.runtime.getURL('/popup.html?tab=5')) };
    expect(await handle({ type: 'outline/get', data: { tabId: 5 } }, popupInTab)).toMatchObject({ ok: true, value: { title: '在全省党委秘书长会议讲话' } });
  });
});

describe('the outline/gone handler', () => {
  it('forgets the tab’s outline and clears its badge when the page stops being a speech', async () => {
    const store = createOutlineStore();
    const handle = backgroundDispatch({ store });
    await handle({ type: 'outline/found', data: { outline: speechOutline(), count: 3 } }, contentScript(5));
    expect(await handle({ type: 'outline/gone', data: {} }, contentScript(5))).toEqual({ ok: true, value: { tabId: 5 } });
    expect(await badgeOf(5)).toBe('');
    expect(await store.get(5)).toBeNull();
    expect(await fakeBrowser.storage.session.get(outlineKey(5))).toEqual({});
    expect(await handle({ type: 'outline/get', data: { tabId: 5 } }, popup)).toEqual({ ok: true, value: null });
  });

  it.each([
    ['a sender without a tab', {}, 'outline/gone must come from a tab'],
    ['a frame inside the page', { ...contentScript(5), frameId: 2 }, 'outline/gone must come from the top frame'],
  ] as const)('refuses %s and keeps the outline', async (_what, sender, error) => {
    const handle = backgroundDispatch({ store: createOutlineStore() });
    await handle({ type: 'outline/found', data: { outline: speechOutline(), count: 3 } }, contentScript(5));
    expect(await handle({ type: 'outline/gone', data: {} }, sender as MessageSender)).toEqual({ ok: false, error });
    expect(await badgeOf(5)).toBe('3');
  });
});

describe('the export/open handler', () => {
  it('opens the export page for the sender’s tab next to it', async () => {
    const handle = backgroundDispatch({ store: createOutlineStore() });
    const reply = await handle({ type: 'export/open', data: {} }, contentScript(5));
    expect(reply.ok).toBe(true);
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.map((t) => t.url)).toContain(exportPageUrl(5));
    expect(exportPageUrl(5)).toMatch(/^chrome-extension:\/\/[^/]+\/library\.html\?export=5$/);
  });

  it('opens it with one speech chosen when the panel’s 导出本篇 names it', async () => {
    const handle = backgroundDispatch({ store: createOutlineStore() });
    expect(await handle({ type: 'export/open', data: { section: 6 } }, contentScript(5))).toMatchObject({ ok: true });
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.map((t) => t.url)).toContain(exportPageUrl(5, 6));
    expect(exportPageUrl(5, 6)).toMatch(/^chrome-extension:\/\/[^/]+\/library\.html\?export=5&section=6$/);
  });

  it('refuses a sender without a tab', async () => {
    const handle = backgroundDispatch({ store: createOutlineStore() });
    expect(await handle({ type: 'export/open', data: {} }, popup)).toEqual({ ok: false, error: 'export/open must come from a tab' });
  });
});

describe('the outline store', () => {
  it('keeps outlines in session storage so a restarted service worker still has them', async () => {
    await createOutlineStore().set(5, { outline: speechOutline(), count: 3 });
    const afterRestart = createOutlineStore();
    expect(await afterRestart.get(5)).toEqual({ outline: speechOutline(), count: 3 });
  });

  it('ignores a stored value that is not an outline', async () => {
    await fakeBrowser.storage.session.set({ [outlineKey(5)]: { outline: 'broken', count: 1 } });
    expect(await createOutlineStore().get(5)).toBeNull();
  });

  it('works from memory alone where the browser has no session storage', async () => {
    const store = createOutlineStore(undefined);
    await store.set(5, { outline: speechOutline(), count: 3 });
    expect(await store.get(5)).toMatchObject({ count: 3 });
    await store.delete(5);
    expect(await store.get(5)).toBeNull();
  });
});

describe('onTabLoading', () => {
  async function storeWithSpeechInTab5() {
    const store = createOutlineStore();
    await backgroundDispatch({ store })({ type: 'outline/found', data: { outline: speechOutline('http://127.0.0.1/speech.html'), count: 3 } }, contentScript(5));
    return store;
  }

  it('forgets the outline and clears the badge when the tab loads another page', async () => {
    const store = await storeWithSpeechInTab5();
    await onTabLoading(store, 5, 'http://127.0.0.1/other.html');
    expect(await store.get(5)).toBeNull();
    expect(await badgeOf(5)).toBe('');
    expect(await fakeBrowser.storage.session.get(outlineKey(5))).toEqual({});
  });

  it('forgets the outline when the tab reloads (no new url)', async () => {
    const store = await storeWithSpeechInTab5();
    await onTabLoading(store, 5, undefined);
    expect(await store.get(5)).toBeNull();
  });

  it('keeps the outline when the tab only jumps to an anchor of the same page', async () => {
    const store = await storeWithSpeechInTab5();
    await onTabLoading(store, 5, 'http://127.0.0.1/speech.html#part2');
    expect(await store.get(5)).not.toBeNull();
    expect(await badgeOf(5)).toBe('3');
  });
});

describe('the background entrypoint', () => {
  it('answers messages, badges tabs and forgets closed tabs once started', async () => {
    background.main();
    const [found] = await fakeBrowser.runtime.onMessage.trigger({ type: 'outline/found', data: { outline: speechOutline(), count: 3 } }, contentScript(5));
    expect(found).toEqual({ ok: true, value: { tabId: 5 } });
    expect(await badgeOf(5)).toBe('3');
    expect(await fakeBrowser.action.getBadgeBackgroundColor({})).toEqual([0x4a, 0x67, 0x85, 255]);

    await fakeBrowser.tabs.onRemoved.trigger(5, { windowId: 1, isWindowClosing: false });
    const [got] = await fakeBrowser.runtime.onMessage.trigger({ type: 'outline/get', data: { tabId: 5 } }, popup);
    expect(got).toEqual({ ok: true, value: null });
  });

  it('clears a tab when it starts loading a new page', async () => {
    background.main();
    await fakeBrowser.runtime.onMessage.trigger({ type: 'outline/found', data: { outline: speechOutline(), count: 3 } }, contentScript(5));
    await fakeBrowser.tabs.onUpdated.trigger(5, { status: 'loading', url: 'http://127.0.0.1/next.html' }, tab(5, 'http://127.0.0.1/next.html'));
    await new Promise((r) => setTimeout(r, 0));
    expect(await badgeOf(5)).toBe('');
  });
});
