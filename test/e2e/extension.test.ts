/**
 * The demo build in real Chromium: the content script reads fixture pages,
 * the background badges the tab and keeps the outline, the popup shows it.
 * Expected outlines come from the same engine run in Node (the CLI's HTML
 * path), so these tests check the extension's wiring, not the engine.
 */
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OutlineDocument } from '../../core/index.ts';
import { LOG_PREFIX } from '../../entrypoints/content/log.ts';
import { badgeText, launchWithExtension, popupUrl, sleep, tabIdForUrl, waitForBadge, type ExtensionBrowser } from './support/chromium.ts';
import { expectedOutline } from './support/engine-in-node.ts';
import { startStaticServer, type StaticServer } from './support/static-server.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const EXTENSION_DIR = resolve(ROOT, '.output/chrome-mv3-demo');
const FIXTURES = resolve(ROOT, 'test/fixtures');
/** How long a non-speech page gets to (wrongly) set a badge before we call it empty. */
const QUIET_MS = 2_000;

let server: StaticServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  server = await startStaticServer(FIXTURES);
  browser = await launchWithExtension(EXTENSION_DIR);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a fixture in a new tab and returns its page, URL and tab id. */
async function openFixture(name: string) {
  const url = server.baseUrl + name;
  const page = await browser.context.newPage();
  // Whatever the content script logs (it only logs its own failures) under its prefix.
  const extensionLogs: string[] = [];
  page.on('console', (m) => {
    if (m.text().includes(LOG_PREFIX)) extensionLogs.push(m.text());
  });
  await page.goto(url, { waitUntil: 'load' });
  const tabId = await tabIdForUrl(browser.serviceWorker, url);
  return { page, url, tabId, extensionLogs };
}

/** Every point title of an outline, depth first. */
function pointTitles(outline: OutlineDocument): string[] {
  const titles: string[] = [];
  const visit = (points: OutlineDocument['sections'][number]['points']) => {
    for (const p of points) {
      titles.push(p.title);
      visit(p.children);
    }
  };
  for (const s of outline.sections) visit(s.points);
  return titles;
}

describe('the background, without the engine', () => {
  // A hand-made outline sent from an extension page in a tab: proves messages,
  // storage, badge and popup work whatever the engine finds on real pages.
  const outline: OutlineDocument = {
    format: 'speech-outline',
    version: 1,
    url: null,
    title: '在全市工作会议上的讲话',
    detection: { isSpeechPage: true, confidence: 0.9, signals: ['title:讲话'] },
    sections: [
      {
        title: '在全市工作会议上的讲话',
        points: [
          { marker: '一、', ordinal: 1, depth: 1, inline: false, title: '提高认识', text: '提高认识。', children: [
            { marker: '一是', ordinal: 1, depth: 2, inline: true, title: '统一思想', text: '统一思想', children: [] },
          ] },
          { marker: '二、', ordinal: 2, depth: 1, inline: false, title: '狠抓落实', text: '狠抓落实。', children: [] },
        ],
      },
    ],
  };

  it('stores an outline sent from a tab, badges that tab and shows the outline in the popup', async () => {
    const sender = await browser.context.newPage();
    await sender.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    const reply = await sender.evaluate(
      (data) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: 'outline/found', data }),
      { outline, count: 3 },
    );
    expect(reply).toMatchObject({ ok: true });
    const tabId = (reply as { value: { tabId: number } }).value.tabId;
    expect(await waitForBadge(browser.serviceWorker, tabId)).toBe('3');

    const popup = await browser.context.newPage();
    await popup.goto(popupUrl(browser.extensionId, tabId));
    await popup.locator('[data-section-title]').first().waitFor();
    expect(await popup.locator('[data-section-title]').allTextContents()).toEqual(['在全市工作会议上的讲话']);
    expect(await popup.locator('.point-title').allTextContents()).toEqual(['提高认识', '统一思想', '狠抓落实']);

    // Leaving the page forgets its outline and its badge.
    await sender.goto(server.baseUrl + 'missing-page.html');
    await expect.poll(() => badgeText(browser.serviceWorker, tabId)).toBe('');
    await popup.reload();
    await popup.locator('[data-empty-state]').waitFor();
    await Promise.all([sender.close(), popup.close()]);
  });

  it('refuses an outline whose count does not match its points', async () => {
    const sender = await browser.context.newPage();
    await sender.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    const reply = await sender.evaluate(
      (data) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: 'outline/found', data }),
      { outline, count: 99 },
    );
    expect(reply).toEqual({ ok: false, error: 'outline/found: count does not match the outline' });
    await sender.close();
  });
});

describe('the content script on speech pages', () => {
  it.each(['seed-p.html', 'seed-br.html'])('badges %s with the number of points the engine finds in Node', async (name) => {
    const { page, url, tabId, extensionLogs } = await openFixture(name);
    const expected = await expectedOutline(resolve(FIXTURES, name), url);
    expect(Number(expected.badge), 'the engine finds points on this speech page').toBeGreaterThan(0);
    expect(await waitForBadge(browser.serviceWorker, tabId)).toBe(expected.badge);
    expect(extensionLogs).toEqual([]);
    await page.close();
  });

  it('lists the sections and points of seed-p.html in the popup', async () => {
    const { page, url, tabId } = await openFixture('seed-p.html');
    const expected = await expectedOutline(resolve(FIXTURES, 'seed-p.html'), url);
    await waitForBadge(browser.serviceWorker, tabId);

    const popup = await browser.context.newPage();
    await popup.goto(popupUrl(browser.extensionId, tabId));
    await popup.locator('[data-section-title], [data-empty-state]').first().waitFor();
    const sections = await popup.locator('[data-section-title]').allTextContents();
    expect(sections).toEqual(expected.outline.sections.map((s) => s.title));
    expect(sections).toContain('篇1:在全省党委秘书长会议讲话');
    const titles = await popup.locator('.point-title:not(.point-title--untitled)').allTextContents();
    expect(titles).toEqual(pointTitles(expected.outline).filter((t) => t !== ''));
    expect(titles).toContain('党性是根本');
    await Promise.all([page.close(), popup.close()]);
  });
});

describe('the content script on other pages', () => {
  it.each(['news-report.html', 'novel-chapter.html'])('leaves the badge of %s empty', async (name) => {
    const { page, url, tabId, extensionLogs } = await openFixture(name);
    const expected = await expectedOutline(resolve(FIXTURES, name), url);
    expect(expected.badge, 'the engine does not take this page for a speech').toBe('');
    await sleep(QUIET_MS);
    expect(await badgeText(browser.serviceWorker, tabId)).toBe('');
    expect(extensionLogs).toEqual([]);
    await page.close();
  });

  it('explains in the popup that news-report.html is not a speech', async () => {
    const { page, tabId } = await openFixture('news-report.html');
    await sleep(QUIET_MS);
    const popup = await browser.context.newPage();
    await popup.goto(popupUrl(browser.extensionId, tabId));
    await popup.locator('[data-empty-state]').waitFor();
    expect(await popup.locator('[data-empty-state] h1').textContent()).toBe('此页面未识别为讲话稿');
    await Promise.all([page.close(), popup.close()]);
  });
});
