/**
 * Annotating a page that is not a speech, in real Chromium with the demo
 * build: a Chinese news report on a host the demo runs on by itself, and a
 * short English article on one it runs on only after 在此页运行 (the store
 * build's path: the background's run-once message, scripting.executeScript).
 * The reader selects with the mouse, writes a note through the toolbar and the
 * editor frame; after a reload the note is painted again and listed in the
 * notes-only panel (no outline there) and in the popup.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, popupUrl, sleep, tabIdForUrl, type ExtensionBrowser } from './support/chromium.ts';
import { hostUi, noteFrame } from './support/closed-ui.ts';
import { storedAnnotations } from './support/extension-db.ts';
import { selectPhraseWithMouse } from './support/select-text.ts';
import { startStaticServer, type StaticServer } from './support/static-server.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const FIXTURES = resolve(ROOT, 'test/fixtures');
const SHOTS = '/work/shots/anyp';
const PANEL_HOST = '[data-speech-outline="panel"]';
const NOTES_HOST = '[data-speech-outline="notes"]';
/** How long a page gets to (wrongly) put up a panel before we call it untouched. */
const QUIET_MS = 2_000;

let auto: StaticServer;
let optIn: StaticServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  auto = await startStaticServer(FIXTURES);
  optIn = await startStaticServer(FIXTURES, '127.0.0.2');
  browser = await launchWithExtension(resolve(ROOT, '.output/chrome-mv3-demo'));
});

afterAll(async () => {
  await browser?.close();
  await Promise.all([auto?.close(), optIn?.close()]);
});

async function open(url: string): Promise<{ page: Page; tabId: number }> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  page.on('pageerror', (e) => {
    throw e;
  });
  await page.goto(url, { waitUntil: 'load' });
  return { page, tabId: await tabIdForUrl(browser.serviceWorker, url) };
}

/** Runs the content script on `tabId` once, as the popup's 在此页运行 does (from an extension page). */
async function runHere(tabId: number): Promise<unknown> {
  const sender = await browser.context.newPage();
  try {
    await sender.goto(`chrome-extension://${browser.extensionId}/options.html`);
    return await sender.evaluate(
      (m) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage(m),
      { type: 'activation/run-once', data: { tabId } },
    );
  } finally {
    await sender.close();
  }
}

/** Waits until the annotator listed and placed `count` annotations. */
async function waitForNotes(page: Page, count: number): Promise<void> {
  await page.locator(`${NOTES_HOST}[data-loaded="true"][data-notes="${count}"][data-pending="0"]`).waitFor({ state: 'attached', timeout: 20_000 });
}

/** The text of every painted note highlight (read in the page's main world). */
function painted(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts: string[] = [];
    for (const [name, h] of (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights) {
      if (name.startsWith('speech-note-')) for (const range of h) texts.push(range.toString());
    }
    return [...new Set(texts)];
  });
}

/** Selects `phrase` with the mouse, opens 笔记 from the toolbar, types `note` in the editor frame and saves. */
async function writeNote(page: Page, phrase: string, note: string): Promise<void> {
  expect(await selectPhraseWithMouse(page, phrase)).toBe(phrase);
  const toolbar = hostUi(page, 'notes');
  // The whole toolbar is there: the colours, 笔记, 金句, 复制.
  expect(await toolbar.count('[data-color]')).toBeGreaterThanOrEqual(4);
  expect(await toolbar.count('[data-action="golden"]')).toBe(1);
  expect(await toolbar.count('[data-action="copy"]')).toBe(1);
  await toolbar.click('[data-action="note"]');
  const frame = await noteFrame(page, 'editor');
  await frame.locator('textarea').click();
  await page.keyboard.type(note);
  await frame.locator('[data-action="save"]').click();
  await expect.poll(() => painted(page), { timeout: 20_000 }).toContain(phrase);
}

/** Opens the notes-only panel from its tab (if it is closed) and returns the notes frame's text. */
async function notesPanelText(page: Page): Promise<string> {
  const panel = hostUi(page, 'panel');
  await panel.waitFor('[data-notes-only]');
  if (await panel.count('[data-panel-tab]')) await panel.click('[data-panel-tab]');
  await panel.waitFor('[data-panel][data-notes-only]');
  const frame = await noteFrame(page, 'notes');
  await frame.locator('[data-notes-list]').waitFor({ timeout: 15_000 });
  return (await frame.locator('[data-notes-list]').textContent()) ?? '';
}

/** What the popup shows for `tabId`: its empty state and the page's notes. */
async function popupText(tabId: number, shot: string): Promise<{ title: string; notes: string }> {
  const popup = await browser.context.newPage();
  try {
    await popup.goto(popupUrl(browser.extensionId, tabId));
    await popup.locator('[data-empty-state]').waitFor({ timeout: 15_000 });
    await popup.locator('[data-page-notes-here] .note').first().waitFor({ timeout: 15_000 });
    await popup.screenshot({ path: `${SHOTS}/${shot}`, fullPage: true });
    return { title: (await popup.locator('[data-empty-state] h1').textContent()) ?? '', notes: (await popup.locator('[data-page-notes-here]').textContent()) ?? '' };
  } finally {
    await popup.close();
  }
}

describe('a page that is not a speech', () => {
  it('on a news report: no panel until a note exists; the note survives a reload and is listed in the notes-only panel and the popup', async () => {
    const url = auto.baseUrl + 'news-report.html';
    const { page, tabId } = await open(url);
    await sleep(QUIET_MS);
    // Not a speech and no notes: no panel tab on the page (a listed site's every page would get one).
    expect(await page.locator(PANEL_HOST).count()).toBe(0);

    const phrase = '秋冬季是火灾、道路交通和燃气事故的易发多发期';
    await writeNote(page, phrase, '冬季燃气安全要单独部署');
    // The first note puts up the panel's tab: 笔记 1.
    await hostUi(page, 'panel').waitFor('[data-panel-tab][data-notes-only]');
    expect((await hostUi(page, 'panel').text('[data-panel-tab]'))?.replace(/\s+/g, '')).toBe('笔记1');
    const [saved] = (await storedAnnotations(browser.context, browser.extensionId)).filter((a) => a.url === url);
    expect(saved).toMatchObject({ kind: 'note', quote: phrase, note: '冬季燃气安全要单独部署' });

    await page.reload({ waitUntil: 'load' });
    await waitForNotes(page, 1);
    await expect.poll(() => painted(page), { timeout: 20_000 }).toEqual([phrase]);
    const listed = await notesPanelText(page);
    expect(listed).toContain(phrase);
    expect(listed).toContain('冬季燃气安全要单独部署');
    const panel = hostUi(page, 'panel');
    expect(await panel.text('[data-notes-only-hint]')).toBe('这一页不是讲话稿，没有提纲；划线和笔记照常可用。');
    // No outline here: none of the outline panel's parts.
    expect(await panel.count('[data-point-id], [data-view]')).toBe(0);
    await page.screenshot({ path: `${SHOTS}/news-report-notes-only-panel.png` });
    // Alt+O folds it back to its tab, as it does the outline panel; Alt+J (next point) is left to the page.
    await page.mouse.click(200, 400);
    await page.keyboard.press('Alt+O');
    await panel.waitFor('[data-panel]', { gone: true });
    expect(await panel.count('[data-panel-tab][data-notes-only]')).toBe(1);
    await page.evaluate(() => {
      window.addEventListener('keydown', (e) => document.documentElement.setAttribute('data-test-prevented', String(e.defaultPrevented)), { once: true });
    });
    await page.keyboard.press('Alt+J');
    expect(await page.evaluate(() => document.documentElement.getAttribute('data-test-prevented'))).toBe('false');

    const popup = await popupText(tabId, 'popup-news-report-notes.png');
    expect(popup.title).toBe('此页面未识别为讲话稿');
    expect(popup.notes).toContain('划线和笔记照常可用');
    expect(popup.notes).toContain(phrase);
    expect(popup.notes).toContain('冬季燃气安全要单独部署');
    await page.close();
  });

  it('on an English article after 在此页运行: the notes panel opens at once, a note is made, and after a reload and another run it is painted and listed again', async () => {
    const url = optIn.baseUrl + 'english-article.html';
    const { page, tabId } = await open(url);
    await sleep(QUIET_MS);
    expect(await page.locator(`${PANEL_HOST}, ${NOTES_HOST}`).count()).toBe(0);

    expect(await runHere(tabId)).toEqual({ ok: true, value: { outlineFound: false } });
    const panel = hostUi(page, 'panel');
    // Run here on a page without an outline: the notes panel opens and says what works.
    await panel.waitFor('[data-panel][data-notes-only] [data-notes-only-empty]');
    expect(await panel.text('[data-notes-only-hint]')).toBe('这一页不是讲话稿，没有提纲；划线和笔记照常可用。');
    await page.screenshot({ path: `${SHOTS}/english-run-here-empty-panel.png` });

    const phrase = 'Four score and seven years ago our fathers brought forth';
    await writeNote(page, phrase, 'Opening line: the founding date, 87 years before 1863.');
    await panel.waitFor('[data-panel][data-notes-only] [data-notes-section]');

    // Once means once: the reload is left alone until the reader runs it here again.
    await page.reload({ waitUntil: 'load' });
    await sleep(QUIET_MS);
    expect(await painted(page)).toEqual([]);
    expect(await runHere(tabId)).toEqual({ ok: true, value: { outlineFound: false } });
    await waitForNotes(page, 1);
    await expect.poll(() => painted(page), { timeout: 20_000 }).toEqual([phrase]);
    const listed = await notesPanelText(page);
    expect(listed).toContain(phrase);
    expect(listed).toContain('Opening line');
    await page.screenshot({ path: `${SHOTS}/english-note-notes-only-panel.png` });

    const popup = await popupText(tabId, 'popup-english-notes.png');
    expect(popup.notes).toContain(phrase);
    expect(popup.notes).toContain('Opening line');
    await page.close();
  });
});
