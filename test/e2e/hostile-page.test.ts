/**
 * A hostile page (test/fixtures/hostile.html + hostile.js): before the
 * extension starts, its script patches attachShadow, pre-defines the old host
 * tags and listens to every key, input, composition, paste and window message;
 * then, every quarter second, it reads and pokes everything of ours it can
 * find (hosts, shadow roots, frames), replays WXT's start event, makes up
 * Alt+H and clicks on highlights, spams look-alike protocol messages and tries
 * to embed the note frame itself. Meanwhile the reader writes a note as a real
 * user (real mouse and keyboard). Whatever the page got is in
 * window.__attackReport: none of the note's words may be in it, the reader's
 * view must still be on, and the extension's database must hold exactly the
 * reader's note.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, sleep, type ExtensionBrowser } from './support/chromium.ts';
import { hostUi, noteFrame } from './support/closed-ui.ts';
import { storedAnnotations } from './support/extension-db.ts';
import { selectByKeyboard } from './support/select-text.ts';
import { startStaticServer, type StaticServer } from './support/static-server.ts';

const ROOT = resolve(import.meta.dirname, '../..');
let server: StaticServer;
let browser: ExtensionBrowser;

/** What hostile.js collected. */
interface AttackReport {
  loot: string[];
  typed: string;
  capturedRoots: number;
  openRoots: number;
  synthetic: number;
  highlights: Record<string, string[]>;
  embedded: Array<{ url: string; loaded: boolean }>;
  errors: string[];
}

beforeAll(async () => {
  server = await startStaticServer(resolve(ROOT, 'test/fixtures'));
  browser = await launchWithExtension(resolve(ROOT, '.output/chrome-mv3-demo'));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const report = (page: Page) => page.evaluate(() => (window as unknown as { __attackReport: AttackReport }).__attackReport);

describe('a hostile page', () => {
  it('gets none of the reader’s words, cannot switch the extension off, and cannot change the notes', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    const url = `${server.baseUrl}hostile.html?ext=${browser.extensionId}`;
    await page.goto(url, { waitUntil: 'load' });
    await page.locator('[data-speech-outline="panel"][data-highlighted]').waitFor({ state: 'attached', timeout: 15_000 });

    // The keylogger works: keys pressed in the page itself reach it.
    await page.keyboard.type('qz');
    expect((await report(page)).typed).toContain('qz');

    // The reader writes a note with the real keyboard, in Chinese, while the page attacks.
    const [paragraph, from, to] = await page.evaluate(() => {
      const text = [...document.querySelectorAll('p')].filter((el) => (el.textContent ?? '').trim().length > 40)[2]!.textContent!;
      return [text.slice(0, 6), text.slice(2, 8), text.slice(16, 24)] as [string, string, string];
    });
    const quote = await selectByKeyboard(page, paragraph, from, to);
    const notes = hostUi(page, 'notes');
    await notes.click('[data-action="note"]');
    const editor = await noteFrame(page, 'editor');
    await editor.locator('textarea').click();
    const words = ['SECRET', '调研报告月底前报送', '不宜外传'];
    await page.keyboard.type(`${words[0]}：${words[1]}，${words[2]}。`);
    await editor.locator('input[name="tags"]').click();
    await page.keyboard.type('内部');
    await editor.locator('[data-action="save"]').click();
    await notes.waitFor('[data-annotate-editor-frame]', { gone: true });

    // The panel lists it (in its frame), and the page keeps attacking for a while.
    const panel = hostUi(page, 'panel');
    if (await panel.count('[data-panel-tab]')) await panel.click('[data-panel-tab]');
    await panel.click('[data-view="notes"]');
    const list = await noteFrame(page, 'notes');
    await expect.poll(() => list.locator('.note-text').allTextContents()).toEqual([`${words[0]}：${words[1]}，${words[2]}。`]);
    await sleep(1_500);

    const got = await report(page);
    expect(got.synthetic).toBeGreaterThan(10);
    // Nothing the page collected holds the reader's words or tag.
    const loot = got.loot.join('\n');
    for (const word of [...words, '内部']) {
      expect(loot).not.toContain(word);
      expect(got.typed).not.toContain(word);
    }
    expect(JSON.stringify(got.highlights)).not.toContain(words[1]);
    // It never got hold of a shadow root of ours, open or captured.
    expect(got.capturedRoots).toBe(0);
    expect(got.openRoots).toBe(0);
    // The frames of ours have an address it cannot read; the one it embedded itself shows nothing.
    expect(loot).not.toMatch(/note-frame\.html#(?!a{32})[0-9a-f]{32}/);
    // The two frames the page embedded (by the extension's static address, with and without a made-up
    // token) were refused by the browser (use_dynamic_url): the only note frame in the page is ours.
    expect(got.embedded).toHaveLength(2);
    expect(page.frames().filter((f) => f.url().startsWith('chrome-error://'))).toHaveLength(2);
    expect(page.frames().filter((f) => f.url().includes('note-frame.html'))).toHaveLength(1);

    // Still on: the panel, the highlights of the points and of the note.
    expect(await panel.count('[data-panel]')).toBe(1);
    const names = await page.evaluate(() => [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights].filter(([, h]) => h.size > 0).map(([n]) => n));
    expect(names).toContain('speech-m1');
    expect(names).toContain('speech-d1');
    expect(got.highlights['speech-note-underline']).toEqual([quote]);

    // The database holds exactly the reader's note for this page: nothing planted, nothing changed or deleted.
    const mine = (await storedAnnotations(browser.context, browser.extensionId)).filter((a) => a.url === url.split('#')[0]);
    expect(mine.map((a) => ({ note: a.note, tags: a.tags, kind: a.kind }))).toEqual([{ note: `${words[0]}：${words[1]}，${words[2]}。`, tags: ['内部'], kind: 'note' }]);
    await page.close();
  });
});
