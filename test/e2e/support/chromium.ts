/**
 * Real Chromium with the built extension, driven by playwright-core, the way
 * TOOLCHAIN.md measured it to work on this machine.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';

/** Where Debian installs Chromium. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** A browser with the extension loaded, and the extension's service worker. */
export interface ExtensionBrowser {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

/** Launches Chromium with the unpacked extension in `extensionDir` in a throwaway profile. */
export async function launchWithExtension(extensionDir: string, options: { headless?: boolean } = {}): Promise<ExtensionBrowser> {
  const profileDir = await mkdtemp(join(tmpdir(), 'speech-outline-profile-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    headless: options.headless ?? true,
    viewport: { width: 1100, height: 800 },
    // The popup speaks the browser's language; the product's is Chinese.
    locale: 'zh-CN',
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--lang=zh-CN',
    ],
  });
  let [serviceWorker] = context.serviceWorkers();
  serviceWorker ??= await context.waitForEvent('serviceworker', { timeout: 15_000 });
  const extensionId = new URL(serviceWorker.url()).host;
  return {
    context,
    serviceWorker,
    extensionId,
    async close() {
      await context.close();
      await rm(profileDir, { recursive: true, force: true });
    },
  };
}

/** The popup page of the extension, showing tab `tabId`. */
export function popupUrl(extensionId: string, tabId: number): string {
  return `chrome-extension://${extensionId}/popup.html?tab=${tabId}`;
}

/** The `chrome` API as far as these helpers use it inside the service worker. */
interface SwChrome {
  tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
}

/** The id of the tab showing exactly `url`, waiting for it to appear. */
export async function tabIdForUrl(sw: Worker, url: string, timeoutMs = 10_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const id = await sw.evaluate(async (wanted) => {
      const chrome = (globalThis as unknown as { chrome: SwChrome }).chrome;
      const tabs = await chrome.tabs.query({});
      return tabs.find((t) => t.url === wanted)?.id ?? null;
    }, url);
    if (id !== null) return id;
    if (Date.now() > deadline) throw new Error(`no tab shows ${url}`);
    await sleep(100);
  }
}

/** The badge text of a tab. */
export async function badgeText(sw: Worker, tabId: number): Promise<string> {
  return sw.evaluate(async (id) => (globalThis as unknown as { chrome: SwChrome }).chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** Waits until a tab's badge is non-empty and returns it ('' after `timeoutMs`). */
export async function waitForBadge(sw: Worker, tabId: number, timeoutMs = 15_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const text = await badgeText(sw, tabId);
    if (text !== '' || Date.now() > deadline) return text;
    await sleep(100);
  }
}

/** Resolves after `ms` milliseconds. */
export function sleep(ms: number): Promise<void> {
  return new Promise((ok) => setTimeout(ok, ms));
}
