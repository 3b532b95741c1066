/**
 * The export page in real Chromium: `library.html?export=<tabId>` shows the
 * outline of a tab reading seed-p.html and downloads it as .docx and .md with
 * file names from the page title.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, tabIdForUrl, waitForBadge, type ExtensionBrowser } from './support/chromium.ts';
import { startStaticServer, type StaticServer } from './support/static-server.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const EXTENSION_DIR = resolve(ROOT, '.output/chrome-mv3-demo');
const TITLE = '在全省党委秘书长会议讲话';

let server: StaticServer;
let browser: ExtensionBrowser;
let exportPage: Page;

beforeAll(async () => {
  server = await startStaticServer(resolve(ROOT, 'test/fixtures'));
  browser = await launchWithExtension(EXTENSION_DIR);
  const speech = await browser.context.newPage();
  const url = `${server.baseUrl}seed-p.html`;
  await speech.goto(url);
  const tabId = await tabIdForUrl(browser.serviceWorker, url);
  expect(await waitForBadge(browser.serviceWorker, tabId)).not.toBe('');
  exportPage = await browser.context.newPage();
  await exportPage.setViewportSize({ width: 1100, height: 800 });
  await exportPage.goto(`chrome-extension://${browser.extensionId}/library.html?export=${tabId}`);
  await exportPage.locator('[data-export-page]').waitFor();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function download(format: string, ext: string) {
  await exportPage.locator(`[data-format="${format}"]`).check();
  await expect.poll(() => exportPage.locator('.export-filename').textContent()).toBe(`${TITLE}.${ext}`);
  const [file] = await Promise.all([exportPage.waitForEvent('download'), exportPage.locator('[data-export-download]').click()]);
  return file;
}

describe('the export page', () => {
  it('previews the tab’s outline as Markdown', async () => {
    await expect.poll(async () => (await exportPage.locator('[data-export-preview]').textContent()) ?? '').toMatch(new RegExp(`^# ${TITLE}`));
    expect(await exportPage.locator('.export-title').textContent()).toBe(TITLE);
  });

  it('downloads a .md named after the page that starts with its title', async () => {
    const file = await download('md', 'md');
    expect(file.suggestedFilename()).toBe(`${TITLE}.md`);
    const text = await readFile((await file.path())!, 'utf8');
    expect(text.startsWith(`# ${TITLE}`)).toBe(true);
    expect(text).toContain('一、');
  });

  it('downloads a Word .docx named after the page', async () => {
    const file = await download('docx', 'docx');
    expect(file.suggestedFilename()).toBe(`${TITLE}.docx`);
    const bytes = await readFile((await file.path())!);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK'); // a zip, as every .docx
    expect(bytes.length).toBeGreaterThan(5_000);
  });
});
