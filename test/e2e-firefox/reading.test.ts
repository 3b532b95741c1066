/**
 * The reading view in Firefox ESR with the Firefox demo build: highlights
 * registered for exactly the outline's points (read through the page's
 * CSS.highlights, which sees the content script's registry), the badge, the
 * panel and its jumps, the keys, and a selection saved as a highlight that is
 * painted again after reload — with nothing thrown in the page or reported from
 * the extension's files (the error watch is itself checked first).
 */
import { resolve } from 'node:path';
import type { KeyInput, Page } from 'puppeteer-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Annotation } from '../../core/annotation-types.ts';
import { countPoints, walkPoints, type OutlineDocument } from '../../core/index.ts';
import { LOG_PREFIX } from '../../entrypoints/content/log.ts';
import { expectedOutline } from '../e2e/support/engine-in-node.ts';
import { startStaticServer, type StaticServer } from '../e2e/support/static-server.ts';
import { hostData as dataOf, hostSelector, hostUi } from './support/closed-ui.ts';
import { launchFirefoxWithExtension, waitUntil, type ExtensionFirefox } from './support/firefox.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const EXTENSION_DIR = resolve(ROOT, '.output/firefox-mv2-demo');
const FIXTURES = resolve(ROOT, 'test/fixtures');

let server: StaticServer;
let firefox: ExtensionFirefox;

beforeAll(async () => {
  server = await startStaticServer(FIXTURES);
  firefox = await launchFirefoxWithExtension(EXTENSION_DIR);
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

beforeEach(async () => {
  // Every test starts from the default settings (highlights on, panel closed).
  await firefox.control.evaluate(() => (globalThis as unknown as { browser: { storage: { local: { clear(): Promise<void> } } } }).browser.storage.local.clear());
  await firefox.pinChinese();
});

/** The panel host's data-* attributes (what the content script reports about the page). */
function hostData(page: Page): Promise<Record<string, string>> {
  return dataOf(page, 'panel');
}

/** Every point as `marker+title` with its highlight name (speech-m<depth>), depth first. */
function expectedHighlights(outline: OutlineDocument): string[] {
  const rows: string[] = [];
  for (const s of outline.sections) walkPoints(s.points, (p) => rows.push(`speech-m${Math.min(p.depth, 4)} ${(p.marker + p.title).replace(/\s+/g, '')}`));
  return rows;
}

/** The registered point highlights in document order, each marker joined with the title range after it. */
function paintedPoints(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const all: Array<{ name: string; range: Range }> = [];
    for (const [name, highlight] of (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights) for (const range of highlight) all.push({ name, range });
    all.sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
    const rows: string[] = [];
    all.forEach(({ name, range }, i) => {
      if (!name.startsWith('speech-m')) return;
      const next = all[i + 1];
      rows.push(`${name} ${(range.toString() + (next?.name.startsWith('speech-d') ? next.range.toString() : '')).replace(/\s+/g, '')}`);
    });
    return rows;
  });
}

/** The annotation highlights painted in the page, as `name text`. */
function paintedNotes(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const rows: string[] = [];
    for (const [name, h] of (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights) if (name.startsWith('speech-note-')) for (const r of h) rows.push(`${name} ${r.toString()}`);
    return rows.sort();
  });
}

/** The flash highlight's text and whether it is inside the viewport, or null when none. */
function flash(page: Page): Promise<{ text: string; inView: boolean } | null> {
  return page.evaluate(() => {
    const range = [...((CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('speech-flash') ?? [])][0];
    if (!range) return null;
    const r = range.getBoundingClientRect();
    return { text: range.toString().replace(/\s+/g, ''), inView: r.top >= 0 && r.bottom <= innerHeight && r.height > 0 };
  });
}

async function pressAlt(page: Page, key: KeyInput): Promise<void> {
  await page.keyboard.down('Alt');
  await page.keyboard.press(key);
  await page.keyboard.up('Alt');
}

describe('the error watch', () => {
  it('hears an error thrown in the background page and a warning logged by a content script', async () => {
    const { page } = await firefox.openWebPage(server.baseUrl + 'news-report.html');
    const tabId = await firefox.tabIdForUrl(page.url());
    await firefox.control.evaluate(async ([id, prefix]) => {
      const ext = (globalThis as unknown as { browser: { runtime: { getBackgroundPage(): Promise<Window & typeof globalThis> }; tabs: { executeScript(id: number, o: object): Promise<unknown> } } }).browser;
      const background = await ext.runtime.getBackgroundPage();
      void background.Promise.reject(new background.Error('error-watch probe'));
      await ext.tabs.executeScript(id as number, { code: `console.warn(${JSON.stringify(prefix)}, 'error-watch probe')` });
    }, [tabId, LOG_PREFIX] as const);
    const heard: string[] = [];
    await waitUntil(async () => heard.push(...(await firefox.takeExtensionErrors())) >= 2, 'both probes');
    expect(heard.some((l) => l.includes('JavaScript error') && l.includes('error-watch probe'))).toBe(true);
    expect(heard.some((l) => l.includes(LOG_PREFIX) && l.includes('error-watch probe'))).toBe(true);
    await page.close();
  });
});

describe('highlights and the badge', () => {
  it('registers exactly the outline’s points of seed-p.html, marker and title, and badges the tab', async () => {
    const { page, pageErrors } = await firefox.openWebPage(server.baseUrl + 'seed-p.html');
    const expected = await expectedOutline(resolve(FIXTURES, 'seed-p.html'), page.url());
    const count = countPoints(expected.outline);
    await page.waitForSelector(hostSelector('panel', `[data-points="${count}"][data-highlighted]`), { timeout: 15_000 });
    expect(await hostData(page)).toMatchObject({ points: String(count), highlighted: String(count), painter: 'css-highlights', sections: String(expected.outline.sections.length) });
    expect(await paintedPoints(page)).toEqual(expectedHighlights(expected.outline));
    expect(await firefox.waitForBadge(await firefox.tabIdForUrl(page.url()))).toBe(String(count));
    expect(pageErrors).toEqual([]);
    expect(await firefox.takeExtensionErrors()).toEqual([]);
    await page.close();
  });
});

describe('the outline panel', () => {
  it('opens from its tab, shows the counts, jumps to a clicked point and steps with Alt+J', async () => {
    const { page, pageErrors } = await firefox.openWebPage(server.baseUrl + 'seed-p.html');
    const expected = await expectedOutline(resolve(FIXTURES, 'seed-p.html'), page.url());
    const count = countPoints(expected.outline);
    await page.waitForSelector(hostSelector('panel', '[data-highlighted]'), { timeout: 15_000 });
    // The panel's root is closed: BiDi reaches it (a page cannot), the real mouse clicks.
    const panel = hostUi(page, 'panel');
    await panel.waitFor('[data-panel-tab]');
    expect(await page.evaluate(() => document.querySelector('[data-speech-outline="panel"]')!.shadowRoot)).toBeNull();
    expect(await panel.text('[data-panel-tab]')).toBe(`提纲${count}`);
    await panel.click('[data-panel-tab]');
    await panel.waitFor('[data-counts]');
    expect(await panel.text('[data-counts]')).toBe(`${expected.outline.sections.length} 篇 · ${count} 个要点`);
    // Docked beside the text: the page gave up the panel's width (Firefox adopts the room's sheet from the content script).
    const width = Number(/width: (\d+)px/.exec((await panel.attr('[data-panel]', 'style')) ?? '')?.[1]);
    expect(width).toBeGreaterThanOrEqual(260);
    const layout = await page.evaluate(() => ({
      margin: getComputedStyle(document.documentElement).marginRight,
      panelLeft: document.documentElement.clientWidth - parseFloat(getComputedStyle(document.documentElement).marginRight),
      articleRight: Math.max(...[...document.querySelectorAll('#article-content p')].map((p) => p.getBoundingClientRect().right)),
    }));
    expect(layout.margin).toBe(`${width}px`);
    expect(layout.articleRight).toBeLessThanOrEqual(layout.panelLeft + 0.5);

    // A point far down the page: the last title button reading 党性是根本.
    const target = { hasText: '党性是根本', index: -1 };
    await panel.click('.go', target);
    await waitUntil(async () => (await flash(page)) !== null, 'the flash of the clicked point');
    const shown = await flash(page);
    expect(shown).toMatchObject({ inView: true });
    expect(shown!.text).toContain('党性是根本');
    expect(await panel.attr('.go', 'aria-current', target)).toBe('location');

    // Alt+J goes on to the next point.
    const current = Number((await hostData(page)).current);
    await pressAlt(page, 'j');
    await waitUntil(async () => Number((await hostData(page)).current) === current + 1, 'Alt+J to move to the next point');
    expect(pageErrors).toEqual([]);
    expect(await firefox.takeExtensionErrors()).toEqual([]);
    await page.close();
  });
});

describe('annotating', () => {
  it('saves a selection as a yellow highlight and paints it again after reload', async () => {
    const url = server.baseUrl + 'seed-p.html?case=annotate';
    const { page, pageErrors } = await firefox.openWebPage(url);
    // An unannotated page gets no notes host until there is a selection: wait for the reading view.
    await page.waitForSelector(hostSelector('panel', '[data-highlighted]'), { timeout: 15_000 });
    // A keyboard user's selection: set, then Shift pressed and released.
    const selected = await page.evaluate(() => {
      const p = [...document.querySelectorAll('p')].find((el) => el.textContent!.startsWith('第四,枢纽是定位。'))!;
      const text = p.firstChild as Text;
      p.scrollIntoView({ block: 'center' });
      getSelection()!.setBaseAndExtent(text, 0, text, 18);
      return getSelection()!.toString();
    });
    // Shift pressed and released for real: the extension ignores a made-up keyup.
    await page.keyboard.press('Shift');
    expect(selected).toBe('第四,枢纽是定位。我们的整个权力构架');
    await hostUi(page, 'notes').click('[data-annotate-toolbar] [data-color="yellow"]');
    await waitUntil(async () => (await paintedNotes(page)).includes(`speech-note-yellow ${selected}`), 'the new highlight to be painted');

    const stored = async () => {
      const reply = await firefox.send<Annotation[]>('annotation/list', { url });
      return reply.ok ? reply.value : [];
    };
    await waitUntil(async () => (await stored()).length === 1, 'the highlight to be stored');
    const [record] = await stored();
    expect(record).toMatchObject({ kind: 'highlight', color: 'yellow', quote: selected, note: '' });
    expect(record!.context?.pointTitle).toContain('枢纽是定位');

    await page.reload({ waitUntil: 'load' });
    await page.waitForSelector(hostSelector('notes', '[data-loaded="true"][data-notes="1"][data-pending="0"]'), { timeout: 15_000 });
    expect(await dataOf(page, 'notes')).toMatchObject({ placed: '1', orphans: '0', painted: '1' });
    expect(await paintedNotes(page)).toEqual([`speech-note-yellow ${selected}`]);
    expect(pageErrors).toEqual([]);
    expect(await firefox.takeExtensionErrors()).toEqual([]);
    await page.close();
  });
});
