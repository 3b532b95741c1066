/**
 * (b') The DOM adapter and the engine where they really run: in Chromium, on the
 * seed page rendered as a site page, against the issue's linear baseline in the
 * same page and run — `document.body.textContent` plus one marker regex scan.
 * happy-dom's figure (b) in bench/run.ts prices every DOM access as JavaScript;
 * here the baseline's textContent is native, as in a reader's browser.
 * Run by `npm run bench`; prints figures, asserts nothing.
 */
import { build } from 'esbuild';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH } from '../test/e2e/support/chromium.ts';
import { formatHeader, formatMs, formatRatio, formatRow, type ResultRow } from './measure.ts';

const TARGET_RATIO = 3;
const ROOT = resolve(import.meta.dirname, '..');
const PAGE = resolve(ROOT, 'test/fixtures/seed-p.html');

/** The code injected into the page: the shipped adapter and engine, and the baseline. */
const IN_PAGE = `
import { readPage } from ${JSON.stringify(resolve(ROOT, 'dom/index.ts'))};
import { extractOutline } from ${JSON.stringify(resolve(ROOT, 'core/index.ts'))};
import { scanMarkers } from ${JSON.stringify(resolve(ROOT, 'bench/baseline.ts'))};
// Chromium clamps performance.now() to 0.1 ms here, so each sample times a batch.
const BATCH = 10;
function perRun(fn, samples) {
  for (let i = 0; i < 20; i++) fn();
  const out = [];
  for (let s = 0; s < samples; s++) {
    const t0 = performance.now();
    for (let i = 0; i < BATCH; i++) fn();
    out.push((performance.now() - t0) / BATCH);
  }
  out.sort((a, b) => a - b);
  return out[out.length >> 1];
}
let sink = 0;
window.__adapterBench = (samples) => {
  const ours = perRun(() => { const p = readPage(document); sink += extractOutline(p.blocks, { title: p.title, url: null }).sections.length; }, samples);
  const base = perRun(() => { sink += scanMarkers(document.body.textContent ?? ''); }, samples);
  return { ours, base, sink };
};
`;

async function main(): Promise<void> {
  const bundle = await build({
    stdin: { contents: IN_PAGE, resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    format: 'iife',
    write: false,
    charset: 'utf8',
    logLevel: 'error',
  });
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(PAGE).href);
    await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
    const r = await page.evaluate((samples) => (window as unknown as { __adapterBench(n: number): { ours: number; base: number } }).__adapterBench(samples), 21);
    const ratio = r.ours / r.base;
    const row: ResultRow = {
      name: "(b') readPage + engine in Chromium",
      value: formatMs(r.ours),
      baseline: formatMs(r.base),
      ratio: formatRatio(ratio),
      target: `≤ ${TARGET_RATIO}×`,
      verdict: ratio <= TARGET_RATIO ? 'PASS' : 'MISS',
      note: `seed-p.html (file://, no extension), median of 21 batches of 10 warm runs; baseline = document.body.textContent + the same marker scan; ${(await browser.version())}`,
    };
    console.log(`\nthe adapter in Chromium — ${new Date().toISOString()}`);
    console.log(formatHeader());
    console.log(formatRow(row));
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.log(`adapter-in-chromium bench failed: ${error instanceof Error ? error.message : String(error)}`);
});
