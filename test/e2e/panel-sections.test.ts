/**
 * One speech at a time, in real Chromium with the demo build on the 18-speech
 * seed page: each 篇 of the panel has a "⋯" menu (keyboard-reachable) to copy,
 * export or save that speech alone and to jump to its start; its title jumps,
 * its twisty folds; a speech without points is listed and reachable.
 */
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scopeOutline } from '../../core/export/export-scope.ts';
import { buildExport } from '../../core/export/index.ts';
import { buildMarkdownExport } from '../../core/export/outline-markdown.ts';
import { countPoints, walkPoints, type OutlineDocument } from '../../core/index.ts';
import { LOG_PREFIX } from '../../entrypoints/content/log.ts';
import { launchWithExtension, tabIdForUrl, type ExtensionBrowser } from './support/chromium.ts';
import { hostUi, type HostUi } from './support/closed-ui.ts';
import { expectedOutline } from './support/engine-in-node.ts';
import { storedOutlines } from './support/extension-db.ts';
import { startStaticServer, type StaticServer } from './support/static-server.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const EXTENSION_DIR = resolve(ROOT, '.output/chrome-mv3-demo');
const FIXTURES = resolve(ROOT, 'test/fixtures');
const SHOTS = '/work/shots/sect';
const HOST = '[data-speech-outline="panel"]';

let server: StaticServer;
let browser: ExtensionBrowser;
let page: Page;
let panel: HostUi;
let url: string;
let tabId: number;
let outline: OutlineDocument;
const problems: string[] = [];

/** The index of the speech whose title starts with `篇N:`. */
function speech(n: number): number {
  const index = outline.sections.findIndex((s) => s.title.startsWith(`篇${n}:`));
  expect(index).toBeGreaterThanOrEqual(0);
  return index;
}

/** Every point title of section `index`. */
function pointTitles(index: number): string[] {
  const titles: string[] = [];
  walkPoints(outline.sections[index]!.points, (p) => titles.push(p.title));
  return titles;
}

/** Where the page's own heading with `text` is, relative to the window. */
function headingPlace(text: string) {
  return page.evaluate((t) => {
    const h = [...document.querySelectorAll('h2')].find((e) => e.textContent?.trim() === t);
    if (!h) return null;
    const r = h.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, inView: r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0 };
  }, text);
}

/** The text of the flashed range, if a flash is showing. */
function flashText(): Promise<string | null> {
  return page.evaluate(() => {
    const flash = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('speech-flash');
    const range = flash ? [...flash][0] : undefined;
    return range ? range.toString() : null;
  });
}

async function openMenu(index: number): Promise<void> {
  await panel.click(`[data-section-menu="${index}"]`);
  await panel.waitFor(`[data-section="${index}"] [role="menu"]`);
}

beforeAll(async () => {
  server = await startStaticServer(FIXTURES);
  browser = await launchWithExtension(EXTENSION_DIR);
  url = `${server.baseUrl}seed-p.html`;
  outline = (await expectedOutline(resolve(FIXTURES, 'seed-p.html'), url)).outline;
  page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  page.on('console', (m) => {
    if (m.text().includes(LOG_PREFIX) || (m.type() === 'error' && (m.location().url ?? '').startsWith('chrome-extension://'))) problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(String(e)));
  await page.goto(url, { waitUntil: 'load' });
  tabId = await tabIdForUrl(browser.serviceWorker, url);
  await page.locator(`${HOST}[data-points="${countPoints(outline)}"][data-highlighted]`).waitFor({ state: 'attached', timeout: 30_000 });
  panel = hostUi(page, 'panel');
  await panel.click('[data-panel-tab]');
  await panel.waitFor('[data-panel]');
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.baseUrl.slice(0, -1) });
  await mkdir(SHOTS, { recursive: true });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a speech’s ⋯ menu', () => {
  it('copies speech 5 alone as Markdown, reached with the keyboard, and nothing of speeches 4 and 6', async () => {
    const five = speech(5);
    await openMenu(five);
    // The menu button says what it is; the first item has focus, arrows move it, Enter chooses.
    expect(await panel.attr(`[data-section-menu="${five}"]`, 'aria-haspopup')).toBe('menu');
    expect(await panel.attr(`[data-section-menu="${five}"]`, 'aria-expanded')).toBe('true');
    expect(await panel.evaluateAll<string | null>('[role="menu"]', '(els) => els[0].getRootNode().activeElement?.getAttribute("data-section-action") ?? null')).toBe('go');
    await page.screenshot({ path: `${SHOTS}/section-menu-light.png` });
    await page.keyboard.press('ArrowDown');
    expect(await panel.evaluateAll<string | null>('[role="menu"]', '(els) => els[0].getRootNode().activeElement?.getAttribute("data-section-action") ?? null')).toBe('copy-markdown');
    await page.keyboard.press('Enter');
    await expect.poll(() => panel.attr(`[data-section-menu="${five}"]`, 'data-copy-status'), { timeout: 10_000 }).toBe('copied');
    // The menu closed and focus went back to its button.
    expect(await panel.count('[role="menu"]')).toBe(0);
    expect(await panel.evaluateAll<string | null>(`[data-section-menu="${five}"]`, '(els) => els[0].getRootNode().activeElement?.getAttribute("data-section-menu") ?? null')).toBe(String(five));

    const copied = await page.evaluate(() => navigator.clipboard.readText());
    // Exactly what the export page's Markdown of that one speech is.
    expect(copied).toBe(buildMarkdownExport(scopeOutline({ outline }, { section: five }).outline));
    expect(copied.split('\n')[0]).toBe(`# ${outline.sections[five]!.title}`);
    const own = pointTitles(five);
    for (const title of own) expect(copied).toContain(title);
    // Of the speeches before and after it: neither their titles nor any point title speech 5 does not share.
    for (const other of [five - 1, five + 1]) {
      expect(copied).not.toContain(outline.sections[other]!.title);
      const theirs = pointTitles(other).filter((t) => t.length >= 4 && !own.some((o) => o.includes(t)));
      expect(theirs.length).toBeGreaterThan(0);
      for (const title of theirs) expect(copied).not.toContain(title);
    }
  });

  it('closes on Escape without closing the panel', async () => {
    const five = speech(5);
    await openMenu(five);
    await page.keyboard.press('ArrowUp');
    expect(await panel.evaluateAll<string | null>('[role="menu"]', '(els) => els[0].getRootNode().activeElement?.getAttribute("data-section-action") ?? null')).toBe('save');
    await page.keyboard.press('Escape');
    await panel.waitFor('[role="menu"]', { gone: true });
    expect(await panel.count('[data-panel]')).toBe(1);
  });

  it('opens the export page with speech 5 chosen, whose Markdown holds only that speech', async () => {
    const five = speech(5);
    await openMenu(five);
    const opened = browser.context.waitForEvent('page', { timeout: 15_000 });
    await panel.click(`[data-section="${five}"] [data-section-action="export"]`);
    const exportPage = await opened;
    expect(exportPage.url()).toBe(`chrome-extension://${browser.extensionId}/library.html?export=${tabId}&section=${five}`);
    await exportPage.locator('[data-export-page]').waitFor({ timeout: 15_000 });
    expect(await exportPage.locator('[data-export-scope]').inputValue()).toBe(String(five));
    await exportPage.locator('[data-format="md"]').check();
    await expect.poll(async () => (await exportPage.locator('[data-export-preview]').textContent()) ?? '', { timeout: 10_000 }).toMatch(new RegExp(`^# ${outline.sections[five]!.title}`));
    const markdown = (await exportPage.locator('[data-export-preview]').textContent()) ?? '';
    await exportPage.screenshot({ path: `${SHOTS}/export-one-speech.png` });
    for (const title of pointTitles(five)) expect(markdown).toContain(title);
    for (const other of [0, five - 1, five + 1]) expect(markdown).not.toContain(outline.sections[other]!.title);
    await exportPage.close();
  });

  it('saves speech 5 as one outline, and saving it again updates that one instead of adding a second', async () => {
    const five = speech(5);
    const status = () => panel.text(`[data-section-status="${five}"]`);
    await openMenu(five);
    await panel.click(`[data-section="${five}"] [data-section-action="save"]`);
    await expect.poll(status, { timeout: 10_000 }).toBe('已保存');
    await openMenu(five);
    await panel.click(`[data-section="${five}"] [data-section-action="save"]`);
    await expect.poll(status, { timeout: 10_000 }).toBe('已更新原来存的那份');

    const saved = (await storedOutlines(browser.context, browser.extensionId)).filter((o) => o.url === url);
    expect(saved).toHaveLength(1);
    expect(saved[0]!.name).toBe(`${outline.title} · ${outline.sections[five]!.title}`);
    // The outline-format v1 document `--section 7 --format json` writes (篇5 is the page's 7th speech).
    const json = await buildExport('json', outline, { section: five });
    expect(saved[0]!.outline).toEqual(JSON.parse(json.data as string));
    expect(saved[0]!.outline.sections).toHaveLength(1);
  });
});

describe('speech titles and twisties', () => {
  it('jumps to speech 5’s heading on a click of its title; the twisty alone folds it', async () => {
    const five = speech(5);
    const heading = outline.sections[five]!.title;
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect.poll(async () => (await headingPlace(heading))?.inView).toBe(false);
    await panel.click(`[data-section-go="${five}"]`);
    await expect.poll(async () => (await headingPlace(heading))?.inView, { timeout: 10_000 }).toBe(true);
    expect((await flashText())?.trim()).toBe(heading);
    // Jumping did not fold it.
    expect(await panel.attr(`[data-section-toggle="${five}"]`, 'aria-expanded')).toBe('true');
    const firstPoint = `[data-section="${five}"] [data-point-id]`;
    expect(await panel.count(firstPoint)).toBeGreaterThan(0);

    const scrolled = await page.evaluate(() => window.scrollY);
    await panel.click(`[data-section-toggle="${five}"]`);
    expect(await panel.attr(`[data-section-toggle="${five}"]`, 'aria-expanded')).toBe('false');
    expect(await panel.count(firstPoint)).toBe(0);
    // Folding did not move the page.
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
    await panel.click(`[data-section-toggle="${five}"]`);
    expect(await panel.count(firstPoint)).toBeGreaterThan(0);
  });

  it('lists a speech without points as 无序号要点 and jumps to it from its title', async () => {
    const empty = speech(11);
    expect(outline.sections[empty]!.points).toHaveLength(0);
    const heading = outline.sections[empty]!.title;
    expect(await panel.text(`[data-section="${empty}"] [data-section-title]`)).toBe(heading);
    expect(await panel.text(`[data-section="${empty}"] .section-count`)).toBe('无序号要点');
    expect(await panel.count(`[data-section-toggle="${empty}"]`)).toBe(0);
    await page.evaluate(() => window.scrollTo(0, 0));
    await panel.click(`[data-section-go="${empty}"]`);
    await expect.poll(async () => (await headingPlace(heading))?.inView, { timeout: 10_000 }).toBe(true);

    // Its menu offers 跳到开头 and says why the rest are off.
    await openMenu(empty);
    const off = await panel.evaluateAll<string[]>(`[data-section="${empty}"] [aria-disabled="true"]`, '(els) => els.map((e) => e.getAttribute("data-section-action"))');
    expect(off).toEqual(['copy-markdown', 'copy-text', 'export', 'save']);
    expect(await panel.text(`[data-section="${empty}"] .menu-note`)).toContain('没有序号要点');
    await page.screenshot({ path: `${SHOTS}/empty-speech-menu.png`, clip: { x: 880, y: 0, width: 400, height: 900 } });
    await page.evaluate(() => navigator.clipboard.writeText('before'));
    await panel.click(`[data-section="${empty}"] [data-section-action="copy-markdown"]`);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('before');
    await page.keyboard.press('Escape');
    expect(problems).toEqual([]);
  });
});

describe('the menu on a dark page', () => {
  it('takes the panel’s dark colours (screenshot)', async () => {
    const dark = await browser.context.newPage();
    await dark.setViewportSize({ width: 1280, height: 900 });
    await dark.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        const style = document.createElement('style');
        style.textContent = '*{background-color:#16181d!important;color:#d6dae1!important}';
        document.head.append(style);
      });
    });
    await dark.goto(url, { waitUntil: 'load' });
    await dark.locator(`${HOST}[data-theme="dark"][data-highlighted]`).waitFor({ state: 'attached', timeout: 30_000 });
    const ui = hostUi(dark, 'panel');
    // The panel opened on the first page is remembered open; otherwise open it.
    await ui.waitFor('[data-panel], [data-panel-tab]');
    if ((await ui.count('[data-panel]')) === 0) await ui.click('[data-panel-tab]');
    await ui.waitFor('[data-panel]');
    const five = outline.sections.findIndex((s) => s.title.startsWith('篇5:'));
    await ui.click(`[data-section-menu="${five}"]`);
    await ui.waitFor('[role="menu"]');
    expect(await ui.count('.reading.theme-dark')).toBe(1);
    await dark.screenshot({ path: `${SHOTS}/section-menu-dark.png` });
    await dark.close();
  });
});
