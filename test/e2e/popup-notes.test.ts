/**
 * Notes in real Chromium: notes saved through the protocol from an extension
 * page land in the extension's own IndexedDB; the popup lists them grouped by
 * page, filters, edits, deletes with undo; a web page cannot see the database.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './support/chromium.ts';
import { noteDrafts, saveThroughMessages } from './support/seed-notes.ts';
import { startStaticServer, type StaticServer } from './support/static-server.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const EXTENSION_DIR = resolve(ROOT, '.output/chrome-mv3-demo');

let server: StaticServer;
let browser: ExtensionBrowser;
let sender: Page;

beforeAll(async () => {
  server = await startStaticServer(resolve(ROOT, 'test/fixtures'));
  browser = await launchWithExtension(EXTENSION_DIR);
  sender = await browser.context.newPage();
  await sender.goto(`chrome-extension://${browser.extensionId}/popup.html?view=saved`);
  await saveThroughMessages(sender, noteDrafts(9));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openPopup(view = 'notes'): Promise<Page> {
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?view=${view}`);
  await popup.locator('.note').first().waitFor();
  return popup;
}

describe('the notes tab of the popup', () => {
  it('shows the saved notes grouped by page', async () => {
    const popup = await openPopup();
    // Saved in turn over three pages: one group per page, three notes each.
    expect((await popup.locator('.note-group-title').allTextContents()).sort()).toEqual(['在全省党委秘书长会议讲话', '在市委办公室系统工作会议上的讲话', '政府秘书长会议讲话'].sort());
    expect(await popup.locator('.note-group').evaluateAll((groups) => groups.map((g) => g.querySelectorAll('.note').length))).toEqual([3, 3, 3]);
    expect(await popup.locator('.note').count()).toBe(9);
    await popup.locator('.notes-total').waitFor();
    await popup.close();
  });

  it('filters by colour and by a word of the note', async () => {
    const popup = await openPopup();
    await popup.selectOption('[data-filter="color"]', 'pink');
    await expect.poll(() => popup.locator('.note').count()).toBe(2);
    expect(await popup.locator('.note[data-color="pink"]').count()).toBe(2);
    await popup.selectOption('[data-filter="color"]', '');
    await expect.poll(() => popup.locator('.note').count()).toBe(9);
    await popup.fill('.note-search', '政治机关');
    await expect.poll(() => popup.locator('.note').count()).toBe(2);
    await popup.close();
  });

  it('edits a note in place and keeps the change', async () => {
    const popup = await openPopup();
    const first = popup.locator('.note').first();
    const id = await first.getAttribute('data-note-id');
    await first.getByRole('button', { name: /编辑|Edit/ }).click();
    await first.locator('textarea').fill('开头引用：讲政治是第一位的');
    await first.locator('textarea').press('Control+Enter');
    await expect.poll(() => first.locator('.note-text').textContent()).toBe('开头引用：讲政治是第一位的');
    await popup.reload();
    await popup.locator(`[data-note-id="${id}"] .note-text`).waitFor();
    expect(await popup.locator(`[data-note-id="${id}"] .note-text`).textContent()).toBe('开头引用：讲政治是第一位的');
    await popup.close();
  });

  it('deletes a note and brings it back with undo', async () => {
    const popup = await openPopup();
    const first = popup.locator('.note').first();
    const id = await first.getAttribute('data-note-id');
    await first.getByRole('button', { name: /删除|Delete/ }).click();
    await expect.poll(() => popup.locator('.note').count()).toBe(8);
    await popup.getByRole('button', { name: /撤销|Undo/ }).click();
    await expect.poll(() => popup.locator('.note').count()).toBe(9);
    await popup.reload();
    await popup.locator(`[data-note-id="${id}"]`).waitFor();
    await popup.close();
  });
});

describe('the library page', () => {
  it('shows the same notes in a full tab', async () => {
    const library = await browser.context.newPage();
    await library.setViewportSize({ width: 1100, height: 800 });
    await library.goto(`chrome-extension://${browser.extensionId}/library.html`);
    await library.locator('.note').first().waitFor();
    await library.locator('.notes-total').waitFor();
    expect(await library.locator('.note').count()).toBe(9);
    await library.close();
  });
});

describe('the extension database', () => {
  it('lives on the extension origin: extension pages list it, a web page does not', async () => {
    const own = await sender.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
    expect(own).toContain('speech-outline');
    const page = await browser.context.newPage();
    await page.goto(`${server.baseUrl}seed-p.html`);
    const seenByPage = await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
    expect(seenByPage).not.toContain('speech-outline');
    await page.close();
  });
});
