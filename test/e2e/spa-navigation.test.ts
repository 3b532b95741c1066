/**
 * A single-page site in real Chromium: the page swaps its article and moves
 * its address with history.pushState. Notes saved after the move belong to the
 * new address, the first article's notes stop being painted, and the back
 * button brings them back. Also measures what Chromium reports as the sender
 * of a content script's message after pushState (tab.url and url).
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Annotation } from '../../core/annotation-types.ts';
import { launchWithExtension, type ExtensionBrowser } from './support/chromium.ts';
import { hostUi } from './support/closed-ui.ts';
import { selectByKeyboard } from './support/select-text.ts';
import { startStaticServer, type StaticServer } from './support/static-server.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const EXTENSION_DIR = resolve(ROOT, '.output/chrome-mv3-demo');
const PANEL_HOST = '[data-speech-outline="panel"]';
const NOTES_HOST = '[data-speech-outline="notes"]';

let browser: ExtensionBrowser;
let server: StaticServer;
let firstUrl = '';
let secondUrl = '';

beforeAll(async () => {
  server = await startStaticServer(resolve(ROOT, 'test/fixtures'));
  firstUrl = `${server.baseUrl}spa-speech.html`;
  secondUrl = `${server.baseUrl}spa-speech-2.html`;
  browser = await launchWithExtension(EXTENSION_DIR);
  // Every message a content script sends, as Chromium describes its sender.
  await browser.serviceWorker.evaluate(() => {
    const g = globalThis as unknown as { senders: Array<{ type: string; url?: string; tabUrl?: string }>; chrome: { runtime: { onMessage: { addListener(f: (m: { type?: string }, s: { url?: string; tab?: { url?: string } }) => void): void } } } };
    g.senders = [];
    g.chrome.runtime.onMessage.addListener((m, s) => void g.senders.push({ type: String(m?.type), url: s.url, tabUrl: s.tab?.url }));
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Every annotation the extension's database holds (read in the service worker). */
async function storedNotes(): Promise<Annotation[]> {
  return browser.serviceWorker.evaluate(async () => {
    if (!(await indexedDB.databases()).some((d) => d.name === 'speech-outline')) return [];
    const db: IDBDatabase = await new Promise((ok, ko) => {
      const r = indexedDB.open('speech-outline');
      r.onsuccess = () => ok(r.result);
      r.onerror = () => ko(r.error);
    });
    const all: Annotation[] = await new Promise((ok, ko) => {
      const r = db.transaction('annotations').objectStore('annotations').getAll();
      r.onsuccess = () => ok(r.result as Annotation[]);
      r.onerror = () => ko(r.error);
    });
    db.close();
    return all;
  });
}

/** The quotes of the painted note highlights, in document order (the page's main world sees CSS.highlights). */
function paintedQuotes(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const ranges: Range[] = [];
    for (const [name, h] of (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights) {
      if (name.startsWith('speech-note-') && name !== 'speech-note-flash') ranges.push(...h);
    }
    ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    return ranges.map((r) => r.toString());
  });
}

async function highlight(page: Page, paragraph: string, from: string, to: string, color: string): Promise<string> {
  const quote = await selectByKeyboard(page, paragraph, from, to);
  // The toolbar is in the annotator's closed shadow root: CDP finds it, the real mouse clicks it.
  await hostUi(page, 'notes').click(`[data-annotate-toolbar] [data-color="${color}"]`);
  return quote;
}

describe('a single-page site that moves to another article with pushState', () => {
  it('saves notes under the new address, stops painting the first article’s notes, and paints them again on Back', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(firstUrl, { waitUntil: 'load' });
    await page.locator(`${PANEL_HOST}[data-highlighted]`).waitFor({ state: 'attached', timeout: 15_000 });

    const firstQuote = await highlight(page, '　　作风建设是党的建设的重要内容', '作风建设是党的建设', '关系事业成败', 'yellow');
    await expect.poll(async () => (await storedNotes()).map((a) => [a.url, a.quote])).toEqual([[firstUrl, firstQuote]]);
    await expect.poll(() => paintedQuotes(page)).toEqual([firstQuote]);

    await page.locator('#next').click();
    expect(page.url()).toBe(secondUrl);
    // The first article's note goes with it; the panel reads the second article.
    await expect.poll(() => paintedQuotes(page), { timeout: 10_000 }).toEqual([]);
    await page.locator(`${NOTES_HOST}[data-loaded="true"][data-notes="0"]`).waitFor({ state: 'attached', timeout: 10_000 });

    const secondQuote = await highlight(page, '第一,党性是根本。', '党委办公厅(室)姓党', '直接为各级党委服务的', 'green');
    await expect.poll(async () => (await storedNotes()).map((a) => [a.url, a.quote]).sort()).toEqual([[firstUrl, firstQuote], [secondUrl, secondQuote]].sort());
    await expect.poll(() => paintedQuotes(page)).toEqual([secondQuote]);

    // What Chromium said about the sender of that save: the tab's address follows pushState.
    const senders = await browser.serviceWorker.evaluate(() => (globalThis as unknown as { senders: Array<{ type: string; url?: string; tabUrl?: string }> }).senders);
    const save = senders.filter((s) => s.type === 'annotation/save').at(-1)!;
    console.log(`[spa] sender of annotation/save after pushState: tab.url=${save.tabUrl} url=${save.url}`);
    expect(save.tabUrl).toBe(secondUrl);

    await page.goBack();
    expect(page.url()).toBe(firstUrl);
    await expect.poll(() => paintedQuotes(page), { timeout: 10_000 }).toEqual([firstQuote]);
    await page.close();
  });
});
