/**
 * Where the content script allocates while it reads the 100,000-element page
 * (bench/big-page.ts), in real Chromium with the built demo extension: CDP's
 * sampling heap profiler, with the objects later collected by minor and major
 * GCs kept in the profile, so short-lived garbage (what fills the heap and
 * brings on a major GC inside a reading slice) counts as much as what stays.
 * Prints the allocation per content-script function (self and with callees)
 * and the GCs seen in a trace of the same load.
 * `node --import tsx bench/read-allocations.ts [--runs N]`; needs the demo build
 * (`npm run build:demo`). Prints figures; never fails the process.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchWithExtension } from '../test/e2e/support/chromium.ts';
import { startStaticServer } from '../test/e2e/support/static-server.ts';
import { buildBigPage } from './big-page.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const DEMO_DIR = resolve(ROOT, '.output/chrome-mv3-demo');
const SEED = resolve(ROOT, 'test/fixtures/seed-p.html');
const PAGE = 'big-100k.html';
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) || 1 : 1;

/** The parts of a sampling heap profile used here. */
interface SamplingNode {
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  selfSize: number;
  children: SamplingNode[];
}

/** Sums a profile into per-function self and total (with callees) bytes, content-script frames only. */
function summarise(head: SamplingNode): { self: Map<string, number>; total: Map<string, number>; extension: number; all: number } {
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let extension = 0;
  let all = 0;
  const visit = (node: SamplingNode, stack: string[], nearest: string | null): number => {
    const frame = node.callFrame;
    const ours = frame.url.startsWith('chrome-extension://');
    const key = ours ? `${frame.functionName || '(anon)'}:${frame.lineNumber + 1}:${frame.columnNumber + 1}` : null;
    const owner = key ?? nearest;
    let size = node.selfSize;
    all += node.selfSize;
    if (owner !== null) {
      extension += node.selfSize;
      // Native callees (string builtins, DOM getters) are charged to the nearest content-script frame.
      self.set(owner, (self.get(owner) ?? 0) + node.selfSize);
    }
    const next = key && !stack.includes(key) ? [...stack, key] : stack;
    for (const child of node.children) size += visit(child, next, owner);
    if (key && !stack.includes(key)) total.set(key, (total.get(key) ?? 0) + size);
    return size;
  };
  visit(head, [], null);
  return { self, total, extension, all };
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
const top = (map: Map<string, number>, n: number) => [...map].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `  ${mb(v).padStart(9)}  ${k}`).join('\n');

async function main(): Promise<void> {
  const dir = mkdtempSync(resolve(tmpdir(), 'speech-outline-alloc-'));
  writeFileSync(resolve(dir, PAGE), buildBigPage(readFileSync(SEED, 'utf8')));
  const site = await startStaticServer(dir);
  const browser = await launchWithExtension(DEMO_DIR);
  try {
    for (let run = 0; run < RUNS; run++) {
      const page = await browser.context.newPage();
      const cdp = await browser.context.newCDPSession(page);
      await cdp.send('HeapProfiler.enable');
      await cdp.send('HeapProfiler.startSampling', { samplingInterval: 8192, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
      const gcs: Array<{ name: string; ms: number }> = [];
      cdp.on('Tracing.dataCollected', (data) => {
        for (const e of data.value as unknown as Array<{ name: string; ph: string; dur?: number }>) {
          if (e.ph === 'X' && /^(MajorGC|MinorGC|V8\.GC_MARK_COMPACTOR|V8\.GCFinalizeMC|V8\.GCScavenger|BlinkGC\.AtomicPhase)$/.test(e.name)) gcs.push({ name: e.name, ms: (e.dur ?? 0) / 1000 });
        }
      });
      await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'disabled-by-default-v8.gc'], excludedCategories: ['*'] } });
      await page.goto(site.baseUrl + PAGE, { waitUntil: 'load' });
      await page.waitForTimeout(2_500);
      const { profile } = (await cdp.send('HeapProfiler.stopSampling')) as { profile: { head: SamplingNode } };
      const done = new Promise<void>((ok) => cdp.once('Tracing.tracingComplete', () => ok()));
      await cdp.send('Tracing.end');
      await done;
      const sum = summarise(profile.head);
      console.log(`\nrun ${run + 1}: sampled allocation ${mb(sum.all)} in the page's isolate, ${mb(sum.extension)} under content-script frames`);
      console.log(`self (native callees charged to the caller):\n${top(sum.self, 18)}`);
      console.log(`with callees:\n${top(sum.total, 12)}`);
      const byName = new Map<string, { n: number; ms: number; max: number }>();
      for (const g of gcs) {
        const s = byName.get(g.name) ?? { n: 0, ms: 0, max: 0 };
        s.n++;
        s.ms += g.ms;
        s.max = Math.max(s.max, g.ms);
        byName.set(g.name, s);
      }
      console.log(`GCs during the load: ${[...byName].map(([k, s]) => `${k} ×${s.n} ${s.ms.toFixed(1)} ms (max ${s.max.toFixed(1)})`).join('; ')}`);
      await cdp.detach();
      await page.close();
    }
  } finally {
    await browser.close();
    await site.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.log(`read-allocations failed: ${error instanceof Error ? error.message : String(error)}`);
});
