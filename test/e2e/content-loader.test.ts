/**
 * The content script as a small loader and a main part imported as a module,
 * in real Chromium with the demo build: the main part starts only after the
 * page's load event; it loads on a page whose Content-Security-Policy allows
 * nothing at all; and the page learns nothing from it — no resource entry
 * names the extension, and the main part cannot be fetched at the extension's
 * static address (it is web-accessible only through the per-session dynamic URL).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostUi } from './support/closed-ui.ts';
import { openSpeechPage, useSpeechBrowser } from './support/speech-page.ts';
import { startStaticServer, type StaticServer } from './support/static-server.ts';
import { IDLE_MEASURE, START_MEASURE } from '../../entrypoints/content/time-slice.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const PANEL_HOST = '[data-speech-outline="panel"]';
/** The strictest policy a site can set: no script, style, frame or fetch of any origin but its own images. */
const STRICT_CSP = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src 'self'">`;

const speech = useSpeechBrowser();
let cspDir: string;
let cspSite: StaticServer;

beforeAll(async () => {
  // single-speech.html under that policy, served from a folder of its own.
  cspDir = mkdtempSync(resolve(tmpdir(), 'speech-outline-csp-'));
  const html = readFileSync(resolve(ROOT, 'test/fixtures/single-speech.html'), 'utf8').replace('<meta charset="utf-8">', `<meta charset="utf-8">\n${STRICT_CSP}`);
  writeFileSync(resolve(cspDir, 'strict-csp-speech.html'), html);
  cspSite = await startStaticServer(cspDir);
});

afterAll(async () => {
  await cspSite?.close();
  rmSync(cspDir, { recursive: true, force: true });
});

describe('the content script loader', () => {
  it('starts reading only after the page has fired its load event', async () => {
    const page = await speech.open('seed-p.html');
    const times = await page.evaluate(([idle, start]) => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const at = (name: string) => performance.getEntriesByName(name, 'measure')[0]?.startTime ?? null;
      return { loadEnd: nav.loadEventEnd, idle: at(idle), start: at(start) };
    }, [IDLE_MEASURE, START_MEASURE] as const);
    // The loader ran (it may run before or after the load event); the main part started after it.
    expect(times.idle).not.toBeNull();
    expect(times.start).not.toBeNull();
    expect(times.start!).toBeGreaterThanOrEqual(times.loadEnd);
    expect(Number(await page.locator(PANEL_HOST).getAttribute('data-highlighted'))).toBeGreaterThan(300);
    await page.close();
  });

  it("reads a page whose Content-Security-Policy is default-src 'none', and its panel opens", async () => {
    const page = await openSpeechPage(speech.browser, cspSite.baseUrl, 'strict-csp-speech.html');
    // The same points as the same speech without the policy.
    const plain = await speech.open('single-speech.html');
    const count = await page.locator(PANEL_HOST).getAttribute('data-highlighted');
    expect(count).toBe(await plain.locator(PANEL_HOST).getAttribute('data-highlighted'));
    await plain.close();
    const ui = hostUi(page, 'panel');
    await ui.click('[data-panel-tab]');
    await ui.waitFor('[data-point-id]');
    expect(await ui.count('[data-point-id]')).toBeGreaterThan(5);
    await page.close();
  });

  it('leaves no trace of the extension in what the page can read, and the main part is not at the static address', async () => {
    const page = await speech.open('single-speech.html');
    const seen = await page.evaluate(async (id) => {
      const names = performance.getEntriesByType('resource').map((e) => e.name);
      let fetched: string;
      try {
        const response = await fetch(`chrome-extension://${id}/content-main.js`);
        fetched = `status ${response.status}`;
      } catch {
        fetched = 'refused';
      }
      return { extensionEntries: names.filter((n) => !n.startsWith('http')), fetched };
    }, speech.browser.extensionId);
    expect(seen.extensionEntries).toEqual([]);
    expect(seen.fetched).toBe('refused');
    await page.close();
  });
});
