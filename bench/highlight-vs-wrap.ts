/**
 * `npm run bench:browser`: in real Chromium, on seed-p.html served locally,
 * paints and clears the outline's point highlights with the CSS Custom
 * Highlight API and by wrapping the same ranges in <mark> elements, in the
 * same page and run, alternating, and prints the medians and their ratios.
 * Figures only: nothing is asserted, and it always exits 0.
 */
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH } from '../test/e2e/support/chromium.ts';
import { startStaticServer } from '../test/e2e/support/static-server.ts';
import { median } from './measure.ts';
import type { PaintTiming } from './highlight-page.ts';

const ROOT = resolve(import.meta.dirname, '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 21);
const WARMUP = 3;

async function main(): Promise<void> {
  if (!existsSync(CHROMIUM_PATH)) {
    console.log(`skipped: no Chromium at ${CHROMIUM_PATH} (set CHROMIUM_PATH)`);
    return;
  }
  const bundle = await build({
    entryPoints: [resolve(ROOT, 'bench/highlight-page.ts')],
    bundle: true, format: 'iife', platform: 'browser', write: false, charset: 'utf8', target: 'chrome120',
  });
  const script = bundle.outputFiles[0]!.text;
  const server = await startStaticServer(resolve(ROOT, 'test/fixtures'));
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ['--no-sandbox', '--disable-gpu', '--js-flags=--expose-gc'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.baseUrl}seed-p.html`, { waitUntil: 'load' });
    await page.addScriptTag({ content: script });
    const version = browser.version();
    const run = (kind: 'runHighlightApi' | 'runWrap') =>
      page.evaluate((k) => (globalThis as unknown as { __highlightBench: Record<string, () => Promise<PaintTiming>> }).__highlightBench[k]!(), kind);

    for (let i = 0; i < WARMUP; i++) {
      await run('runHighlightApi');
      await run('runWrap');
    }
    const api: PaintTiming[] = [];
    const wrap: PaintTiming[] = [];
    for (let i = 0; i < RUNS; i++) {
      // Alternate, so drift (GC, thermal) hits both sides alike.
      api.push(await run('runHighlightApi'));
      wrap.push(await run('runWrap'));
    }
    const fields: Array<[keyof PaintTiming, string]> = [
      ['applyMs', 'apply (call + layout)'],
      ['applyFrameMs', 'apply → next frame'],
      ['clearMs', 'clear (call + layout)'],
      ['clearFrameMs', 'clear → next frame'],
    ];
    console.log(`highlight vs wrap — Chromium ${version}, seed-p.html, ${api[0]!.ranges} ranges, median of ${RUNS} (after ${WARMUP} warm-up runs)\n`);
    console.log(`${'measure'.padEnd(24)}${'Highlight API'.padStart(15)}${'<mark> wrap'.padStart(15)}${'wrap / API'.padStart(13)}`);
    for (const [field, label] of fields) {
      const a = median(api.map((t) => t[field]));
      const w = median(wrap.map((t) => t[field]));
      console.log(`${label.padEnd(24)}${`${a.toFixed(2)} ms`.padStart(15)}${`${w.toFixed(2)} ms`.padStart(15)}${`${(w / a).toFixed(1)}×`.padStart(13)}`);
    }
    const total = (t: PaintTiming) => t.applyFrameMs + t.clearFrameMs;
    const a = median(api.map(total));
    const w = median(wrap.map(total));
    console.log(`${'apply + clear, framed'.padEnd(24)}${`${a.toFixed(2)} ms`.padStart(15)}${`${w.toFixed(2)} ms`.padStart(15)}${`${(w / a).toFixed(1)}×`.padStart(13)}`);
    console.log('\n"next frame" includes waiting for two animation frames (~16.7 ms each at 60 Hz) on both sides.');
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.log(`bench failed: ${error instanceof Error ? error.message : String(error)}`);
}).finally(() => {
  process.exitCode = 0;
});
