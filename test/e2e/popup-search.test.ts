/**
 * Search in real Chromium (issue #6): notes saved through the protocol get
 * jieba tokens in the service worker; the popup's search box finds a note by a
 * word inside its sentence and marks the word.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './support/chromium.ts';
import { noteDrafts, saveThroughMessages } from './support/seed-notes.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const EXTENSION_DIR = resolve(ROOT, '.output/chrome-mv3-demo');
const SENTENCE = '全省党委办公厅(室)系统一定要在作风建设上当模范、作表率,以过硬的作风树立良好形象。';

let browser: ExtensionBrowser;
let sender: Page;

beforeAll(async () => {
  browser = await launchWithExtension(EXTENSION_DIR);
  sender = await browser.context.newPage();
  await sender.goto(`chrome-extension://${browser.extensionId}/popup.html?view=saved`);
  const [first] = noteDrafts(1);
  const others = noteDrafts(12).slice(1).filter((d) => !d.annotation.quote.includes('作风建设') && !d.annotation.note.includes('作风建设'));
  await saveThroughMessages(sender, [{ ...first!, annotation: { ...first!.annotation, quote: SENTENCE, note: '' } }, ...others]);
});

afterAll(async () => {
  await browser?.close();
});

describe('the popup search box', () => {
  it('finds the note with 作风建设 inside its sentence and marks the word', async () => {
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?view=notes`);
    await popup.locator('.note').first().waitFor();
    await popup.fill('.note-search', '作风建设');
    await popup.locator('[data-search-results] .note').first().waitFor();
    expect(await popup.locator('[data-search-results] .note').count()).toBe(1);
    expect(await popup.locator('[data-search-results] .note-quote').textContent()).toBe(SENTENCE);
    expect(await popup.locator('[data-search-results] .note-quote mark').allTextContents()).toEqual(['作风建设']);
    await popup.close();
  });

  it('answers from the jieba index in the service worker', async () => {
    const status = await sender.evaluate(async () => {
      const chrome = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; value: unknown }> } } }).chrome;
      for (let i = 0; i < 100; i++) {
        const reply = await chrome.runtime.sendMessage({ type: 'search/index-status', data: {} });
        const value = reply.value as { indexed: number; total: number; tokenizer: string };
        if (value.tokenizer === 'jieba' && value.indexed === value.total) return value;
        await new Promise((r) => setTimeout(r, 100));
      }
      return null;
    });
    expect(status).toMatchObject({ tokenizer: 'jieba' });
    const result = await sender.evaluate(async () => {
      const chrome = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; value: unknown }> } } }).chrome;
      return (await chrome.runtime.sendMessage({ type: 'search/query', data: { q: '作风建设', filters: {}, limit: 20 } })).value as { tokenizer: string; hits: Array<{ type: string }> };
    });
    expect(result.tokenizer).toBe('jieba');
    expect(result.hits.filter((h) => h.type === 'annotation')).toHaveLength(1);
  });
});
