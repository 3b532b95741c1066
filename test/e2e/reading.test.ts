/**
 * The reading view in real Chromium with the demo build: highlights registered
 * for exactly the outline's points (checked in the page's main world, which
 * sees the content script's CSS.highlights registry), the panel, the keys,
 * pages that change after load, non-speech pages left alone, and the page's DOM
 * outside the extension's one host element left byte-identical.
 */
import { resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { outlineFromHtml, readInputText } from '../../cli/read-input.ts';
import { buildOutlineMarkdown } from '../../core/format-markdown.ts';
import { buildOutlineText } from '../../core/format-text.ts';
import { checkNumbering, countPoints, walkPoints, type OutlineDocument } from '../../core/index.ts';
import { LOG_PREFIX } from '../../entrypoints/content/log.ts';
import { CHROMIUM_PATH, badgeText, launchWithExtension, sleep, tabIdForUrl, waitForBadge, type ExtensionBrowser } from './support/chromium.ts';
import { expectedOutline } from './support/engine-in-node.ts';
import { startStaticServer, type StaticServer } from './support/static-server.ts';
import { hostUi } from './support/closed-ui.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const EXTENSION_DIR = resolve(ROOT, '.output/chrome-mv3-demo');
const FIXTURES = resolve(ROOT, 'test/fixtures');
const HOST = '[data-speech-outline="panel"]';
const QUIET_MS = 2_000;

let server: StaticServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  server = await startStaticServer(FIXTURES);
  browser = await launchWithExtension(EXTENSION_DIR);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

beforeEach(async () => {
  // Every test starts from the default settings (highlights on, panel closed).
  await browser.serviceWorker.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { clear(): Promise<void> } } } }).chrome.storage.local.clear());
});

/** Opens a fixture at 1280×900 and collects what the extension (not the page) logs or throws. */
async function openFixture(name: string) {
  const url = server.baseUrl + name;
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  const problems: string[] = [];
  page.on('console', (m) => {
    const from = m.location().url ?? '';
    if (m.text().includes(LOG_PREFIX) || (m.type() === 'error' && from.startsWith('chrome-extension://'))) problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(String(e)));
  await page.goto(url, { waitUntil: 'load' });
  const tabId = await tabIdForUrl(browser.serviceWorker, url);
  return { page, url, tabId, problems };
}

/** Waits for the host to report painted highlights and returns its data-* attributes. */
async function waitForHost(page: Page, points?: number): Promise<Record<string, string>> {
  const selector = points === undefined ? `${HOST}[data-highlighted]` : `${HOST}[data-points="${points}"][data-highlighted]`;
  await page.locator(selector).waitFor({ state: 'attached', timeout: 15_000 });
  return hostData(page);
}

async function hostData(page: Page): Promise<Record<string, string>> {
  return page.evaluate((tag) => ({ ...(document.querySelector(tag) as HTMLElement | null)?.dataset }) as Record<string, string>, HOST);
}

/** Every point as `marker+title` with its highlight name (speech-m<depth>), depth first. */
function expectedHighlights(outline: OutlineDocument): string[] {
  const rows: string[] = [];
  for (const s of outline.sections) walkPoints(s.points, (p) => rows.push(`speech-m${Math.min(p.depth, 4)} ${(p.marker + p.title).replace(/\s+/g, '')}`));
  return rows;
}

/**
 * Reads CSS.highlights in the page's main world: every registered range in
 * document order, each marker joined with the title range that follows it.
 */
function paintedHighlights(page: Page): Promise<{ rows: string[]; ranges: number; names: string[] }> {
  return page.evaluate(() => {
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    const all: Array<{ name: string; range: Range }> = [];
    for (const [name, highlight] of registry) for (const range of highlight) all.push({ name, range });
    all.sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
    const rows: string[] = [];
    for (let i = 0; i < all.length; i++) {
      const { name, range } = all[i]!;
      if (!name.startsWith('speech-m')) continue;
      const next = all[i + 1];
      const title = next && next.name.startsWith('speech-d') ? next.range.toString() : '';
      rows.push(`${name} ${(range.toString() + title).replace(/\s+/g, '')}`);
    }
    return { rows, ranges: all.length, names: [...registry.keys()] };
  });
}

/** The page's DOM as HTML with the extension's host element taken out (of a copy). */
function domWithoutHost(page: Page): Promise<string> {
  return page.evaluate((tag) => {
    const copy = document.documentElement.cloneNode(true) as HTMLElement;
    copy.querySelectorAll(tag).forEach((el) => el.remove());
    return copy.outerHTML;
  }, HOST);
}

/** The url of the outline the background keeps for a tab, or null when it keeps none. */
function storedOutlineUrl(tabId: number): Promise<string | null> {
  return browser.serviceWorker.evaluate(async (id) => {
    const key = `outline:${id}`;
    const chrome = (globalThis as unknown as { chrome: { storage: { session: { get(k: string): Promise<Record<string, { outline: { url: string } }>> } } } }).chrome;
    return (await chrome.storage.session.get(key))[key]?.outline.url ?? null;
  }, tabId);
}

/** Whether the flash highlight's range is fully inside the viewport. */
function flashInView(page: Page): Promise<{ text: string; inView: boolean } | null> {
  return page.evaluate(() => {
    const flash = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('speech-flash');
    const range = flash ? [...flash][0] : undefined;
    if (!range) return null;
    const r = range.getBoundingClientRect();
    return { text: range.toString(), inView: r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0 };
  });
}

describe('highlights on speech pages', () => {
  it.each(['seed-p.html', 'seed-br.html', 'seed-word.html'])('registers exactly the outline’s points of %s, marker and title', async (name) => {
    const { page, url, tabId, problems } = await openFixture(name);
    const expected = await expectedOutline(resolve(FIXTURES, name), url);
    const count = countPoints(expected.outline);
    const data = await waitForHost(page, count);
    expect(data).toMatchObject({ points: String(count), highlighted: String(count), painter: 'css-highlights', sections: String(expected.outline.sections.length) });

    const painted = await paintedHighlights(page);
    expect(painted.rows).toEqual(expectedHighlights(expected.outline));
    expect(painted.names.every((n) => /^speech-[md][1-4]$/.test(n))).toBe(true);
    // Inline points (…。二是…) are painted like paragraph-level ones.
    expect(expected.outline.sections.some((s) => s.points.some((p) => p.children.some((c) => c.inline)))).toBe(true);
    expect(await waitForBadge(browser.serviceWorker, tabId)).toBe(String(count));
    // The only trace outside the host: one constructed stylesheet, which is not DOM.
    expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(1);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('switches all highlights off and on with Alt+H and remembers the choice', async () => {
    const { page, problems } = await openFixture('seed-word.html');
    const { points } = await waitForHost(page);
    await page.keyboard.press('Alt+H');
    await expect.poll(() => hostData(page).then((d) => d.highlighted)).toBe('0');
    expect((await paintedHighlights(page)).ranges).toBe(0);

    await page.reload({ waitUntil: 'load' });
    await expect.poll(() => hostData(page).then((d) => d.highlighted)).toBe('0');
    await page.keyboard.press('Alt+H');
    await expect.poll(() => hostData(page).then((d) => d.highlighted)).toBe(points);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('the outline panel', () => {
  it('opens from the tab, shows the counts, and scrolls the page to a clicked point', async () => {
    const { page, url, problems } = await openFixture('seed-p.html');
    const expected = await expectedOutline(resolve(FIXTURES, 'seed-p.html'), url);
    const count = countPoints(expected.outline);
    await waitForHost(page, count);
    const panel = hostUi(page, 'panel');
    await panel.waitFor('[data-panel-tab]');
    expect(await panel.text('[data-panel-tab]')).toBe(`提纲${count}`);
    await panel.click('[data-panel-tab]');
    await panel.waitFor('[data-panel]');
    expect(await panel.text('[data-counts]')).toBe(`${expected.outline.sections.length} 篇 · ${count} 个要点`);

    // A point far down the page: its title button in the second section.
    await panel.click('.go', { hasText: '党性是根本', index: -1 });
    const flash = await flashInView(page);
    expect(flash).toMatchObject({ inView: true });
    expect(flash!.text.replace(/\s+/g, '')).toContain('党性是根本');
    const current = (await hostData(page)).current;
    expect(await panel.attr(`[data-point-id="${current}"] > .row .go`, 'aria-current')).toBe('location');
    // The flash fades after about a second.
    await expect.poll(() => flashInView(page), { timeout: 3_000 }).toBeNull();

    // Scrolling the page by hand moves the panel's mark along.
    await page.mouse.move(300, 450);
    await page.mouse.wheel(0, 2_500);
    await expect.poll(async () => Number((await hostData(page)).current)).toBeGreaterThan(Number(current));

    // Copy outline as text: the same text the popup's and CLI's plain-text export builds.
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.baseUrl.slice(0, -1) });
    await panel.click('[data-action="copy"]');
    await expect.poll(() => panel.attr('[data-action="copy"]', 'data-copy-status')).toBe('copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(buildOutlineText(expected.outline));

    // 只看一级 leaves the top-level points only; the open state is remembered.
    await panel.click('[data-switch="level-one"]');
    const depths = await panel.evaluateAll<string[]>('[data-point-id]', '(els) => els.map((e) => e.getAttribute("data-depth"))');
    expect(new Set(depths)).toEqual(new Set(['1']));
    await page.reload({ waitUntil: 'load' });
    await hostUi(page, 'panel').waitFor('[data-panel]');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('copies the outline as Markdown, opens the export page for its tab and shows keyword chips', async () => {
    const { page, url, tabId, problems } = await openFixture('seed-p.html');
    const expected = await expectedOutline(resolve(FIXTURES, 'seed-p.html'), url);
    await waitForHost(page, countPoints(expected.outline));
    const panel = hostUi(page, 'panel');
    await panel.click('[data-panel-tab]');
    await panel.waitFor('[data-panel]');

    // Keywords arrive from jieba in the background after the panel opened: up to three per top-level point and per speech.
    await panel.waitFor('[data-point-id] > .row [data-keywords]', { timeout: 30_000 });
    const chips = await panel.evaluateAll<number[]>('[data-keywords]', '(els) => els.map((e) => e.querySelectorAll(".keyword").length)');
    expect(chips.length).toBeGreaterThan(expected.outline.sections.length);
    expect(chips.every((n) => n >= 1 && n <= 3)).toBe(true);
    expect(await panel.count('[data-depth="2"] > .row [data-keywords]')).toBe(0);
    // A speech too short for jieba to rank gets no chips; most get some.
    const sectionChips = await panel.count('.section-head [data-keywords]');
    expect(sectionChips).toBeGreaterThan(expected.outline.sections.length / 2);
    expect(sectionChips).toBeLessThanOrEqual(expected.outline.sections.length);

    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.baseUrl.slice(0, -1) });
    await panel.click('[data-action="copy-markdown"]');
    await expect.poll(() => panel.attr('[data-action="copy-markdown"]', 'data-copy-status')).toBe('copied');
    expect(await panel.attr('[data-action="copy"]', 'data-copy-status')).toBe('idle');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(buildOutlineMarkdown(expected.outline));

    const opened = browser.context.waitForEvent('page');
    await panel.click('[data-action="export"]');
    const exportPage = await opened;
    expect(exportPage.url()).toBe(`chrome-extension://${browser.extensionId}/library.html?export=${tabId}`);
    await exportPage.close();
    expect(problems).toEqual([]);
    await page.close();
  });

  it('steps through points with Alt+J / Alt+K and top-level points with Alt+Shift+J, but not while typing', async () => {
    const { page, url, problems } = await openFixture('seed-p.html');
    const expected = await expectedOutline(resolve(FIXTURES, 'seed-p.html'), url);
    const flat: Array<{ depth: number; label: string }> = [];
    for (const s of expected.outline.sections) walkPoints(s.points, (p) => flat.push({ depth: p.depth, label: (p.marker + p.title).replace(/\s+/g, '') }));
    await waitForHost(page);

    const seen: string[] = [];
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('Alt+J');
      const flash = await flashInView(page);
      expect(flash?.inView).toBe(true);
      seen.push(flash!.text.replace(/\s+/g, ''));
      expect((await hostData(page)).current).toBe(String(i));
    }
    expect(seen).toEqual(flat.slice(0, 3).map((p) => p.label));
    await page.keyboard.press('Alt+K');
    expect((await hostData(page)).current).toBe('1');

    await page.keyboard.press('Alt+Shift+J');
    const nextTop = flat.findIndex((p, i) => i > 1 && p.depth === 1);
    expect((await hostData(page)).current).toBe(String(nextTop));
    expect((await flashInView(page))?.text.replace(/\s+/g, '')).toBe(flat[nextTop]!.label);

    // Typing in the page's search box is typing, not a shortcut.
    await page.locator('input[type="text"]').first().focus();
    await page.keyboard.press('Alt+J');
    await sleep(200);
    expect((await hostData(page)).current).toBe(String(nextTop));

    // Alt+O opens and closes the panel.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Alt+O');
    await hostUi(page, 'panel').waitFor('[data-panel]');
    await page.keyboard.press('Alt+O');
    await hostUi(page, 'panel').waitFor('[data-panel-tab]');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('stays usable at 200% zoom of a small screen (640×450 CSS px): a strip beside the text, the panel over it when asked', async () => {
    const { page } = await openFixture('single-speech.html');
    await page.setViewportSize({ width: 640, height: 450 });
    await waitForHost(page);
    const panel = hostUi(page, 'panel');
    await panel.click('[data-panel-tab]');
    // Too narrow to dock beside 400 px of article: a strip the page makes room for.
    await panel.waitFor('[data-panel-strip]');
    await panel.click('[data-panel-strip] button');
    await panel.waitFor('[data-panel][data-dock="overlay"]');
    await panel.click('.help summary');
    expect(await panel.evaluateAll<number>('.tree', '(els) => els[0].clientHeight')).toBeGreaterThan(80);
    // A jump from over the page goes back to the strip, so the point is in sight.
    await panel.click('.go');
    expect((await flashInView(page))?.inView).toBe(true);
    await panel.waitFor('[data-panel-strip]');
    await page.close();
  });

  it('obeys reading/command messages from the background', async () => {
    const { page, tabId } = await openFixture('seed-word.html');
    await waitForHost(page);
    const send = (command: string) =>
      browser.serviceWorker.evaluate(
        ([id, c]) => (globalThis as unknown as { chrome: { tabs: { sendMessage(id: number, m: unknown): Promise<unknown> } } }).chrome.tabs.sendMessage(id as number, { type: 'reading/command', data: { command: c } }),
        [tabId, command] as const,
      );
    expect(await send('toggle-panel')).toEqual({ ok: true, value: null });
    await hostUi(page, 'panel').waitFor('[data-panel]');
    const before = Number((await hostData(page)).current);
    await send('next-point');
    expect((await hostData(page)).current).toBe(String(before + 1));
    // A command the content script does not know is refused with a reason (the protocol checks it).
    expect(await send('no-such-command')).toEqual({ ok: false, error: 'reading/command: command is not a reading command' });
    await page.close();
  });
});

describe('the panel’s 复制本篇 and 序号检查', () => {
  it('copies speech 2 alone, as Markdown and as plain text, and ignores a page script’s click', async () => {
    const { page, url, problems } = await openFixture('seed-p.html');
    const expected = await expectedOutline(resolve(FIXTURES, 'seed-p.html'), url);
    await waitForHost(page, countPoints(expected.outline));
    const panel = hostUi(page, 'panel');
    await panel.click('[data-panel-tab]');
    await panel.waitFor('[data-panel]');
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.baseUrl.slice(0, -1) });
    const speech2 = expected.outline.sections[1]!;
    const status = () => panel.attr('[data-copy-section="1"]', 'data-copy-status');

    await panel.click('[data-copy-section="1"]');
    await panel.click('[data-section="1"] [data-copy-kind="markdown"]');
    await expect.poll(status).toBe('copied');
    const markdown = await page.evaluate(() => navigator.clipboard.readText());
    expect(markdown.split('\n')[0]).toBe(`# ${speech2.title}`);
    for (const p of speech2.points) expect(markdown).toContain(p.title);
    // Nothing of the other seventeen speeches, and the whole-outline buttons say nothing.
    for (const other of [0, 2, 17]) expect(markdown).not.toContain(expected.outline.sections[other]!.title);
    expect(markdown).not.toContain('党性是根本');
    expect(await panel.attr('[data-action="copy-markdown"]', 'data-copy-status')).toBe('idle');

    await panel.click('[data-copy-section="1"]');
    await panel.click('[data-section="1"] [data-copy-kind="text"]');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).not.toBe(markdown);
    const text = await page.evaluate(() => navigator.clipboard.readText());
    expect(text.split('\n')[0]).toBe(speech2.title);
    expect(text).toContain(`${speech2.points[0]!.marker}${speech2.points[0]!.title}`);
    expect(text).not.toMatch(/^#/m);
    expect(text).not.toContain(expected.outline.sections[0]!.title);

    // A page script cannot even reach the buttons (the root is closed); a made-up click that
    // does reach them (here through CDP, in the page's world, untrusted) copies nothing either.
    expect(await page.evaluate((tag) => document.querySelector(tag)!.shadowRoot === null, HOST)).toBe(true);
    await page.evaluate(() => navigator.clipboard.writeText('page text'));
    await panel.click('[data-copy-section="1"]');
    await panel.evaluateAll('[data-section="0"] [data-copy-section]', '(els) => els[0].click()');
    await panel.evaluateAll('[data-section="1"] [data-copy-kind="markdown"]', '(els) => els[0].click()');
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('page text');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('lists the seed page’s numbering findings, jumps to a marker on click, and says 未发现序号问题 on a clean page', async () => {
    const { page, url, problems } = await openFixture('seed-p.html');
    const expected = await expectedOutline(resolve(FIXTURES, 'seed-p.html'), url);
    const input = await readInputText(resolve(FIXTURES, 'seed-p.html'));
    const inNode = (scheme: 'page' | 'gbt') => checkNumbering(input.blocks, input.outline, { scheme });
    await waitForHost(page, countPoints(expected.outline));
    const panel = hostUi(page, 'panel');
    await panel.click('[data-panel-tab]');
    await panel.click('[data-view="check"]');
    await panel.waitFor('[data-panel-check] .check-count');
    const FINDING = '[data-panel-check] [data-finding]';
    expect(await panel.evaluateAll<string[]>(FINDING, '(els) => els.map((e) => e.getAttribute("data-finding"))')).toEqual(inNode('page').map((f) => f.rule));
    expect(await panel.count(FINDING)).toBeGreaterThan(0);
    const first = inNode('page')[0]!;
    expect(await panel.text(`${FINDING} .finding-marker`)).toBe(first.marker);
    expect(await panel.text(`${FINDING} .finding-place`)).toMatch(/^篇\d+.* · 第 \d+ 段$/);
    expect(await panel.text(`${FINDING} .finding-message`)).toBe(first.message.zh);

    await panel.click(FINDING);
    const flash = await flashInView(page);
    expect(flash).toMatchObject({ inView: true, text: first.marker });

    await panel.click('[data-panel-check] [data-check-scheme="gbt"]');
    await expect.poll(() => panel.count(FINDING)).toBe(inNode('gbt').length);
    expect(inNode('gbt').length).toBeGreaterThan(inNode('page').length);
    expect(problems).toEqual([]);
    await page.close();

    const clean = await openFixture('single-speech.html');
    await waitForHost(clean.page);
    const cleanPanel = hostUi(clean.page, 'panel');
    // The panel stays open from the seed page (the choice is remembered), else it opens from its tab.
    await cleanPanel.waitFor('[data-panel-tab], [data-panel]');
    if ((await cleanPanel.count('[data-panel]')) === 0) await cleanPanel.click('[data-panel-tab]');
    await cleanPanel.click('[data-view="check"]');
    await cleanPanel.waitFor('[data-check-clean]');
    expect(await cleanPanel.text('[data-check-clean]')).toBe('未发现序号问题');
    expect(await cleanPanel.count(FINDING)).toBe(0);
    await clean.page.close();
  });
});

describe('pages that are not speeches', () => {
  it.each(['news-report.html', 'novel-chapter.html'])('%s gets no host element, no highlight and no stylesheet', async (name) => {
    const { page, problems } = await openFixture(name);
    await sleep(QUIET_MS);
    await page.keyboard.press('Alt+O');
    expect(await page.evaluate((tag) => ({
      hosts: document.querySelectorAll(tag).length,
      highlights: (CSS as unknown as { highlights: Map<string, unknown> }).highlights.size,
      sheets: document.adoptedStyleSheets.length,
    }), HOST)).toEqual({ hosts: 0, highlights: 0, sheets: 0 });
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('pages that change after load', () => {
  it('re-outlines mutating.html when the rest of the speech arrives and again after pushState', async () => {
    const { page, tabId, problems } = await openFixture('mutating.html?more=2500&next=5000');
    const html = await import('node:fs/promises').then((fs) => fs.readFile(resolve(FIXTURES, 'mutating.html'), 'utf8'));
    const first = countPoints(await outlineFromHtml(html, null));
    await waitForHost(page, first);
    expect(await waitForBadge(browser.serviceWorker, tabId)).toBe(String(first));

    // The lazily appended paragraphs: the engine in Node, run on the page as it now is, says how many points.
    await page.waitForFunction(() => !document.getElementById('loading'));
    const grown = countPoints(await outlineFromHtml(await domWithoutHost(page), null));
    expect(grown).toBeGreaterThan(first);
    await waitForHost(page, grown);
    await expect.poll(() => badgeText(browser.serviceWorker, tabId)).toBe(String(grown));
    expect((await paintedHighlights(page)).rows).toHaveLength(grown);

    // Single-page navigation to another speech.
    await page.waitForURL(/\?part=2$/);
    await page.waitForFunction(() => document.title.includes('安全生产'));
    const next = await outlineFromHtml(await domWithoutHost(page), null);
    await waitForHost(page, countPoints(next));
    await expect.poll(() => badgeText(browser.serviceWorker, tabId)).toBe(String(countPoints(next)));
    expect((await paintedHighlights(page)).rows).toEqual(expectedHighlights(next));
    expect(await storedOutlineUrl(tabId)).toMatch(/\?part=2$/);
    expect(await page.locator(HOST).count()).toBe(1);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('clears the badge and the stored outline when a single-page navigation leaves the speech', async () => {
    const { page, tabId, problems } = await openFixture('mutating.html?more=300&next=0&leave=2500');
    await page.waitForFunction(() => !document.getElementById('loading'));
    await waitForHost(page);
    expect(await waitForBadge(browser.serviceWorker, tabId)).not.toBe('');

    await page.waitForURL(/\?list=1$/);
    await expect.poll(() => badgeText(browser.serviceWorker, tabId), { timeout: 10_000 }).toBe('');
    expect(await storedOutlineUrl(tabId)).toBeNull();
    // The page itself is left as it is now: no host, no highlights.
    await expect.poll(() => page.locator(HOST).count()).toBe(0);
    expect((await paintedHighlights(page)).ranges).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('non-interference', () => {
  it('leaves the DOM outside its host byte-identical, through highlights, panel, jumps and flashes', async () => {
    const { page, url } = await openFixture('seed-p.html');
    await waitForHost(page);
    const before = await domWithoutHost(page);
    const panel = hostUi(page, 'panel');
    await panel.click('[data-panel-tab]');
    await panel.click('.go', { index: 3 });
    await page.keyboard.press('Alt+J');
    await page.keyboard.press('Alt+H');
    await page.keyboard.press('Alt+H');
    await panel.click('[data-action="copy"]');
    await page.mouse.move(300, 450);
    await page.mouse.wheel(0, 3_000);
    await sleep(300);
    const after = await domWithoutHost(page);
    expect(after).toBe(before);
    expect(await page.locator(HOST).count()).toBe(1);

    // The same page in a browser without the extension.
    const plain = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
    try {
      const other = await plain.newPage();
      await other.goto(url, { waitUntil: 'load' });
      await sleep(500);
      expect(await domWithoutHost(other)).toBe(before);
    } finally {
      await plain.close();
    }
    // Text selection keeps working under the highlights.
    const selected = await page.evaluate(() => {
      const p = [...document.querySelectorAll('p')].find((el) => el.textContent?.includes('党性是根本'))!;
      const range = document.createRange();
      range.selectNodeContents(p);
      const selection = getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return selection.toString().includes('党性是根本');
    });
    expect(selected).toBe(true);
    await page.close();
  });

  it('survives a second injection of the same script: one host, panel open, same highlights', async () => {
    const { page, tabId, problems } = await openFixture('seed-word.html');
    const { points } = await waitForHost(page);
    await browser.serviceWorker.evaluate(async (id) => {
      const chrome = (globalThis as unknown as { chrome: { scripting: { executeScript(o: object): Promise<unknown> } } }).chrome;
      await chrome.scripting.executeScript({ target: { tabId: id }, files: ['/content-scripts/content.js'] });
    }, tabId);
    await hostUi(page, 'panel').waitFor('[data-panel]');
    await expect.poll(() => hostData(page).then((d) => d.highlighted)).toBe(points);
    expect(await page.locator(HOST).count()).toBe(1);
    // One sheet for the highlights and one for the room the page makes beside the open panel: the first copy took both of its own away.
    const sheets = await page.evaluate(() => document.adoptedStyleSheets.map((s) => [...s.cssRules].map((r) => r.cssText).join(' ')));
    expect(sheets).toHaveLength(2);
    expect(sheets.filter((css) => /^html \{ margin-right: \d+px !important; \}$/.test(css))).toHaveLength(1);
    expect(problems).toEqual([]);
    await page.close();
  });
});
