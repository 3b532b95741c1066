/**
 * The popup's 本页提纲 in real Chromium on the 18-speech seed page: a click on
 * a point scrolls the tab to it; 只看一级 leaves the top level; saving the
 * unchanged outline twice keeps one copy.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, popupUrl, tabIdForUrl, waitForBadge, type ExtensionBrowser } from './support/chromium.ts';
import { startStaticServer, type StaticServer } from './support/static-server.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const EXTENSION_DIR = resolve(ROOT, '.output/chrome-mv3-demo');

let server: StaticServer;
let browser: ExtensionBrowser;
let article: Page;
let popup: Page;

beforeAll(async () => {
  server = await startStaticServer(resolve(ROOT, 'test/fixtures'));
  browser = await launchWithExtension(EXTENSION_DIR);
  article = await browser.context.newPage();
  await article.setViewportSize({ width: 1280, height: 800 });
  const url = `${server.baseUrl}seed-p.html?case=popup-outline`;
  await article.goto(url, { waitUntil: 'load' });
  const tabId = await tabIdForUrl(browser.serviceWorker, url);
  await waitForBadge(browser.serviceWorker, tabId);
  popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(popupUrl(browser.extensionId, tabId));
  await popup.locator('.point-label--button').first().waitFor();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Where the first occurrence of `text` is, relative to the article's window. */
function placeOf(text: string): Promise<{ top: number; height: number; scrollY: number }> {
  return article.evaluate((text) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let node: Node | null;
    while ((node = walker.nextNode()) && !node.textContent!.includes(text));
    if (!node) throw new Error(`no text ${text}`);
    const range = document.createRange();
    const start = node.textContent!.indexOf(text);
    range.setStart(node, start);
    range.setEnd(node, start + text.length);
    const r = range.getBoundingClientRect();
    return { top: r.top, height: window.innerHeight, scrollY: window.scrollY };
  }, text);
}

describe('the popup’s 本页提纲', () => {
  it('scrolls the tab to a clicked point, far down the page', async () => {
    expect((await placeOf('关于紧急信息的报送问题')).top).toBeGreaterThan(2000);
    await popup.locator('.point-label--button', { hasText: '关于紧急信息的报送问题' }).click();
    await expect.poll(async () => {
      const { top, height } = await placeOf('关于紧急信息的报送问题');
      return top >= 0 && top < height;
    }).toBe(true);
    expect((await placeOf('关于紧急信息的报送问题')).scrollY).toBeGreaterThan(2000);
  });

  it('shows the top level only with 只看一级', async () => {
    const all = await popup.locator('.point-marker').count();
    await popup.locator('[data-level-one]').click();
    const top = await popup.locator('.point-marker').count();
    expect(top).toBeLessThan(all);
    expect(await popup.locator('.point[data-point-depth="2"]').count()).toBe(0);
    await popup.locator('[data-level-one]').click();
    expect(await popup.locator('.point-marker').count()).toBe(all);
  });

  it('saves the unchanged outline once: the second save updates the first copy', async () => {
    await popup.locator('[data-save-outline]').click();
    await expect.poll(() => popup.locator('.save-outline-status').textContent()).toContain('提纲已保存');
    await popup.reload();
    await popup.locator('[data-save-outline]').click();
    await expect.poll(() => popup.locator('.save-outline-status').textContent()).toContain('已更新原来那份的保存时间');
    const saved = await browser.context.newPage();
    await saved.goto(`chrome-extension://${browser.extensionId}/popup.html?view=saved`);
    await saved.locator('[data-saved-outline]').first().waitFor();
    expect(await saved.locator('[data-saved-outline]').count()).toBe(1);
    await saved.close();
  });

  it('follows the system’s dark mode: light text on a dark page, in the popup and the library', async () => {
    const colours = (page: Page) =>
      page.evaluate(() => {
        const style = getComputedStyle(document.querySelector('.popup, .library')!);
        const luminance = (rgb: string) => {
          const [r, g, b] = rgb.match(/\d+/g)!.map(Number);
          return (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255;
        };
        return { text: luminance(style.color), background: luminance(getComputedStyle(document.body).backgroundColor === 'rgba(0, 0, 0, 0)' ? style.backgroundColor : getComputedStyle(document.body).backgroundColor) };
      });
    const light = await colours(popup);
    expect(light.background).toBeGreaterThan(0.9);
    await popup.emulateMedia({ colorScheme: 'dark' });
    const dark = await colours(popup);
    expect(dark.background).toBeLessThan(0.2);
    expect(dark.text).toBeGreaterThan(0.8);
    await popup.emulateMedia({ colorScheme: 'light' });

    const library = await browser.context.newPage();
    await library.emulateMedia({ colorScheme: 'dark' });
    await library.goto(`chrome-extension://${browser.extensionId}/library.html`);
    await library.locator('.library').waitFor();
    expect((await colours(library)).background).toBeLessThan(0.2);
    await library.close();
  });
});
