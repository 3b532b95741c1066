/**
 * Where the demo build runs, in real Chromium: automatically on 127.0.0.1
 * (the demo's stand-in for the curated sites), and on 127.0.0.2 — a host it
 * does not run on by itself — only when asked once, or after "always run on
 * this site", until revoked in the options page.
 *
 * Headless Chromium cannot click a toolbar button, a context-menu item or a
 * permission prompt, so the demo build holds 127.0.0.2's host permission from
 * install (sites/speech-sites.ts, DEMO_OPT_IN_HOSTS) and the test sends the
 * messages the popup and the options page send after their clicks. What runs
 * is the real path: scripting.executeScript, registerContentScripts,
 * unregisterContentScripts, and the options page's own 撤销 button.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badgeText, launchWithExtension, sleep, tabIdForUrl, waitForBadge, type ExtensionBrowser } from './support/chromium.ts';
import { startStaticServer, type StaticServer } from './support/static-server.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const EXTENSION_DIR = resolve(ROOT, '.output/chrome-mv3-demo');
const FIXTURES = resolve(ROOT, 'test/fixtures');
/** How long a page gets to (wrongly) run the content script before we call it untouched. */
const QUIET_MS = 2_000;

let auto: StaticServer;
let optIn: StaticServer;
let browser: ExtensionBrowser;
let options: Page;

beforeAll(async () => {
  auto = await startStaticServer(FIXTURES);
  optIn = await startStaticServer(FIXTURES, '127.0.0.2');
  browser = await launchWithExtension(EXTENSION_DIR);
  options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
});

afterAll(async () => {
  await browser?.close();
  await Promise.all([auto?.close(), optIn?.close()]);
});

/** Sends a protocol message from the options page, as its buttons (and the popup's) do. */
function sendFromExtensionPage(message: unknown): Promise<unknown> {
  return options.evaluate(
    (m) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage(m),
    message,
  );
}

/** The ids of the content scripts registered at run time. */
function registeredScriptIds(): Promise<string[]> {
  return browser.serviceWorker.evaluate(async () => {
    const chrome = (globalThis as unknown as { chrome: { scripting: { getRegisteredContentScripts(): Promise<Array<{ id: string }>> } } }).chrome;
    return (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.id);
  });
}

/** Opens a URL in a new tab and returns the page and its tab id. */
async function open(url: string) {
  const page = await browser.context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  return { page, tabId: await tabIdForUrl(browser.serviceWorker, url) };
}

describe('where the extension runs', () => {
  let seedPoints: string;

  it('runs by itself on a demo-matched host', async () => {
    const { page, tabId } = await open(auto.baseUrl + 'seed-p.html');
    seedPoints = await waitForBadge(browser.serviceWorker, tabId);
    expect(Number(seedPoints)).toBeGreaterThan(50);
    await page.close();
  });

  it('leaves a host off the list alone, and runs there once when asked', async () => {
    const { page, tabId } = await open(optIn.baseUrl + 'seed-p.html');
    await sleep(QUIET_MS);
    expect(await badgeText(browser.serviceWorker, tabId)).toBe('');

    const reply = await sendFromExtensionPage({ type: 'activation/run-once', data: { tabId } });
    expect(reply).toEqual({ ok: true, value: { outlineFound: true } });
    expect(await badgeText(browser.serviceWorker, tabId)).toBe(seedPoints);

    // Once means once: the next load of the page is left alone again.
    await page.reload({ waitUntil: 'load' });
    await sleep(QUIET_MS);
    expect(await badgeText(browser.serviceWorker, tabId)).toBe('');
    await page.close();
  });

  it('refuses to run on a page Chromium does not let extensions script', async () => {
    // Created by the service worker: without the "tabs" permission a chrome:// tab's URL is hidden from tabs.query.
    const tabId = await browser.serviceWorker.evaluate(async () => {
      const chrome = (globalThis as unknown as { chrome: { tabs: { create(p: { url: string }): Promise<{ id?: number }> } } }).chrome;
      return (await chrome.tabs.create({ url: 'chrome://version/' })).id ?? -1;
    });
    await sleep(500);
    const reply = (await sendFromExtensionPage({ type: 'activation/run-once', data: { tabId } })) as { ok: boolean; error?: string };
    expect(reply.ok).toBe(false);
    expect(reply.error).toMatch(/cannot|chrome:\/\//i);
  });

  it('runs on every page of an always-run site until the site is revoked in the options page', async () => {
    const origin = optIn.baseUrl.slice(0, -1);
    const reply = await sendFromExtensionPage({ type: 'activation/always-run', data: { origin } });
    expect(reply).toEqual({ ok: true, value: { pattern: 'http://127.0.0.2/*' } });
    expect(await registeredScriptIds()).toEqual(['site:http://127.0.0.2/*']);

    const first = await open(optIn.baseUrl + 'seed-p.html');
    expect(await waitForBadge(browser.serviceWorker, first.tabId)).toBe(seedPoints);

    // The options page lists the site.
    await options.reload();
    const row = options.locator('[data-granted-site="http://127.0.0.2/*"]');
    await row.waitFor();
    expect(await options.locator('[data-curated-site]').count()).toBeGreaterThan(5);

    await row.locator('button').click();
    await options.locator('[data-granted-empty]').waitFor();
    expect(await registeredScriptIds()).toEqual([]);

    await first.page.reload({ waitUntil: 'load' });
    await sleep(QUIET_MS);
    expect(await badgeText(browser.serviceWorker, first.tabId)).toBe('');
    await first.page.close();
  });

  it('declares the keyboard commands, four of them with keys Chromium accepted', async () => {
    const commands = await browser.serviceWorker.evaluate(async () => {
      const chrome = (globalThis as unknown as { chrome: { commands: { getAll(): Promise<Array<{ name?: string; shortcut?: string }>> } } }).chrome;
      return (await chrome.commands.getAll()).map((c) => [c.name, c.shortcut ?? ''] as const);
    });
    // Chromium adds _execute_action (open the popup) to every extension with an action.
    const byName = Object.fromEntries(commands.filter(([name]) => name !== '_execute_action'));
    expect(Object.keys(byName).sort()).toEqual(['next-point', 'prev-point', 'run-on-page', 'toggle-highlights', 'toggle-panel']);
    expect(byName['run-on-page']).toMatch(/S$/);
    expect(byName['toggle-highlights']).toBe('');
  });
});
