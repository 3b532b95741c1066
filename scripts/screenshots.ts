/**
 * `npm run screenshots`: makes the README's pictures in assets/screenshots/
 * from the demo build in real Chromium (headless, zh-CN), on the bundled demo
 * pages: the reading panel, a dark page, the note editor and notes list (their extension frames),
 * the popup's notes, the library, the export page and the options page.
 * Pictures are not tests: the end-to-end tests check the same screens and
 * never write into the repository. `--no-build` reuses .output/chrome-mv3-demo.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, sleep, tabIdForUrl, waitForBadge } from '../test/e2e/support/chromium.ts';
import { noteDrafts, saveThroughMessages } from '../test/e2e/support/seed-notes.ts';
import { selectByKeyboard } from '../test/e2e/support/select-text.ts';
import { hostUi, noteFrame } from '../test/e2e/support/closed-ui.ts';
import { startStaticServer } from '../test/e2e/support/static-server.ts';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = resolve(ROOT, 'assets/screenshots');
const PANEL_HOST = '[data-speech-outline="panel"]';
const NOTES_HOST = '[data-speech-outline="notes"]';

if (!process.argv.includes('--no-build')) {
  const build = spawnSync('npm', ['run', 'build:demo'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
mkdirSync(OUT, { recursive: true });

const server = await startStaticServer(resolve(ROOT, 'test/fixtures'));
const browser = await launchWithExtension(resolve(ROOT, '.output/chrome-mv3-demo'));
// tsx keeps function names with a `__name` helper that page.evaluate'd functions then call in the page.
await browser.context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
const extensionPage = (path: string) => `chrome-extension://${browser.extensionId}/${path}`;
const shot = async (page: Page, name: string, fullPage = false) => {
  await page.screenshot({ path: resolve(OUT, name), fullPage });
  console.log(`assets/screenshots/${name}`);
};

/** Opens a demo page and waits until its points are painted. */
async function openFixture(name: string): Promise<{ page: Page; tabId: number }> {
  const page = await browser.context.newPage();
  const url = server.baseUrl + name;
  await page.goto(url, { waitUntil: 'load' });
  const tabId = await tabIdForUrl(browser.serviceWorker, url);
  await waitForBadge(browser.serviceWorker, tabId);
  await page.locator(`${PANEL_HOST}[data-highlighted]`).waitFor({ state: 'attached', timeout: 15_000 });
  return { page, tabId };
}

try {
  // The reading panel, opened at a point of the first speech, keywords shown.
  const { page: seed, tabId } = await openFixture('seed-p.html');
  const panel = hostUi(seed, 'panel');
  await panel.click('[data-panel-tab]');
  await panel.click('[data-section="0"] .go', { hasText: '服务是职责' });
  await panel.waitFor('[data-keywords]', { timeout: 30_000 });
  await sleep(150);
  await shot(seed, 'reading-panel.png');

  // The export page of that tab.
  const exportPage = await browser.context.newPage();
  await exportPage.goto(extensionPage(`library.html?export=${tabId}`));
  await exportPage.locator('[data-export-preview]').filter({ hasText: '#' }).waitFor();
  await shot(exportPage, 'export.png');
  await exportPage.close();

  // Annotating: three notes made through the toolbar and the editor (an extension frame), listed in
  // the panel's notes frame; then a fresh selection with a note being written in the editor frame.
  await seed.setViewportSize({ width: 1280, height: 900 });
  const notes = hostUi(seed, 'notes');
  const make = async (paragraph: string, from: string, to: string, button: string) => {
    await selectByKeyboard(seed, paragraph, from, to);
    await notes.click(button);
  };
  const write = async (note: string) => {
    await notes.click('[data-action="note"]');
    const editor = await noteFrame(seed, 'editor');
    await editor.locator('textarea').click();
    await seed.keyboard.type(note);
    return editor;
  };
  await make('第三,全局是站位。', '都要站在全局去考虑', '站在党委的角度去做', '[data-color="green"]');
  await make('第五,服务是职责。', '很多部门都讲服务', '机关单位的服务', '[data-action="golden"]');
  await selectByKeyboard(seed, '第四,枢纽是定位。', '有人大权力机关', '有政府行政机关');
  await (await write('四大班子的分工，写材料时可以引用。')).locator('[data-action="save"]').click();
  await seed.locator(`${NOTES_HOST}[data-notes="3"][data-pending="0"]`).waitFor({ state: 'attached' });
  // 本页笔记 is the panel's 笔记 tab.
  const seedPanel = hostUi(seed, 'panel');
  await seedPanel.waitFor('[data-view="notes"]');
  if ((await seedPanel.attr('[data-view="notes"]', 'aria-selected')) !== 'true') await seedPanel.click('[data-view="notes"]');
  await seed.evaluate(() => [...document.querySelectorAll('p')].find((p) => p.textContent!.startsWith('第二,宗旨是本质'))!.scrollIntoView({ block: 'start' }));
  await selectByKeyboard(seed, '第四,枢纽是定位。', '我们的整个权力构架', '有党委领导');
  await write('权力构架：党委领导、人大、政府、政协。');
  const list = await noteFrame(seed, 'notes');
  await list.locator('[data-note-id]').nth(2).waitFor();
  await sleep(300);
  await shot(seed, 'annotate.png');
  await seed.close();

  // A dark page: the panel stays open (the choice is remembered), in dark colours.
  const { page: dark } = await openFixture('dark-speech.html');
  await hostUi(dark, 'panel').waitFor('[data-panel]');
  await dark.evaluate(() => window.scrollTo(0, 420));
  await sleep(300);
  await shot(dark, 'reading-dark.png');
  await dark.close();

  // The popup's notes and the library, over nine notes on three pages.
  const sender = await browser.context.newPage();
  await sender.goto(extensionPage('popup.html?view=saved'));
  await saveThroughMessages(sender, noteDrafts(9));
  await sender.close();
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(extensionPage('popup.html?view=notes'));
  await popup.locator('.notes-total').waitFor();
  await shot(popup, 'popup-notes.png');
  await popup.close();
  const library = await browser.context.newPage();
  await library.goto(extensionPage('library.html'));
  await library.locator('.notes-total').waitFor();
  await shot(library, 'library.png');
  await library.close();

  // The options page with some words of one's own.
  const options = await browser.context.newPage();
  await options.setViewportSize({ width: 900, height: 1000 });
  await options.goto(extensionPage('options.html'));
  await options.locator('[data-user-words] textarea').fill('全面从严治党\n两个确立');
  await options.locator('[data-user-words-save]').click();
  await options.locator('[data-user-words] [role="status"]').waitFor();
  await shot(options, 'options.png', true);
} finally {
  await browser.close();
  await server.close();
}
