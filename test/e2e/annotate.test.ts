/**
 * Annotating in real Chromium with the demo build: select with the mouse or
 * the keyboard, highlight from the toolbar, write a note, edit and delete by
 * clicking a highlight (with undo), restore on reload, re-anchor on an edited
 * page (or list as 未定位 and re-attach), reveal from the popup, two tabs at
 * once — and the page's own DOM and storage untouched. The article is served
 * at one address whose HTML the test switches between seed-p.html and its
 * edited version. (The README's picture of it is made by scripts/screenshots.ts.)
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Annotation } from '../../core/annotation-types.ts';
import { editSeedPage } from '../annotate/edit-seed-page.ts';
import { launchWithExtension, tabIdForUrl, type ExtensionBrowser } from './support/chromium.ts';
import { selectByKeyboard } from './support/select-text.ts';
import { domWithoutHosts, hostUi, noteFrame } from './support/closed-ui.ts';
import { annotationsIn } from './support/extension-db.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const EXTENSION_DIR = resolve(ROOT, '.output/chrome-mv3-demo');
const SEED = readFileSync(resolve(ROOT, 'test/fixtures/seed-p.html'), 'utf8');
const PANEL_HOST = '[data-speech-outline="panel"]';
const NOTES_HOST = '[data-speech-outline="notes"]';
const WATERMARK = 'fanwenwang';

let browser: ExtensionBrowser;
let server: Server;
let baseUrl = '';
/** The article's address in the current group of tests (each group annotates a page of its own). */
let articleUrl = '';
/** What /article.html serves right now. */
let served = SEED;

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url?.startsWith('/article.html')) res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(served);
    else res.writeHead(404).end();
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', () => ok()));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/article.html`;
  browser = await launchWithExtension(EXTENSION_DIR);
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseUrl).origin });
});

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((ok) => (server ? server.close(() => ok()) : ok()));
});

/** The annotations the extension's database holds for the article (read in the service worker). */
async function stored(): Promise<Annotation[]> {
  return (await annotationsIn(browser.serviceWorker)).filter((a) => a.url === articleUrl);
}

async function openArticle(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  page.on('pageerror', (e) => {
    throw e;
  });
  await page.goto(articleUrl, { waitUntil: 'load' });
  await page.locator(`${PANEL_HOST}[data-highlighted]`).waitFor({ state: 'attached', timeout: 15_000 });
  return page;
}

/** Waits until the annotator listed and placed `count` annotations (nothing still being searched). */
async function waitForNotes(page: Page, count: number): Promise<Record<string, string>> {
  await page.locator(`${NOTES_HOST}[data-loaded="true"][data-notes="${count}"][data-pending="0"]`).waitFor({ state: 'attached', timeout: 15_000 });
  return page.evaluate((host) => {
    const { speechOutline: _kind, ...data } = (document.querySelector(host) as HTMLElement).dataset;
    return data as Record<string, string>;
  }, NOTES_HOST);
}

/** Every painted annotation highlight as `name text`, in document order (read in the page's main world). */
function painted(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const rows: Array<{ name: string; range: Range }> = [];
    for (const [name, h] of (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights) {
      if (name.startsWith('speech-note-')) for (const range of h) rows.push({ name, range });
    }
    rows.sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range) || a.name.localeCompare(b.name));
    return rows.map((r) => `${r.name} ${r.range.toString()}`);
  });
}


/** Drags the mouse over the first `chars` characters of the paragraph starting with `paragraph`. */
async function selectWithMouse(page: Page, paragraph: string, chars: number): Promise<string> {
  const box = await page.evaluate(({ paragraph, chars }) => {
    const p = [...document.querySelectorAll('p')].find((el) => el.textContent!.startsWith(paragraph))!;
    p.scrollIntoView({ block: 'center' });
    const text = p.firstChild as Text;
    const first = document.createRange();
    first.setStart(text, 0);
    first.setEnd(text, 1);
    const last = document.createRange();
    last.setStart(text, chars - 1);
    last.setEnd(text, chars);
    const a = first.getBoundingClientRect();
    const b = last.getBoundingClientRect();
    return { x0: a.left + 1, y0: a.top + a.height / 2, x1: b.right - 1, y1: b.top + b.height / 2 };
  }, { paragraph, chars });
  await page.mouse.move(box.x0, box.y0);
  await page.mouse.down();
  await page.mouse.move((box.x0 + box.x1) / 2, box.y1, { steps: 4 });
  await page.mouse.move(box.x1, box.y1, { steps: 4 });
  await page.mouse.up();
  await hostUi(page, 'notes').waitFor('[data-annotate-toolbar]');
  return page.evaluate(() => document.getSelection()!.toString());
}

/** Opens the outline panel (it may be open already: the panel remembers), then its 笔记 tab, and waits for the notes section. */
async function openPanel(page: Page): Promise<void> {
  const panel = hostUi(page, 'panel');
  await panel.waitFor('[data-panel-tab], [data-panel]');
  if (await panel.count('[data-panel-tab]')) await panel.click('[data-panel-tab]');
  await panel.waitFor('[data-view="notes"]');
  if ((await panel.attr('[data-view="notes"]', 'aria-selected')) !== 'true') await panel.click('[data-view="notes"]');
  await panel.waitFor('[data-notes-section]');
}

/** Writes a note in the editor frame as the reader does (click, type) and saves it. */
async function typeInEditor(page: Page, note: string, tags: string | null): Promise<void> {
  const frame = await noteFrame(page, 'editor');
  await frame.locator('textarea').click();
  await page.keyboard.type(note);
  if (tags !== null) {
    await frame.locator('input[name="tags"]').fill(tags);
  }
  await frame.locator('[data-action="save"]').click();
}

/** Clicks the middle of the first box of the painted highlight whose text starts with `text`. */
async function clickHighlight(page: Page, text: string): Promise<void> {
  const at = await page.evaluate((text) => {
    for (const [name, h] of (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights) {
      if (!name.startsWith('speech-note-') || name === 'speech-note-underline') continue;
      for (const range of h) {
        if (!range.toString().startsWith(text)) continue;
        (range.startContainer.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
        const r = range.getClientRects()[0]!;
        return { x: r.left + Math.min(r.width / 2, 30), y: r.top + r.height / 2 };
      }
    }
    throw new Error(`no highlight ${text}`);
  }, text);
  await page.mouse.click(at.x, at.y);
}

describe('annotating a page', () => {
  beforeAll(() => {
    articleUrl = `${baseUrl}?case=annotate`;
  });

  it('highlights a mouse selection in yellow, keeps the page DOM as it was, and restores the highlight after reload', async () => {
    const page = await openArticle();
    const before = await domWithoutHosts(page);
    const selected = await selectWithMouse(page, '第四,枢纽是定位。', 18);
    expect(selected).toBe('第四,枢纽是定位。我们的整个权力构架');
    await hostUi(page, 'notes').click('[data-color="yellow"]');
    await expect.poll(() => painted(page)).toEqual([`speech-note-yellow ${selected}`]);

    const [record] = await stored();
    expect(record).toMatchObject({ kind: 'highlight', color: 'yellow', quote: selected, note: '' });
    expect(record!.context?.path.length).toBeGreaterThan(0);
    expect(record!.context?.pointTitle).toContain('枢纽是定位');
    expect(await domWithoutHosts(page)).toBe(before);

    await page.reload({ waitUntil: 'load' });
    expect(await waitForNotes(page, 1)).toMatchObject({ placed: '1', orphans: '0', painted: '1' });
    expect(await painted(page)).toEqual([`speech-note-yellow ${selected}`]);
    expect(await domWithoutHosts(page)).toBe(before);
    await page.close();
  });

  it('writes a note on a keyboard selection across a hidden watermark; copy gives the clean text', async () => {
    const page = await openArticle();
    await waitForNotes(page, 1);
    const raw = await selectByKeyboard(page, '一要重视。', '一要重视', '特别是党委主要领导');
    expect(raw).toContain(WATERMARK); // the DOM selection holds the hidden watermark…
    // …the toolbar took focus (a keyboard user goes on from there).
    const notes = hostUi(page, 'notes');
    expect(await notes.hasFocus()).toBe(true);
    await notes.click('[data-action="copy"]');
    await expect.poll(() => notes.attr('[data-action="copy"]', 'data-copy-status')).toBe('copied');
    const clean = '一要重视。各级党委领导特别是党委主要领导';
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(clean);

    await notes.click('[data-action="note"]');
    await notes.waitFor('[data-annotate-editor-frame="new"]');
    await typeInEditor(page, '重视是前提：开头可以引用。', '党建 办公室');
    await expect.poll(async () => (await stored()).length).toBe(2);
    // Saved: the editor's frame is gone.
    await notes.waitFor('[data-annotate-editor-frame]', { gone: true });
    const note = (await stored()).find((a) => a.kind === 'note')!;
    expect(note).toMatchObject({ quote: clean, note: '重视是前提：开头可以引用。', tags: ['党建', '办公室'], color: 'yellow' });
    await expect.poll(() => painted(page)).toContain(`speech-note-underline ${raw}`);
    await page.close();
  });

  it('edits a clicked highlight (colour, tags), deletes it and brings it back with 撤销', async () => {
    const page = await openArticle();
    await waitForNotes(page, 2);
    await clickHighlight(page, '第四,枢纽是定位');
    const notes = hostUi(page, 'notes');
    await notes.waitFor('[data-annotate-editor-frame="edit"]');
    let editor = await noteFrame(page, 'editor');
    await editor.locator('input[value="green"]').check();
    await editor.locator('input[name="tags"]').fill('定位，枢纽');
    await editor.locator('[data-action="save"]').click();
    await expect.poll(() => painted(page)).toContain('speech-note-green 第四,枢纽是定位。我们的整个权力构架');
    const edited = (await stored()).find((a) => a.quote.startsWith('第四'))!;
    expect(edited).toMatchObject({ color: 'green', tags: ['定位', '枢纽'] });

    await notes.waitFor('[data-annotate-editor-frame]', { gone: true });
    await clickHighlight(page, '第四,枢纽是定位');
    await notes.waitFor('[data-annotate-editor-frame="edit"]');
    editor = await noteFrame(page, 'editor');
    await editor.locator('[data-action="delete"]').click();
    await notes.waitFor('[data-annotate-notice]');
    expect(await notes.text('[data-annotate-notice]')).toBe('已删除 · 撤销');
    await expect.poll(async () => (await stored()).length).toBe(1);
    await expect.poll(() => painted(page)).not.toContain('speech-note-green 第四,枢纽是定位。我们的整个权力构架');
    await notes.click('[data-annotate-notice] [data-action="undo"]');
    await expect.poll(async () => (await stored()).map((a) => a.id)).toContain(edited.id);
    const restored = (await stored()).find((a) => a.id === edited.id)!;
    expect(restored).toMatchObject({ color: 'green', tags: ['定位', '枢纽'], createdAt: edited.createdAt });
    await expect.poll(() => painted(page)).toContain('speech-note-green 第四,枢纽是定位。我们的整个权力构架');
    await page.close();
  });
});

describe('coming back to a changed page', () => {
  beforeAll(() => {
    articleUrl = `${baseUrl}?case=edited`;
    served = SEED;
  });
  afterAll(() => {
    served = SEED;
  });

  it('re-anchors what it can, lists the rest as 未定位 (none lost), and re-attaches one to new text', async () => {
    const page = await openArticle();
    const make = async (paragraph: string, from: string, to: string, button: string) => {
      await selectByKeyboard(page, paragraph, from, to);
      const count = (await stored()).length;
      await hostUi(page, 'notes').click(button);
      await expect.poll(async () => (await stored()).length).toBe(count + 1);
    };
    await make('第四,枢纽是定位。', '我们的整个权力构架', '有人大权力机关', '[data-color="yellow"]');
    await make('二要理论武装。', '理论武装与理论学习不同', '能写能讲', '[data-color="blue"]');
    await make('六要以身作则。', '党委办公厅(室)系统的形象', '直接影响着党委的形象', '[data-action="golden"]');
    await make('三要理解。', '是很不容易的', '领导要多理解', '[data-color="pink"]');
    const saved = await stored();
    expect(saved).toHaveLength(4);
    await page.close();

    served = editSeedPage(SEED);
    const again = await openArticle();
    const data = await waitForNotes(again, 4);
    expect(data).toMatchObject({ notes: '4', placed: '3', orphans: '1' });
    const texts = await painted(again);
    expect(texts).toContain('speech-note-yellow 我们的整个权力构架,有党委领导,有人大权力机关');
    // The 金句 keeps its own mark (speech-note-golden), not its stored yellow.
    expect(texts).toContain('speech-note-golden 党委办公厅(室)系统的形象,直接影响着党委的形象');
    expect(texts.some((t) => t.startsWith('speech-note-blue ') && t.includes('能写会讲'))).toBe(true);

    // The panel's notes section lists every stored annotation: three under their points, one 未定位.
    await openPanel(again);
    const panel = hostUi(again, 'panel');
    expect(Number(await panel.attr('[data-notes-section]', 'data-notes-count'))).toBe((await stored()).length);
    // The list is drawn in the notes frame (an extension page), not in the panel's DOM.
    expect(await panel.count('[data-note-id]')).toBe(0);
    const list = await noteFrame(again, 'notes');
    await expect.poll(() => list.locator('[data-note-id]').count()).toBe(4);
    const unplaced = list.locator('[data-note-group="unplaced"]');
    expect(await unplaced.locator('[data-note-id]').count()).toBe(1);

    // Re-attach: select the new place, press 重新定位到所选文字.
    await selectByKeyboard(again, '二要严格。', '总的一个指导思想', '是要严格');
    await unplaced.locator('[data-action="reattach"]').click();
    await expect.poll(async () => (await waitForNotes(again, 4)).orphans).toBe('0');
    const moved = (await stored()).find((a) => a.color === 'pink')!;
    expect(moved.quote).toBe('总的一个指导思想是要严格');
    expect(await painted(again)).toContain('speech-note-pink 总的一个指导思想是要严格');
    await again.close();
  });
});

describe('from outside the page', () => {
  beforeAll(() => {
    articleUrl = `${baseUrl}?case=outside`;
    served = SEED;
  });

  it('keeps every annotation when two tabs of the same page annotate at once', async () => {
    const [a, b] = await Promise.all([openArticle(), openArticle()]);
    await selectByKeyboard(a, '第二,宗旨是本质。', '坚持立党为公', '执政为民');
    await selectByKeyboard(b, '第六,责任是关键。', '做好任何一项工作', '责任是最关键的');
    await Promise.all([hostUi(a, 'notes').click('[data-color="purple"]'), hostUi(b, 'notes').click('[data-color="blue"]')]);
    await expect.poll(async () => (await stored()).length).toBe(2);
    await a.reload({ waitUntil: 'load' });
    await waitForNotes(a, 2);
    expect((await painted(a)).map((t) => t.split(' ')[0])).toEqual(['speech-note-purple', 'speech-note-blue']);
    await Promise.all([a.close(), b.close()]);
  });

  it('scrolls to an annotation the popup reveals, and flashes it', async () => {
    const page = await openArticle();
    await waitForNotes(page, 2);
    await page.evaluate(() => window.scrollTo(0, 0));
    const target = (await stored()).find((n) => n.quote.startsWith('做好任何'))!;
    const tabId = await tabIdForUrl(browser.serviceWorker, articleUrl);
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?view=notes`);
    const reply = await popup.evaluate(({ tabId, id }) => (globalThis as unknown as { chrome: { tabs: { sendMessage(t: number, m: unknown): Promise<unknown> } } }).chrome.tabs.sendMessage(tabId, { type: 'annotation/reveal', data: { id } }), { tabId, id: target.id });
    expect(reply).toEqual({ ok: true, value: true });
    const flash = await page.evaluate(() => {
      const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('speech-note-flash');
      const range = h ? [...h][0] : undefined;
      if (!range) return null;
      const r = range.getBoundingClientRect();
      return { text: range.toString(), inView: r.top >= 0 && r.bottom <= window.innerHeight, scrolled: window.scrollY };
    });
    expect(flash).toMatchObject({ text: target.quote, inView: true });
    expect(flash!.scrolled).toBeGreaterThan(0);
    await popup.close();
    await page.close();
  });

  it('leaves nothing of ours for a page script to find but the highlight names', async () => {
    const page = await openArticle();
    await waitForNotes(page, 2);
    const seen = await page.evaluate(async () => ({
      databases: (await indexedDB.databases()).map((d) => d.name),
      highlights: [...(CSS as unknown as { highlights: Map<string, unknown> }).highlights.keys()],
      local: Object.keys(localStorage),
    }));
    expect(seen.databases).toEqual([]);
    expect(seen.local).toEqual([]);
    expect(seen.highlights.every((n) => /^speech-/.test(n))).toBe(true);
    await page.close();
  });
});
