#!/usr/bin/env node
// `npm start [fixture.html]`: builds the demo extension, serves test/fixtures/ on
// 127.0.0.1 and opens the fixture (default seed-p.html) in Chromium with the
// extension loaded. With $DISPLAY the browser stays open until Ctrl-C; without
// one it runs headless, saves screenshots of the page and the popup to
// .output/screenshots/, prints their paths and the badge count, and exits.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const EXTENSION_DIR = resolve(ROOT, '.output/chrome-mv3-demo');
const FIXTURES = resolve(ROOT, 'test/fixtures');
const SHOTS = resolve(ROOT, '.output/screenshots');
const fixture = process.argv[2] ?? 'seed-p.html';

if (!existsSync(resolve(FIXTURES, fixture))) {
  console.error(`No such page: test/fixtures/${fixture}`);
  process.exit(1);
}

// Debian's Chromium (and a CJK font) are installed here when missing, as in CI;
// Firefox is only for the tests.
const browserReady = spawnSync('bash', [resolve(ROOT, 'scripts/ensure-browser.sh'), 'chromium'], { cwd: ROOT, stdio: 'inherit' });
if (browserReady.status !== 0) process.exit(browserReady.status ?? 1);

const build = spawnSync('npm', ['run', 'build:demo'], { cwd: ROOT, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

// The browser and server helpers are the end-to-end tests' own, so `npm start`
// shows exactly what the tests check.
const { startStaticServer } = await tsImport('../test/e2e/support/static-server.ts', import.meta.url);
const { launchWithExtension, popupUrl, tabIdForUrl, waitForBadge } = await tsImport('../test/e2e/support/chromium.ts', import.meta.url);

const headless = !process.env.DISPLAY;
const server = await startStaticServer(FIXTURES);
const url = server.baseUrl + fixture;
console.log(`\nServing test/fixtures/ at ${server.baseUrl}\nDemo page: ${url}`);

const browser = await launchWithExtension(EXTENSION_DIR, { headless });
let closing = false;
async function shutDown(code) {
  if (closing) return;
  closing = true;
  await browser.close().catch(() => {});
  await server.close();
  process.exit(code);
}
process.on('SIGINT', () => void shutDown(0));
process.on('SIGTERM', () => void shutDown(0));

try {
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(url, { waitUntil: 'load' });
  const tabId = await tabIdForUrl(browser.serviceWorker, url);
  const badge = await waitForBadge(browser.serviceWorker, tabId, 15_000);
  console.log(`Badge: ${badge === '' ? '(empty: not recognised as a speech)' : `${badge} points`}`);
  const popup = popupUrl(browser.extensionId, tabId);

  if (headless) {
    mkdirSync(SHOTS, { recursive: true });
    const stem = fixture.replace(/\.[^.]+$/, '');
    const pageShot = resolve(SHOTS, `page-${stem}.png`);
    const popupShot = resolve(SHOTS, `popup-${stem}.png`);
    await page.screenshot({ path: pageShot });
    // The popup as a page, at the size Chromium gives the real popup.
    const view = await browser.context.newPage();
    await view.setViewportSize({ width: 400, height: 600 });
    await view.goto(popup);
    await view.locator('[data-section-title], [data-empty-state], [data-error-state]').first().waitFor();
    await view.screenshot({ path: popupShot });
    console.log(`Screenshots:\n  ${pageShot}\n  ${popupShot}`);
    await shutDown(0);
  } else {
    console.log(`Popup: click the extension's toolbar icon, or open ${popup}\nCtrl-C stops the browser and the server.`);
    browser.context.on('close', () => void shutDown(0));
  }
} catch (error) {
  console.error(error);
  await shutDown(1);
}
