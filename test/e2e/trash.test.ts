/**
 * The 回收站 in real Chromium: a note deleted in the popup is gone from the
 * popup and the page, waits in the library's 回收站 across reloads, and comes
 * back — in the popup's list and painted on the page — once restored.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Annotation } from '../../core/annotation-types.ts';
import { describeRange } from '../../core/anchoring/index.ts';
import type { AnnotationDraft } from '../../protocol/annotation-wire.ts';
import { launchWithExtension, type ExtensionBrowser } from './support/chromium.ts';
import { saveThroughMessages } from './support/seed-notes.ts';
import { startStaticServer, type StaticServer } from './support/static-server.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const EXTENSION_DIR = resolve(ROOT, '.output/chrome-mv3-demo');

let server: StaticServer;
let browser: ExtensionBrowser;
let articleUrl = '';
let note: Annotation;

beforeAll(async () => {
  server = await startStaticServer(resolve(ROOT, 'test/fixtures'));
  browser = await launchWithExtension(EXTENSION_DIR);
  articleUrl = `${server.baseUrl}seed-p.html?case=trash`;
  // A sentence of the article, described as the in-page toolbar would describe a selection of it.
  const article = await browser.context.newPage();
  await article.goto(articleUrl, { waitUntil: 'load' });
  const text = await article.evaluate(() => document.body.innerText);
  const sentences = text.split(/(?<=[。！？])/).map((s) => s.trim());
  const quote = sentences.find((s) => s.length >= 15 && s.length <= 50 && text.indexOf(s) === text.lastIndexOf(s) && /办公|党/.test(s))!;
  expect(quote).toBeDefined();
  const start = text.indexOf(quote);
  const draft: AnnotationDraft = {
    url: articleUrl, kind: 'note', color: 'green', quote, note: '回收站测试：这条删了还能找回', tags: ['回收站'],
    selectors: describeRange(text, start, start + quote.length), context: null,
  };
  const ext = await browser.context.newPage();
  await ext.goto(`chrome-extension://${browser.extensionId}/library.html?view=saved`);
  // A second note elsewhere keeps the list (and its search box) showing once the first is deleted.
  const other = { ...draft, url: 'https://www.gov.cn/gongbao/2024/content_6921.htm', note: '另一页的笔记', color: 'blue' as const, tags: [] };
  const saved = await saveThroughMessages(ext, [{ annotation: draft, title: '在全省党委秘书长会议讲话' }, { annotation: other, title: '政府秘书长会议讲话' }]);
  note = saved[0]!;
  await ext.close();
  await article.close();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The texts of the reader's highlights painted on `page` (CSS Custom Highlights named speech-note-…). */
function paintedNotes(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts: string[] = [];
    for (const [name, h] of (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights) {
      if (name.startsWith('speech-note-') && name !== 'speech-note-flash') for (const range of h) texts.push(range.toString());
    }
    return texts;
  });
}

async function openArticle(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(articleUrl, { waitUntil: 'load' });
  return page;
}

async function openExtensionPage(path: string, size = { width: 400, height: 600 }): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize(size);
  await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
  return page;
}

describe('the 回收站', () => {
  it('takes a note deleted in the popup and gives it back, in the list and on the page', async () => {
    const article = await openArticle();
    await expect.poll(() => paintedNotes(article), { timeout: 15_000 }).toContain(note.quote);

    const popup = await openExtensionPage('popup.html?view=notes');
    const card = popup.locator(`[data-note-id="${note.id}"]`);
    await card.waitFor();
    await card.getByRole('button', { name: /删除|Delete/ }).click();
    await expect.poll(() => card.count()).toBe(0);
    expect(await popup.locator('.toast').textContent()).toContain('已移到回收站');
    await popup.reload();
    await popup.locator('.note').first().waitFor();
    expect(await card.count()).toBe(0);

    await article.reload({ waitUntil: 'load' });
    await article.waitForTimeout(1500);
    expect(await paintedNotes(article)).not.toContain(note.quote);

    // After a reload the 回收站 still holds it, whole.
    const library = await openExtensionPage('library.html?view=trash', { width: 1100, height: 800 });
    const trashed = library.locator(`[data-trash-id="${note.id}"]`);
    await trashed.waitFor();
    await library.reload();
    await trashed.waitFor();
    expect(await trashed.locator('.note-text').textContent()).toBe('回收站测试：这条删了还能找回');
    await trashed.getByRole('button', { name: '恢复' }).click();
    await library.locator('[data-trash-empty]').waitFor();
    await library.close();

    await popup.reload();
    await card.waitFor();
    expect(await card.locator('.note-text').textContent()).toBe('回收站测试：这条删了还能找回');
    await popup.close();

    await article.reload({ waitUntil: 'load' });
    await expect.poll(() => paintedNotes(article), { timeout: 15_000 }).toContain(note.quote);
    await article.close();
  });

  it('undoes a deletion with Ctrl+Z in the popup, and not while the search box has the focus', async () => {
    const popup = await openExtensionPage('popup.html?view=notes');
    const card = popup.locator(`[data-note-id="${note.id}"]`);
    await card.waitFor();
    await card.getByRole('button', { name: /删除|Delete/ }).click();
    await expect.poll(() => card.count()).toBe(0);
    await popup.locator('.note-search').focus();
    await popup.keyboard.press('Control+z');
    await popup.waitForTimeout(300);
    expect(await card.count()).toBe(0);
    await popup.locator('.note-search').blur();
    await popup.keyboard.press('Control+z');
    await card.waitFor();
    await popup.reload();
    await card.waitFor();
    await popup.close();
  });
});
