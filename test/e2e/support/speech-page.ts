/**
 * Opening a fixture speech page in a test's browser and waiting until the
 * content script has read it and painted its points (the panel host's
 * data-highlighted), so the annotator works on a page it has read.
 */
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './chromium.ts';

/** Opens `baseUrl` + `file` (1280×900) in a new tab of `browser` and waits for the points' highlights. */
export async function openSpeechPage(browser: ExtensionBrowser, baseUrl: string, file = 'single-speech.html'): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(baseUrl + file, { waitUntil: 'load' });
  await page.locator('[data-speech-outline="panel"][data-highlighted]').waitFor({ state: 'attached', timeout: 15_000 });
  return page;
}
