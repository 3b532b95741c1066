/**
 * Reading beside the text, in real Chromium with the demo build: the open
 * panel sits beside the article (the page makes room), no line of the article
 * runs under it at 1366×768 or at 200% zoom of that screen, the article's text
 * is selectable with the real mouse right up to the panel's edge, the width
 * dragged on the panel's edge survives a reload, closing gives the page back
 * its layout, and a window too narrow to dock gets a strip instead.
 *
 * 200% zoom is emulated as the CSS viewport it gives the page: 683×384 CSS px
 * for a 1366×768 screen (Chromium's zoom, like --force-device-scale-factor=2,
 * halves the CSS viewport; the layout and the panel are measured in CSS px,
 * which is what the page and the panel see either way).
 *
 * With SHOTS_DIR set, the tests also save screenshots there (light and dark,
 * open and strip); without it they write nothing.
 */
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSpeechBrowser } from './support/speech-page.ts';
import { hostUi, noteFrame } from './support/closed-ui.ts';

const SHOTS_DIR = process.env.SHOTS_DIR ?? '';
/** The article's paragraphs in each fixture. */
const ARTICLE: Record<string, string> = { 'seed-p.html': '#article-content p', 'dark-speech.html': '#zoom p' };

/** A site layout in vw, for single-speech.html's header (.gov-header, .main-nav) and page (.container, .detail). */
const FULL_WIDTH_CSS = `
body { margin: 0; }
.gov-header { width: 100vw; background: #b30000; color: #fff; box-sizing: border-box; padding: 8px 16px; }
.gov-header a { color: #fff; }
.container { width: 100vw; box-sizing: border-box; padding: 0 24px; }
.detail { max-width: 900px; margin: 0 auto; }
@media (min-width: 600px) { .main-nav { display: flex; gap: 16px; list-style: none; padding: 0; width: calc(100vw - 32px); } }
`;

// Default settings before each test: panel closed, default width.
const speech = useSpeechBrowser();

/** Opens `name` in a window of `width`×`height` CSS px and waits for the highlights. */
const openAt = (name: string, width: number, height: number): Promise<Page> => speech.open(name, { width, height });

/** Opens the panel from its tab and waits for it (docked, strip or over the page). */
async function openPanel(page: Page, what = '[data-panel]') {
  const panel = hostUi(page, 'panel');
  // The panel may be open already: it stays as the reader left it on the last page.
  await panel.waitFor(`[data-panel-tab], ${what}`);
  if ((await panel.count(what)) === 0) await panel.click('[data-panel-tab]');
  await panel.waitFor(what);
  // The page reflows in the same frame; one more frame for the layout to settle.
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
  return panel;
}

/** The rightmost end of any line of the article's paragraphs (their text's client rects), and how many lines were measured. */
function articleRight(page: Page, selector: string): Promise<{ right: number; lines: number; paragraphs: number }> {
  return page.evaluate((sel) => {
    let right = 0;
    let lines = 0;
    const paragraphs = [...document.querySelectorAll(sel)].filter((p) => (p.textContent ?? '').trim() !== '' && p.getClientRects().length > 0);
    for (const p of paragraphs) {
      const range = document.createRange();
      range.selectNodeContents(p);
      for (const r of range.getClientRects()) {
        if (r.width === 0) continue;
        lines++;
        right = Math.max(right, r.right);
      }
    }
    return { right, lines, paragraphs: paragraphs.length };
  }, selector);
}

/** The article container's box: what closing the panel must give back exactly. */
function articleBox(page: Page, selector: string) {
  return page.evaluate((sel) => {
    const r = document.querySelector(sel)!.parentElement!.getBoundingClientRect();
    return { left: r.left, width: r.width, height: r.height, html: getComputedStyle(document.documentElement).marginRight, sheets: document.adoptedStyleSheets.length };
  }, selector);
}

async function shoot(page: Page, file: string) {
  if (!SHOTS_DIR) return;
  await mkdir(SHOTS_DIR, { recursive: true });
  await page.screenshot({ path: resolve(SHOTS_DIR, file) });
}

/**
 * Selects the last four characters of the first line of a long paragraph with
 * the real mouse (press right of the last character, release left of the
 * fourth from last) and returns what was selected and what was expected.
 */
async function selectLineEnd(page: Page, selector: string) {
  const at = await page.evaluate((sel) => {
    const p = [...document.querySelectorAll(sel)].find((e) => (e.textContent ?? '').length > 200)!;
    p.scrollIntoView({ block: 'center' });
    const text = p.firstChild as Text;
    const charRect = (i: number) => {
      const r = document.createRange();
      r.setStart(text, i);
      r.setEnd(text, i + 1);
      return r.getBoundingClientRect();
    };
    const top = charRect(0).top;
    let last = 0;
    while (last + 1 < text.data.length && Math.abs(charRect(last + 1).top - top) < 2) last++;
    const end = charRect(last);
    const from = charRect(last - 3);
    return { x1: end.right - 1, x2: from.left + 1, y: end.top + end.height / 2, expected: text.data.slice(last - 3, last + 1) };
  }, selector);
  await page.mouse.move(at.x1, at.y);
  await page.mouse.down();
  await page.mouse.move((at.x1 + at.x2) / 2, at.y, { steps: 3 });
  await page.mouse.move(at.x2, at.y, { steps: 3 });
  await page.mouse.up();
  const selected = await page.evaluate(() => window.getSelection()?.toString() ?? '');
  return { selected, expected: at.expected, x: at.x1 };
}

describe('the panel beside the text', () => {
  it('at 1366×768 no line of the article lies under the open panel, and the line ends stay selectable', async () => {
    const page = await openAt('seed-p.html', 1366, 768);
    const sel = ARTICLE['seed-p.html']!;
    const before = await articleBox(page, sel);
    const panel = await openPanel(page);
    expect(await panel.attr('[data-panel]', 'data-dock')).toBe('docked');
    const box = (await panel.box('[data-panel]'))!;
    expect(box.width).toBe(360);
    const article = await articleRight(page, sel);
    expect(article.paragraphs).toBeGreaterThan(300);
    expect(article.lines).toBeGreaterThan(article.paragraphs);
    expect(article.right).toBeLessThanOrEqual(box.x + 0.5);
    // The article used to run under the panel's 360 px: its lines now end where the panel begins, not 360 px short of it.
    expect(article.right).toBeGreaterThan(box.x - 60);

    const { selected, expected, x } = await selectLineEnd(page, sel);
    expect(x).toBeGreaterThan(box.x - 60);
    expect(selected).toBe(expected);
    await shoot(page, 'seed-1366-open.png');

    // Closing gives the page back exactly its layout.
    await page.evaluate(() => window.getSelection()?.removeAllRanges());
    await panel.click('[data-panel-close]');
    await panel.waitFor('[data-panel-tab]');
    expect(await articleBox(page, sel)).toEqual(before);
    await page.close();
  });

  it('at 200% zoom of 1366×768 (683×384 CSS px) the panel still docks beside the text and shows many outline rows', async () => {
    const page = await openAt('seed-p.html', 683, 384);
    const sel = ARTICLE['seed-p.html']!;
    const before = await articleBox(page, sel);
    const panel = await openPanel(page);
    expect(await panel.attr('[data-panel]', 'data-dock')).toBe('docked');
    const box = (await panel.box('[data-panel]'))!;
    expect(box.width).toBeGreaterThanOrEqual(260);
    const article = await articleRight(page, sel);
    expect(article.lines).toBeGreaterThan(article.paragraphs);
    expect(article.right).toBeLessThanOrEqual(box.x + 0.5);
    // The article keeps at least 400 CSS px.
    expect(box.x).toBeGreaterThanOrEqual(400);
    const rows = await panel.evaluateAll<number>('.tree', `(trees) => {
      const tree = trees.find((t) => !t.hidden);
      const view = tree.getBoundingClientRect();
      return [...tree.querySelectorAll('.row')].filter((r) => { const b = r.getBoundingClientRect(); return b.top >= view.top - 1 && b.bottom <= view.bottom + 1; }).length;
    }`);
    await shoot(page, 'seed-200pct-open.png');
    expect(rows).toBeGreaterThanOrEqual(6);
    const { selected, expected } = await selectLineEnd(page, sel);
    expect(selected).toBe(expected);
    await page.evaluate(() => window.getSelection()?.removeAllRanges());
    await shoot(page, 'seed-200pct-open.png');

    await panel.click('[data-panel-close]');
    await panel.waitFor('[data-panel-tab]');
    expect(await articleBox(page, sel)).toEqual(before);
    await page.close();
  });

  it('at short window heights (1366×400, 683×384) every button of the panel’s toolbar is in sight and answers the mouse', async () => {
    for (const [width, height] of [[1366, 400], [683, 384]] as const) {
      const page = await openAt('seed-p.html', width, height);
      const panel = await openPanel(page);
      expect(await panel.attr('[data-panel]', 'data-dock')).toBe('docked');
      // Each button's middle is inside the panel and the window, and hit-testing there finds the button
      // itself (not a sideways-scrolled row that hides it, nor the panel's edge).
      const buttons = await panel.evaluateAll<Array<{ label: string; inPanel: boolean; hit: boolean }>>('.toolbar button', `(buttons) => buttons.map((b) => {
        const r = b.getBoundingClientRect();
        const p = b.closest('[data-panel]').getBoundingClientRect();
        const x = r.left + r.width / 2;
        const y = r.top + r.height / 2;
        const inPanel = r.left >= p.left && r.right <= p.right + 0.5 && r.top >= p.top && r.bottom <= p.bottom && r.right <= innerWidth + 0.5;
        const found = b.getRootNode().elementFromPoint(x, y);
        return { label: b.getAttribute('aria-label'), inPanel, hit: found !== null && b.contains(found) };
      })`);
      expect(buttons.length).toBe(6);
      expect(buttons.filter((b) => !b.inPanel || !b.hit).map((b) => b.label), `${width}×${height}`).toEqual([]);
      // The row no longer scrolls sideways: nothing of it lies beyond its own width.
      expect(await panel.evaluateAll<boolean>('.toolbar', '(bars) => bars[0].scrollWidth <= bars[0].clientWidth')).toBe(true);
      // The real mouse still works the wrapped row: 只看一级 turns on.
      await panel.click('[data-switch="level-one"]');
      await expect.poll(() => panel.attr('[data-switch="level-one"]', 'aria-checked')).toBe('true');
      await shoot(page, `seed-${width}x${height}-toolbar.png`);
      await page.close();
    }
  });

  it('on a page laid out in 100vw (full-bleed header and container) those boxes end at the docked panel too, and get the window back on close', async () => {
    const page = await openAt('single-speech.html', 1366, 768);
    // The site's stylesheet, laid out in viewport widths: a full-bleed header, a 100vw container
    // (the article centred inside it), a nav of calc(100vw - 32px) in a media query.
    await page.addStyleTag({ content: FULL_WIDTH_CSS });
    const measure = () =>
      page.evaluate(() => {
        const right = (sel: string) => document.querySelector(sel)!.getBoundingClientRect().right;
        return { header: right('.gov-header'), container: right('.container'), nav: right('.main-nav'), scrollWidth: document.documentElement.scrollWidth };
      });
    const before = await measure();
    expect(before.header).toBe(1366);
    expect(before.container).toBe(1366);
    const panel = await openPanel(page);
    expect(await panel.attr('[data-panel]', 'data-dock')).toBe('docked');
    const box = (await panel.box('[data-panel]'))!;
    const docked = await measure();
    expect(docked.header).toBeLessThanOrEqual(box.x + 0.5);
    expect(docked.container).toBeLessThanOrEqual(box.x + 0.5);
    expect(docked.nav).toBeLessThanOrEqual(box.x + 0.5);
    // Nothing runs on under the panel, so the page has no sideways scroll.
    expect(docked.scrollWidth).toBeLessThanOrEqual(1366);
    expect((await articleRight(page, '#zoom p')).right).toBeLessThanOrEqual(box.x + 0.5);
    await shoot(page, 'full-width-docked.png');
    await panel.click('[data-panel-close]');
    await panel.waitFor('[data-panel-tab]');
    expect(await measure()).toEqual(before);
    await page.close();
  });

  it('resizes by dragging the panel’s edge or with ←/→ on it, and the width survives a reload', async () => {
    const page = await openAt('seed-p.html', 1366, 768);
    const sel = ARTICLE['seed-p.html']!;
    let panel = await openPanel(page);
    const handle = (await panel.box('[data-panel-resize]'))!;
    const x = handle.x + handle.width / 2;
    const y = handle.y + 200;
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x - 50, y, { steps: 4 });
    await page.mouse.move(x - 100, y, { steps: 4 });
    await page.mouse.up();
    await expect.poll(async () => (await panel.box('[data-panel]'))!.width).toBe(460);
    const box = (await panel.box('[data-panel]'))!;
    expect((await articleRight(page, sel)).right).toBeLessThanOrEqual(box.x + 0.5);

    // Never past half the window.
    await page.mouse.move(box.x + 1, y);
    await page.mouse.down();
    await page.mouse.move(100, y, { steps: 6 });
    await page.mouse.up();
    await expect.poll(async () => (await panel.box('[data-panel]'))!.width).toBe(683);

    // The keyboard: the handle takes focus, ← widens, → narrows.
    const focusHandle = async () => {
      const b = (await panel.box('[data-panel-resize]'))!;
      // A click without moving is a drag of zero: it focuses the handle and keeps the width.
      await page.mouse.click(b.x + b.width / 2, b.y + 300);
    };
    await focusHandle();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await panel.box('[data-panel]'))!.width).toBe(683 - 32);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(async () => (await panel.box('[data-panel]'))!.width).toBe(683 - 16);

    // The panel was left open: it opens again after a reload, at the reader's width.
    await page.reload({ waitUntil: 'load' });
    panel = hostUi(page, 'panel');
    await panel.waitFor('[data-panel]', { timeout: 30_000 });
    await expect.poll(async () => (await panel.box('[data-panel]'))!.width).toBe(683 - 16);
    // Not in any storage the page can read.
    expect(await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }))).toBe('{}{}');
    await page.close();
  });

  it('on a window too narrow to dock collapses to a strip the page makes room for, and opens over the page only when asked', async () => {
    const page = await openAt('seed-p.html', 600, 700);
    const sel = ARTICLE['seed-p.html']!;
    const panel = await openPanel(page, '[data-panel-strip]');
    expect(await panel.count('[data-panel]')).toBe(0);
    const strip = (await panel.box('[data-panel-strip]'))!;
    expect(strip.width).toBe(36);
    expect((await articleRight(page, sel)).right).toBeLessThanOrEqual(strip.x + 0.5);
    expect((await panel.text('[data-panel-strip]'))!.startsWith('提纲')).toBe(true);
    await shoot(page, 'seed-600-strip.png');

    // The reader asks for it: the panel covers the page, whole width, and × takes it back to the strip.
    await panel.click('[data-panel-strip] button');
    await panel.waitFor('[data-panel][data-dock="overlay"]');
    expect((await panel.box('[data-panel]'))!.width).toBe(600);
    await panel.click('[data-panel-close]');
    await panel.waitFor('[data-panel-strip]');
    await page.close();
  });

  it('keeps 本页笔记 in a 笔记 tab with its count, so the outline has the panel’s whole height', async () => {
    const page = await openAt('seed-p.html', 683, 384);
    const panel = await openPanel(page);
    expect(await panel.text('[data-notes-tab-count]')).toBe('0');
    const treeBefore = await panel.evaluateAll<number>('.tree', '(els) => els.find((t) => !t.hidden).clientHeight');
    // A highlight made at the end of a line right beside the panel.
    const { selected, expected } = await selectLineEnd(page, ARTICLE['seed-p.html']!);
    expect(selected).toBe(expected);
    await hostUi(page, 'notes').click('[data-color="yellow"]');
    await expect.poll(() => panel.text('[data-notes-tab-count]'), { timeout: 15_000 }).toBe('1');
    // The outline's room does not shrink for the note.
    expect(await panel.evaluateAll<number>('.tree', '(els) => els.find((t) => !t.hidden).clientHeight')).toBe(treeBefore);
    expect(await panel.count('[data-notes-section]')).toBe(0);
    await panel.click('[data-view="notes"]');
    await panel.waitFor('[data-notes-section][data-notes-count="1"]');
    const list = await noteFrame(page, 'notes');
    await expect.poll(() => list.locator('[data-note-id]').count()).toBe(1);
    await shoot(page, 'seed-200pct-notes-tab.png');
    await page.close();
  });

  it('keeps the dark theme on a dark page, docked and as a strip', async () => {
    const sel = ARTICLE['dark-speech.html']!;
    for (const [width, height, name] of [[1366, 768, 'dark-1366-open.png'], [683, 384, 'dark-200pct-open.png']] as const) {
      const page = await openAt('dark-speech.html', width, height);
      const panel = await openPanel(page);
      expect(await panel.count('.reading.theme-dark [data-panel]')).toBe(1);
      const box = (await panel.box('[data-panel]'))!;
      expect((await articleRight(page, sel)).right).toBeLessThanOrEqual(box.x + 0.5);
      await shoot(page, name);
      await page.close();
    }
    const page = await openAt('dark-speech.html', 560, 700);
    const panel = await openPanel(page, '[data-panel-strip]');
    expect(await panel.count('.reading.theme-dark [data-panel-strip]')).toBe(1);
    await shoot(page, 'dark-560-strip.png');
    await page.close();
  });
});
