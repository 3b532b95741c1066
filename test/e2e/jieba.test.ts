/**
 * jieba in the built extension, in real Chromium: the service worker
 * instantiates the WASM under the extension's CSP, keeps the shipped speech
 * vocabulary whole, and the content script never carries jieba.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './support/chromium.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const EXTENSION_DIR = resolve(ROOT, '.output/chrome-mv3-demo');

let browser: ExtensionBrowser;
let page: Page;

/** Sends a protocol message from an extension page, as the panel or options page would, and times the reply. */
async function send(type: string, data: object): Promise<{ reply: unknown; ms: number }> {
  return page.evaluate(async ({ type, data }) => {
    const chrome = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }).chrome;
    const start = performance.now();
    const reply = await chrome.runtime.sendMessage({ type, data });
    return { reply, ms: performance.now() - start };
  }, { type, data });
}

beforeAll(async () => {
  browser = await launchWithExtension(EXTENSION_DIR);
  page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
});

afterAll(async () => {
  await browser?.close();
});

describe('the built extension', () => {
  it('ships the .wasm next to background.js and allows WebAssembly for extension pages only', () => {
    expect(existsSync(resolve(EXTENSION_DIR, 'jieba_rs_wasm_bg.wasm'))).toBe(true);
    const manifest = JSON.parse(readFileSync(resolve(EXTENSION_DIR, 'manifest.json'), 'utf8')) as { content_security_policy: { extension_pages: string } };
    expect(manifest.content_security_policy.extension_pages).toContain("'wasm-unsafe-eval'");
  });

  it('keeps jieba out of the content script and puts it in the background', () => {
    // The content script shares the protocol's parser, so it holds the message name
    // 'jieba/user-words-changed'; any other mention of jieba would be its code.
    const content = ['content-scripts/content.js', 'content-main.js']
      .map((file) => readFileSync(resolve(EXTENSION_DIR, file), 'utf8')).join('\n').replaceAll('jieba/user-words-changed', '');
    expect(content).not.toMatch(/jieba/i);
    expect(content).not.toMatch(/WebAssembly|__wbindgen/);
    expect(readFileSync(resolve(EXTENSION_DIR, 'background.js'), 'utf8')).toMatch(/jieba_rs_wasm_bg\.wasm/);
  });
});

describe('jieba in the service worker', () => {
  it('loads on the first request and finds the keywords of the 八句话', async () => {
    const text = '第一，党性是根本。党委办公厅（室）姓党，党性意识要特别强。\n第二，宗旨是本质。要坚持立党为公、执政为民，把人民群众的利益放在心上。\n第三，全局是站位。办公厅的服务、谋划都要站在全局去考虑，要有胸怀全局的意识。';
    const { reply, ms } = await send('text/keywords', { texts: [text], topK: 5 });
    console.log(`cold start in the service worker (fetch + instantiate + dictionary + first tag), round trip: ${ms.toFixed(0)} ms`);
    expect(reply).toMatchObject({ ok: true, value: { tokenizer: 'jieba' } });
    const keywords = (reply as { value: { keywords: string[][] } }).value.keywords[0] ?? [];
    expect(keywords).toEqual(expect.arrayContaining(['党性', '全局']));
  });

  it('segments with the speech vocabulary: 八项规定 stays one token', async () => {
    const { reply, ms } = await send('text/segment', { text: '加强作风建设，落实八项规定精神', mode: 'default' });
    console.log(`warm segment round trip: ${ms.toFixed(1)} ms`);
    expect(reply).toEqual({ ok: true, value: { tokens: ['加强', '作风建设', '落实', '八项规定', '精神'], tokenizer: 'jieba' } });
  });

  it('segments 100 KB of speech text quickly once warm', async () => {
    const text = '同志们，我们要进一步加强作风建设，落实八项规定精神，坚决反对四风，做到两个维护。'.repeat(2_500);
    const { reply, ms } = await send('text/segment', { text, mode: 'search' });
    console.log(`segment ${text.length} characters (search mode) round trip: ${ms.toFixed(0)} ms`);
    expect(reply).toMatchObject({ ok: true, value: { tokenizer: 'jieba' } });
  });

  it('learns a user word saved in storage.local', async () => {
    const before = await send('text/segment', { text: '发展新质生产力', mode: 'default' });
    expect(before.reply).toMatchObject({ value: { tokens: expect.not.arrayContaining(['新质生产力']) } });
    await page.evaluate(async () => {
      const chrome = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome;
      await chrome.storage.local.set({ userWords: ['新质生产力'] });
    });
    expect((await send('jieba/user-words-changed', {})).reply).toEqual({ ok: true, value: { count: 1 } });
    const after = await send('text/segment', { text: '发展新质生产力', mode: 'default' });
    expect(after.reply).toEqual({ ok: true, value: { tokens: ['发展', '新质生产力'], tokenizer: 'jieba' } });
  });

  it('refuses a text over the size cap', async () => {
    const { reply } = await send('text/segment', { text: '字'.repeat(200_001), mode: 'default' });
    expect(reply).toEqual({ ok: false, error: 'text/segment: text is longer than 200000 characters' });
  });
});
