/**
 * The library's 思维导图 in real Chromium: the seed page's outline, saved from
 * the popup, drawn as a mind map of 篇2 with one node per point; a node folds
 * on its circle; 下载 SVG gives a well-formed SVG with the Chinese titles and
 * 下载 PNG a picture; 打印提纲 prints the bare outline. Nothing is fetched from
 * the network and the page's own CSP (no eval, no remote script) holds.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { XMLValidator } from 'fast-xml-parser';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { walkPoints, type OutlinePoint, type OutlineSection } from '../../core/index.ts';
import { expectedOutline } from './support/engine-in-node.ts';
import { launchWithExtension, popupUrl, tabIdForUrl, waitForBadge, type ExtensionBrowser } from './support/chromium.ts';
import { startStaticServer, type StaticServer } from './support/static-server.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const EXTENSION_DIR = resolve(ROOT, '.output/chrome-mv3-demo');
const SHOTS = resolve(ROOT, '.output/screenshots');

let server: StaticServer;
let browser: ExtensionBrowser;
let library: Page;
let speech: OutlineSection;
/** Every request the library page made that was not to the extension itself. */
const foreign: string[] = [];
/** What the library's console said about its CSP. */
const cspErrors: string[] = [];

/** Every point of `section`, in reading order. */
function pointsOf(section: OutlineSection): OutlinePoint[] {
  const points: OutlinePoint[] = [];
  walkPoints(section.points, (p) => void points.push(p));
  return points;
}

const nodes = () => library.locator('[data-mind-map] svg g.markmap-node');

beforeAll(async () => {
  server = await startStaticServer(resolve(ROOT, 'test/fixtures'));
  browser = await launchWithExtension(EXTENSION_DIR);
  const url = `${server.baseUrl}seed-p.html?case=mind-map`;
  speech = (await expectedOutline(resolve(ROOT, 'test/fixtures/seed-p.html'), url)).outline.sections[1]!;
  const article = await browser.context.newPage();
  await article.goto(url, { waitUntil: 'load' });
  const tabId = await tabIdForUrl(browser.serviceWorker, url);
  await waitForBadge(browser.serviceWorker, tabId);
  const popup = await browser.context.newPage();
  await popup.goto(popupUrl(browser.extensionId, tabId));
  await popup.locator('[data-save-outline]').click();
  await popup.locator('.save-outline-status', { hasText: '提纲已保存' }).waitFor();
  await popup.close();

  library = await browser.context.newPage();
  await library.setViewportSize({ width: 1100, height: 900 });
  library.on('request', (request) => {
    // blob: and data: addresses are the page's own downloads and images, not the network.
    if (!/^(blob|data):/.test(request.url()) && !request.url().startsWith(`chrome-extension://${browser.extensionId}/`)) foreign.push(request.url());
  });
  library.on('console', (message) => {
    if (/Content Security Policy|unsafe-eval/i.test(message.text())) cspErrors.push(message.text());
  });
  await library.goto(`chrome-extension://${browser.extensionId}/library.html?view=saved`);
  await library.locator('[data-saved-outline] summary').first().click();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the library’s 思维导图', () => {
  it('draws 篇2 with its title at the root and one node per point, marker + title', async () => {
    expect(speech.title).toMatch(/^篇2/);
    await library.locator('[data-mind-map-toggle]').click();
    await library.locator('[data-mind-map-section]').selectOption('1');
    const points = pointsOf(speech);
    expect(points.length).toBeGreaterThan(5);
    await expect.poll(() => nodes().count(), { timeout: 10_000 }).toBe(points.length + 1);
    expect(await nodes().filter({ has: library.locator('circle') }).count()).toBeGreaterThan(0);
    expect(await library.locator('[data-mind-map] g.markmap-node:not([data-path*="."])').textContent()).toBe(speech.title);
    const labels = await library.locator('[data-mind-map] .markmap-foreign').allTextContents();
    expect(labels).toContain(`${points[0]!.marker}${points[0]!.title}`);
    const deepest = points.find((p) => p.depth >= 2)!;
    expect(labels).toContain(`${deepest.marker}${deepest.title}`);
  });

  it('folds a point on its circle: its sub-points leave the map, and come back', async () => {
    const parent = speech.points.find((p) => p.children.length > 0)!;
    const hidden = pointsOf({ title: '', points: parent.children });
    const total = await nodes().count();
    const node = nodes().filter({ has: library.locator('.markmap-foreign', { hasText: `${parent.marker}${parent.title}` }) }).first();
    await node.locator('circle').click();
    await expect.poll(() => nodes().count()).toBe(total - hidden.length);
    const labels = await library.locator('[data-mind-map] .markmap-foreign').allTextContents();
    expect(labels).not.toContain(`${hidden[0]!.marker}${hidden[0]!.title}`);
    await node.locator('circle').click();
    await expect.poll(() => nodes().count()).toBe(total);
  });

  it('downloads an SVG that an XML parser reads, with every Chinese title in it', async () => {
    const [file] = await Promise.all([library.waitForEvent('download'), library.locator('[data-mind-map-svg]').click()]);
    expect(file.suggestedFilename()).toMatch(/思维导图\.svg$/);
    const text = await readFile((await file.path())!, 'utf8');
    expect(XMLValidator.validate(text)).toBe(true);
    const errors: string[] = [];
    const doc = new DOMParser({ errorHandler: { error: (m) => errors.push(m), fatalError: (m) => errors.push(m) } }).parseFromString(text, 'image/svg+xml');
    expect(errors).toEqual([]);
    expect(doc.documentElement!.nodeName).toBe('svg');
    expect(doc.documentElement!.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(Number(doc.documentElement!.getAttribute('width'))).toBeGreaterThan(200);
    const content = doc.documentElement!.textContent ?? '';
    for (const p of pointsOf(speech)) expect(content).toContain(`${p.marker}${p.title}`);
  });

  it('downloads a PNG of the map drawn on a canvas', async () => {
    const [file] = await Promise.all([library.waitForEvent('download'), library.locator('[data-mind-map-png]').click()]);
    expect(file.suggestedFilename()).toMatch(/思维导图\.png$/);
    const bytes = await readFile((await file.path())!);
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const width = bytes.readUInt32BE(16);
    expect(width).toBeGreaterThan(400);
    expect(await library.locator('[data-mind-map] [role="alert"]').count()).toBe(0);
    await mkdir(SHOTS, { recursive: true });
    await writeFile(resolve(SHOTS, 'mind-map-export.png'), bytes);
    await library.screenshot({ path: resolve(SHOTS, 'mind-map-light.png') });
    await library.emulateMedia({ colorScheme: 'dark' });
    await library.screenshot({ path: resolve(SHOTS, 'mind-map-dark.png') });
    await library.emulateMedia({ colorScheme: 'light' });
  });

  it('prints the bare outline with 打印提纲: no buttons or tabs, levels indented', async () => {
    await library.evaluate(() => {
      window.print = () => void document.body.setAttribute('data-printed', '');
    });
    await library.locator('[data-print-outline-button]').first().click();
    await library.locator('body[data-printed]').waitFor({ state: 'attached' });
    await library.emulateMedia({ media: 'print' });
    const printed = library.locator('[data-print-outline]');
    expect(await printed.isVisible()).toBe(true);
    expect(await library.locator('.library').isVisible()).toBe(false);
    const depth2 = printed.locator('.print-point[data-depth="2"]').first();
    const indent = (el: typeof depth2) => el.evaluate((e) => parseFloat(getComputedStyle(e).paddingLeft));
    expect(await indent(depth2)).toBeGreaterThan(await indent(printed.locator('.print-point[data-depth="1"]').first()));
    expect(await printed.locator('.print-point').count()).toBeGreaterThan(pointsOf(speech).length);
    await library.screenshot({ path: resolve(SHOTS, 'mind-map-print.png'), fullPage: false });
    await library.emulateMedia({ media: 'screen' });
  });

  it('fetched nothing from the network and broke no CSP rule', () => {
    expect(foreign).toEqual([]);
    expect(cspErrors).toEqual([]);
  });
});
