/**
 * The export page in real Chromium: `library.html?export=<tabId>` shows the
 * outline of a tab reading seed-p.html and downloads it as .docx and .md with
 * file names from the page title.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, tabIdForUrl, waitForBadge, type ExtensionBrowser } from './support/chromium.ts';
import { saveThroughMessages } from './support/seed-notes.ts';
import { startStaticServer, type StaticServer } from './support/static-server.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const EXTENSION_DIR = resolve(ROOT, '.output/chrome-mv3-demo');
const TITLE = '在全省党委秘书长会议讲话';
/** A quote and a note in speech 1 and in speech 2 of the seed page. */
const QUOTES = ['办公厅首先是政治机关', '全市党委办公室工作回顾'];
const NOTES = ['篇一的笔记：讲政治摆在首位', '篇二的笔记：回顾部分可以借鉴'];

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
  // A note in speech 1 and one in speech 2, saved before the export page reads the page's notes.
  await exportPage.goto(`chrome-extension://${browser.extensionId}/library.html`);
  await saveThroughMessages(exportPage, [0, 1].map((sectionIndex) => ({
    title: TITLE,
    annotation: {
      url, kind: 'note', color: 'yellow', quote: QUOTES[sectionIndex]!, note: NOTES[sectionIndex]!, tags: [], selectors: [{ type: 'TextQuoteSelector', exact: QUOTES[sectionIndex]!, prefix: '', suffix: '' }],
      context: { sectionIndex, sectionTitle: `篇${sectionIndex + 1}`, path: ['一、'], pointTitle: '' },
    },
  })));
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

describe('the export page’s choices', () => {
  it('exports only speech 2 to Word with its body text and its own note, named after the speech', async () => {
    await exportPage.locator('[data-export-scope]').selectOption({ label: '篇2:党委秘书长会议讲话' });
    await exportPage.locator('[data-format="docx"]').check();
    await exportPage.locator('[data-option="body"]').check();
    await expect.poll(() => exportPage.locator('[data-option="notes"]').isChecked()).toBe(true);
    await expect.poll(() => exportPage.locator('.export-filename').textContent()).toBe('篇2_党委秘书长会议讲话.docx');
    const [file] = await Promise.all([exportPage.waitForEvent('download'), exportPage.locator('[data-export-download]').click()]);
    const xml = new TextDecoder().decode(unzipSync(new Uint8Array(await readFile((await file.path())!)))['word/document.xml']);
    expect(xml).toContain('党委秘书长会议讲话');
    expect(xml).toContain('工作回顾');
    expect(xml).toContain(NOTES[1]);
    // Nothing of speech 1 or 3: neither their titles, their points nor speech 1's note.
    expect(xml).not.toContain('在全省党委秘书长会议讲话');
    expect(xml).not.toContain('深刻汲取教训');
    expect(xml).not.toContain(NOTES[0]);
  });

  it('renumbers as 公文 and leaves links out of Markdown unless asked', async () => {
    await exportPage.locator('[data-export-scope]').selectOption({ value: '' });
    await exportPage.locator('[data-format="md"]').check();
    await exportPage.locator('[data-option="body"]').uncheck();
    await exportPage.locator('[data-numbering="gbt"]').check();
    // Speech 1 numbers its points (一)(二); renumbered they read 一、 二、.
    await expect.poll(async () => (await exportPage.locator('[data-export-preview]').textContent()) ?? '').toContain('一、对办公厅(室)系统的工作');
    expect(await exportPage.locator('[data-option="links"]').isChecked()).toBe(false);
    const preview = (await exportPage.locator('[data-export-preview]').textContent()) ?? '';
    expect(preview.startsWith(`# ${TITLE}`)).toBe(true);
    expect(preview).not.toContain('#:~:text=');
    expect(preview).not.toMatch(/^[#\s-]*\(一\)/m);
    await exportPage.locator('[data-option="links"]').check();
    await expect.poll(async () => (await exportPage.locator('[data-export-preview]').textContent()) ?? '').toContain('#:~:text=');
    await exportPage.locator('[data-option="links"]').uncheck();
  });

  it('offers the XMind OPML and remembers the last choices on the next visit', async () => {
    await exportPage.locator('[data-format="xmind"]').check();
    await expect.poll(() => exportPage.locator('.export-filename').textContent()).toBe(`${TITLE}（XMind）.opml`);
    expect(await exportPage.locator('[data-export-preview]').textContent()).toContain('type="note"');
    await exportPage.reload();
    await exportPage.locator('[data-export-page]').waitFor();
    await expect.poll(() => exportPage.locator('[data-format="xmind"]').isChecked()).toBe(true);
    expect(await exportPage.locator('[data-option="body"]').isChecked()).toBe(false);
    expect(await exportPage.locator('[data-numbering="gbt"]').isChecked()).toBe(true);
  });
});
