/**
 * The popup's first paint of the 笔记 tab in real Chromium with the demo build:
 * time from navigation start to the first frame after the first note (or the
 * empty state) is in the page, with 10,000 notes against 0 notes in the same run.
 */
import { existsSync } from 'node:fs';
import { launchWithExtension } from '../test/e2e/support/chromium.ts';
import { bulkSeed, clearNotes, useSeedText } from '../test/e2e/support/seed-notes.ts';
import { formatMs, formatRatio, median, type ResultRow } from './measure.ts';

const NOTES = 10_000;
const PAGES = 400;
const TARGET_MS = 150;
const RUNS = 7;

/** Installed in the popup before its scripts run: records when the notes (or the empty state) are first painted. */
const PAINT_PROBE = `
  new MutationObserver((_, observer) => {
    if (document.querySelector('.note, [data-notes-empty]')) {
      observer.disconnect();
      requestAnimationFrame(() => requestAnimationFrame(() => { window.__firstNotesPaint = performance.now(); }));
    }
  }).observe(document, { childList: true, subtree: true });
`;

/** The popup benchmark rows; SKIP when the demo build or Chromium is missing. */
export async function popupPaintFigures(extensionDir: string, seedText: string): Promise<ResultRow[]> {
  const name = '(h) popup 笔记 first paint, 10,000 notes';
  if (!existsSync(extensionDir)) return [{ name, value: '—', baseline: '—', ratio: '—', target: `≤ ${TARGET_MS} ms`, verdict: 'SKIP', note: `${extensionDir} missing: run npm run build:demo` }];
  useSeedText(seedText);
  const browser = await launchWithExtension(extensionDir);
  try {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 400, height: 600 });
    await page.addInitScript(PAINT_PROBE);
    const url = `chrome-extension://${browser.extensionId}/popup.html?view=notes`;
    const measure = async (): Promise<number[]> => {
      const samples: number[] = [];
      for (let i = 0; i < RUNS + 1; i++) {
        await page.goto(url);
        await page.waitForFunction(() => (window as unknown as { __firstNotesPaint?: number }).__firstNotesPaint !== undefined);
        const ms = await page.evaluate(() => (window as unknown as { __firstNotesPaint: number }).__firstNotesPaint);
        if (i > 0) samples.push(ms); // the first load also compiles the scripts: a warm-up
      }
      return samples;
    };
    const empty = await measure(); // also makes the background create the database
    await bulkSeed(browser.serviceWorker, NOTES, PAGES);
    const full = await measure();
    const notesShown = await page.locator('.note').count();
    await clearNotes(browser.serviceWorker);
    const value = median(full);
    const baseline = median(empty);
    return [{
      name,
      value: formatMs(value),
      baseline: formatMs(baseline),
      ratio: formatRatio(value / baseline),
      target: `≤ ${TARGET_MS} ms`,
      verdict: value <= TARGET_MS ? 'PASS' : 'MISS',
      note: `baseline = the popup with 0 notes; first ${notesShown} notes rendered of ${NOTES} on ${PAGES} pages; n=${full.length}`,
    }];
  } finally {
    await browser.close();
  }
}
