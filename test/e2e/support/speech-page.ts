/**
 * A test file's browser on the fixture speech pages: the demo build launched
 * and test/fixtures served for the file's tests, every test from the default
 * settings, and opening a fixture page waiting until the content script has
 * read it and painted its points (the panel host's data-highlighted), so the
 * panel and the annotator work on a page it has read.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './chromium.ts';
import { startStaticServer, type StaticServer } from './static-server.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
/** The demo build the E2E tests load (`npm run build:demo`). */
export const DEMO_EXTENSION_DIR = resolve(ROOT, '.output/chrome-mv3-demo');
/** The fixture pages the tests open. */
export const FIXTURES_DIR = resolve(ROOT, 'test/fixtures');

/** The size of a test's window in CSS px (1280×900 unless a test says otherwise). */
export interface PageSize {
  width: number;
  height: number;
}

/** Opens `baseUrl` + `file` in a new tab of `browser` (at `size`) and waits for the points' highlights. */
export async function openSpeechPage(browser: ExtensionBrowser, baseUrl: string, file = 'single-speech.html', size: PageSize = { width: 1280, height: 900 }): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize(size);
  await page.goto(baseUrl + file, { waitUntil: 'load' });
  // Generous: the machine may be busy with other tests.
  await page.locator('[data-speech-outline="panel"][data-highlighted]').waitFor({ state: 'attached', timeout: 30_000 });
  return page;
}

/** The browser and fixture server of a test file (set once its beforeAll ran). */
export interface SpeechBrowser {
  readonly browser: ExtensionBrowser;
  readonly server: StaticServer;
  /** `openSpeechPage` on this file's browser and server. */
  open(file?: string, size?: PageSize): Promise<Page>;
}

/**
 * For the calling test file: launches the demo build and serves the fixtures
 * before its tests, closes both after them, and clears the extension's
 * settings before each test (highlights on, panel closed, default width).
 */
export function useSpeechBrowser(): SpeechBrowser {
  let browser: ExtensionBrowser | undefined;
  let server: StaticServer | undefined;
  beforeAll(async () => {
    server = await startStaticServer(FIXTURES_DIR);
    browser = await launchWithExtension(DEMO_EXTENSION_DIR);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  beforeEach(async () => {
    await browser!.serviceWorker.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { clear(): Promise<void> } } } }).chrome.storage.local.clear());
  });
  const ready = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('useSpeechBrowser: the browser is not launched yet (use it inside a test)');
    return value;
  };
  return {
    get browser() {
      return ready(browser);
    },
    get server() {
      return ready(server);
    },
    open: (file, size) => openSpeechPage(ready(browser), ready(server).baseUrl, file, size),
  };
}
