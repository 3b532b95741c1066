/**
 * The extension's own pages in Firefox ESR with the Firefox demo build: the
 * popup's outline of a tab and its notes, jieba search in the background page,
 * the export page (preview and a real download), the options page (backup
 * downloaded, a deleted note restored from it), and the add-on's icon where
 * Firefox shows it. Nothing may be reported from the extension's files.
 * Screenshots go to .output/screenshots/firefox-*.png.
 */
import { readFileSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Annotation } from '../../core/annotation-types.ts';
import { walkPoints } from '../../core/index.ts';
import { expectedOutline } from '../e2e/support/engine-in-node.ts';
import { screenshotDir } from './support/screenshots.ts';
import { noteDrafts } from '../e2e/support/seed-notes.ts';
import { startStaticServer, type StaticServer } from '../e2e/support/static-server.ts';
import { launchFirefoxWithExtension, waitForDownload, waitUntil, type ExtensionFirefox } from './support/firefox.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const EXTENSION_DIR = resolve(ROOT, '.output/firefox-mv2-demo');
const FIXTURES = resolve(ROOT, 'test/fixtures');
const SHOTS = screenshotDir();
const TITLE = '在全省党委秘书长会议讲话';
const SENTENCE = '全省党委办公厅(室)系统一定要在作风建设上当模范、作表率,以过硬的作风树立良好形象。';

let server: StaticServer;
let firefox: ExtensionFirefox;
const saved: Annotation[] = [];
/** The tab reading seed-p.html, and its URL. */
let speech: { page: Page; url: string; tabId: number };

beforeAll(async () => {
  server = await startStaticServer(FIXTURES);
  firefox = await launchFirefoxWithExtension(EXTENSION_DIR);
  // Nine notes over three pages, the first one quoting SENTENCE (and no other mentions 作风建设).
  const drafts = noteDrafts(12).filter((d, i) => i === 0 || (!d.annotation.quote.includes('作风建设') && !d.annotation.note.includes('作风建设'))).slice(0, 9);
  drafts[0] = { ...drafts[0]!, annotation: { ...drafts[0]!.annotation, quote: SENTENCE, note: '' } };
  for (const d of drafts) {
    const reply = await firefox.send<Annotation>('annotation/save', { annotation: d.annotation, page: { title: d.title } });
    if (!reply.ok) throw new Error(reply.error);
    saved.push(reply.value);
  }
  const url = server.baseUrl + 'seed-p.html';
  const { page } = await firefox.openWebPage(url);
  const tabId = await firefox.tabIdForUrl(url);
  expect(await firefox.waitForBadge(tabId)).not.toBe('');
  speech = { page, url, tabId };
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

afterEach(async () => {
  expect(await firefox.takeExtensionErrors()).toEqual([]);
});

/** The text contents of every element matching `selector`. */
function texts(page: Page, selector: string): Promise<string[]> {
  return page.$$eval(selector, (els) => els.map((e) => e.textContent ?? ''));
}

/** Clicks the button inside `scope` whose text matches `label`. */
async function clickButton(page: Page, scope: string, label: RegExp): Promise<void> {
  const buttons = await page.$$(`${scope} button`);
  for (const b of buttons) {
    if (label.test(await b.evaluate((el) => el.textContent ?? ''))) return b.click();
  }
  throw new Error(`no button ${label} in ${scope}`);
}

describe('the popup', () => {
  it('lists the sections and points of the tab reading seed-p.html', async () => {
    const expected = await expectedOutline(resolve(FIXTURES, 'seed-p.html'), speech.url);
    const popup = await firefox.openExtensionPage(`popup.html?tab=${speech.tabId}`, { width: 400, height: 600 });
    await popup.waitForSelector('[data-section-title]');
    expect(await texts(popup, '[data-section-title]')).toEqual(expected.outline.sections.map((s) => s.title));
    const titles: string[] = [];
    for (const s of expected.outline.sections) walkPoints(s.points, (p) => void (p.title !== '' && titles.push(p.title)));
    expect(await texts(popup, '.point-title:not(.point-title--untitled)')).toEqual(titles);
    await popup.screenshot({ path: resolve(SHOTS, 'firefox-popup-outline.png') });
    await popup.close();
  });

  it('shows the saved notes grouped by page and finds one by a jieba word inside its sentence', async () => {
    const popup = await firefox.openExtensionPage('popup.html?view=notes', { width: 400, height: 600 });
    await popup.waitForSelector('.note');
    expect((await texts(popup, '.note-group-title')).sort()).toEqual(['在全省党委秘书长会议讲话', '在市委办公室系统工作会议上的讲话', '政府秘书长会议讲话'].sort());
    expect(await popup.$$eval('.note', (els) => els.length)).toBe(9);
    await popup.screenshot({ path: resolve(SHOTS, 'firefox-popup-notes.png') });

    await popup.type('.note-search', '作风建设');
    await popup.waitForSelector('[data-search-results] .note');
    expect(await texts(popup, '[data-search-results] .note-quote')).toEqual([SENTENCE]);
    expect(await texts(popup, '[data-search-results] .note-quote mark')).toEqual(['作风建设']);
    const result = await firefox.send<{ tokenizer: string; hits: Array<{ type: string }> }>('search/query', { q: '作风建设', filters: {}, limit: 20 });
    expect(result).toMatchObject({ ok: true, value: { tokenizer: 'jieba' } });
    await popup.close();
  });

  it('segments with the shipped speech vocabulary in the background page', async () => {
    const reply = await firefox.send('text/segment', { text: '加强作风建设，落实八项规定精神', mode: 'default' });
    expect(reply).toEqual({ ok: true, value: { tokens: ['加强', '作风建设', '落实', '八项规定', '精神'], tokenizer: 'jieba' } });
  });
});

describe('the export page', () => {
  it('previews the tab’s outline as Markdown and downloads it as a .md named after the page', async () => {
    const page = await firefox.openExtensionPage(`library.html?export=${speech.tabId}`);
    await page.waitForSelector('[data-export-page]');
    await waitUntil(async () => (await page.$eval('[data-export-preview]', (el) => el.textContent ?? '')).startsWith(`# ${TITLE}`), 'the Markdown preview');
    expect(await page.$eval('.export-title', (el) => el.textContent)).toBe(TITLE);
    await page.screenshot({ path: resolve(SHOTS, 'firefox-export.png') });

    await page.click('[data-format="md"]');
    await waitUntil(async () => (await page.$eval('.export-filename', (el) => el.textContent)) === `${TITLE}.md`, 'the .md file name');
    await page.click('[data-export-download]');
    const text = await readFile(await waitForDownload(firefox.downloadDir, `${TITLE}.md`), 'utf8');
    expect(text.startsWith(`# ${TITLE}`)).toBe(true);
    expect(text).toContain('一、');
    await page.close();
  });
});

describe('the options page', () => {
  it('backs up to a file and restores a deleted note from it', async () => {
    const options = await firefox.openExtensionPage('options.html', { width: 900, height: 1400 });
    await options.waitForSelector('.backup-panel');
    await options.waitForSelector('[data-user-words]');
    await options.screenshot({ path: resolve(SHOTS, 'firefox-options.png'), fullPage: true });

    await clickButton(options, '.backup-panel', /^(备份|Back up)$/);
    let backup = '';
    await waitUntil(async () => {
      const files = (await readdir(firefox.downloadDir).catch(() => [] as string[])).filter((f) => f.endsWith('.json'));
      backup = files[0] ? await waitForDownload(firefox.downloadDir, files[0]) : '';
      return backup !== '';
    }, 'the backup file');
    expect(JSON.parse(readFileSync(backup, 'utf8'))).toBeTypeOf('object');

    const gone = saved[0]!;
    expect(await firefox.send('annotation/delete', { id: gone.id })).toMatchObject({ ok: true });
    const total = async () => {
      const reply = await firefox.send<{ total: number }>('annotation/facets', {});
      return reply.ok ? reply.value.total : -1;
    };
    expect(await total()).toBe(saved.length - 1);

    const input = await options.$('.backup-panel input[type="file"]');
    await input!.uploadFile(backup);
    await options.waitForSelector('[data-restore-plan]');
    expect((await texts(options, '[data-restore-plan] li')).join(' ')).toContain('新增 1 条');
    await clickButton(options, '[data-restore-plan]', /确认恢复|Restore/);
    await waitUntil(async () => (await total()) === saved.length, 'the restored note');
    const back = await firefox.send<Annotation[]>('annotation/list', { url: gone.url });
    expect(back.ok && back.value.find((a) => a.id === gone.id)).toMatchObject({ quote: gone.quote, note: gone.note });
    await options.close();
  });
});

describe('the add-on as Firefox lists it', () => {
  it('declares its icon at every size and shows it on about:addons', async () => {
    const manifest = JSON.parse(readFileSync(resolve(EXTENSION_DIR, 'manifest.json'), 'utf8')) as { icons: Record<string, string>; browser_action: { default_icon: Record<string, string> } };
    expect(Object.keys(manifest.icons)).toEqual(expect.arrayContaining(['16', '32', '48', '96', '128']));
    expect(Object.keys(manifest.browser_action.default_icon)).toEqual(expect.arrayContaining(['16', '32']));

    const page = await firefox.browser.newPage();
    await page.setViewport({ width: 900, height: 500 });
    page.goto('about:addons').catch(() => {});
    await waitUntil(() => page.evaluate(() => location.href === 'about:addons' && document.readyState === 'complete'), 'about:addons');
    // The list of extensions (about:addons' own loadView; its sidebar is nested custom elements): our card and its icon.
    await page.evaluate(() => (window as unknown as { loadView(view: string): void }).loadView('addons://list/extension'));
    let icon: { src: string; width: number; name: string } | null = null;
    await waitUntil(async () => {
      icon = await page.evaluate((id) => {
        const card = document.querySelector(`addon-card[addon-id="${id}"]`);
        const img = [...(card?.querySelectorAll('img') ?? [])].find((i) => i.src.includes('/icon/'));
        return img?.complete && img.naturalWidth > 0 ? { src: img.src, width: img.naturalWidth, name: card!.querySelector('.addon-name')?.textContent?.trim() ?? '' } : null;
      }, firefox.addonId);
      return icon !== null;
    }, 'the add-on card with its icon');
    // Firefox picks the size for the card (32 at 1×) from the package's own files.
    expect(icon).toMatchObject({ name: '讲话提纲助手' });
    expect(Object.values(manifest.icons)).toContain(new URL(icon!.src).pathname.split('/').slice(-2).join('/'));
    await page.screenshot({ path: resolve(SHOTS, 'firefox-addons.png') });
    await page.close();
  });
});
