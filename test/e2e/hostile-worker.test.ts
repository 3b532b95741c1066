/**
 * A note written while the service worker stops: Chromium stops an idle
 * extension worker whenever it likes, also in the middle of a save. The
 * editor (an extension frame) must keep the words, retry until the worker
 * answers, and end with exactly one stored note that the page shows; a draft
 * closed unsaved comes back when the editor opens again on the same text
 * (kept by the content script, handed back through the background).
 * The worker is stopped through the DevTools protocol, as Chromium would.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, sleep, type ExtensionBrowser } from './support/chromium.ts';
import { hostUi, noteFrame } from './support/closed-ui.ts';
import { storedAnnotations } from './support/extension-db.ts';
import { selectByKeyboard } from './support/select-text.ts';
import { startStaticServer, type StaticServer } from './support/static-server.ts';
import { openSpeechPage } from './support/speech-page.ts';

const ROOT = resolve(import.meta.dirname, '../..');
let server: StaticServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  server = await startStaticServer(resolve(ROOT, 'test/fixtures'));
  browser = await launchWithExtension(resolve(ROOT, '.output/chrome-mv3-demo'));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** single-speech.html, read and painted. */
const openSeed = (): Promise<Page> => openSpeechPage(browser, server.baseUrl);

/** The first paragraph of single-speech.html long enough to select from, as [start-of-paragraph, from, to]. */
async function someSentence(page: Page): Promise<[string, string, string]> {
  return page.evaluate(() => {
    const p = [...document.querySelectorAll('p')].find((el) => (el.textContent ?? '').trim().length > 40)!;
    const text = p.textContent!;
    return [text.slice(0, 6), text.slice(2, 8), text.slice(14, 20)] as [string, string, string];
  });
}

/** Every painted note highlight's text, read in the page. */
function painted(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const [name, h] of (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights) if (name.startsWith('speech-note-')) for (const r of h) out.push(`${name} ${r.toString()}`);
    return out;
  });
}

describe('saving a note while the service worker stops', () => {
  it('keeps the words, retries until the worker answers, and stores the note exactly once', async () => {
    const page = await openSeed();
    const [paragraph, from, to] = await someSentence(page);
    const quote = await selectByKeyboard(page, paragraph, from, to);
    const notes = hostUi(page, 'notes');
    await notes.click('[data-action="note"]');
    const editor = await noteFrame(page, 'editor');
    await editor.locator('textarea').click();
    const words = '停机时写的笔记：要把调查研究作为基本功。';
    await page.keyboard.type(words);

    // Stop the extension's service worker again and again from the moment 保存 is pressed: DevTools'
    // Target.closeTarget on its target, which terminates it as Chromium does an idle worker.
    const cdp = await browser.context.newCDPSession(page);
    const workerTarget = async (): Promise<string | null> => {
      const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: Array<{ targetId: string; type: string; url: string }> };
      return targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${browser.extensionId}/`))?.targetId ?? null;
    };
    const first = await workerTarget();
    expect(first).not.toBeNull();
    await editor.locator('[data-action="save"]').click();
    const seen = new Set<string>();
    const stopped = new Set<string>();
    for (let i = 0; i < 8; i++) {
      const target = await workerTarget();
      if (target && !stopped.has(target)) {
        stopped.add(target);
        await cdp.send('Target.closeTarget', { targetId: target });
      }
      const status = await editor.locator('[data-editor-status]').textContent({ timeout: 50 }).catch(() => null);
      if (status) seen.add(status);
      await sleep(40);
    }
    expect(stopped.has(first!)).toBe(true);

    // Saved once (by a worker started again), shown on the page, the editor closed; the reader never saw an internal message.
    await expect.poll(async () => (await storedAnnotations(browser.context, browser.extensionId)).filter((a) => a.note === words).length, { timeout: 20_000 }).toBe(1);
    await notes.waitFor('[data-annotate-editor-frame]', { gone: true, timeout: 20_000 });
    await expect.poll(() => painted(page)).toContain(`speech-note-underline ${quote}`);
    for (const status of seen) expect(status).toBe('保存失败，已保留你写的内容，正在重试…');
    await sleep(1_000);
    expect((await storedAnnotations(browser.context, browser.extensionId)).filter((a) => a.note === words)).toHaveLength(1);
    await page.close();
  });

  it('brings an unsaved draft back when the editor opens again on the same text', async () => {
    const page = await openSeed();
    // Another paragraph than the first test's.
    const [paragraph, pFrom, pTo] = await page.evaluate(() => {
      const text = [...document.querySelectorAll('p')].filter((el) => (el.textContent ?? '').trim().length > 40)[1]!.textContent!;
      return [text.slice(0, 6), text.slice(1, 5), text.slice(10, 14)] as [string, string, string];
    });
    await selectByKeyboard(page, paragraph, pFrom, pTo);
    const notes = hostUi(page, 'notes');
    await notes.click('[data-action="note"]');
    let editor = await noteFrame(page, 'editor');
    await editor.locator('textarea').click();
    await page.keyboard.type('还没写完的想法');
    await editor.locator('[data-action="cancel"]').click();
    await notes.waitFor('[data-annotate-editor-frame]', { gone: true });

    await selectByKeyboard(page, paragraph, pFrom, pTo);
    await notes.click('[data-action="note"]');
    editor = await noteFrame(page, 'editor');
    await expect.poll(() => editor.locator('textarea').inputValue()).toBe('还没写完的想法');
    await page.close();
  });
});
