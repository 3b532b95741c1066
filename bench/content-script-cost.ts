/**
 * What the content script costs a page, in real Chromium with the built demo
 * extension, on the seed page (test/fixtures/seed-p.html, 18 speeches, 257 KB):
 * each round loads it as a site the extension runs on (127.0.0.1, demo-matched)
 * and as a control it leaves alone (127.0.0.2), in the same browser, and compares
 * - main-thread script time (CDP's ScriptDuration): with minus control is the
 *   content script's parse, reading, highlights, panel and message — no
 *   instrumentation needed;
 * - the content script's own tasks, which it leaves in the page's timeline
 *   (entrypoints/content/time-slice.ts): its first task at document idle
 *   (`speech-outline:idle`), every later slice of reading (`speech-outline:slice`),
 *   and the whole read from start to paint, pauses included (`speech-outline:scan`);
 * - long tasks (> 50 ms), observed from before navigation, and which of them
 *   overlap one of the content script's tasks;
 * - the page's own load (navigation timing), with and without the extension;
 * and weighs the store build's content script, raw and gzipped.
 * On the generated 100,000-element page (bench/big-page.ts) it also traces the
 * tasks that hold the content script's slices (bench/task-trace.ts: thread CPU
 * per task) and names the functions in the longest profiled stretch.
 * `--big` runs only that page and the seed page's profiled loads it is compared with;
 * `--load` only the seed page's timed loads; `--extension DIR` loads another build.
 * Prints figures and ratios; never fails the process.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { BrowserContext } from 'playwright-core';
import { CHROMIUM_PATH, launchWithExtension } from '../test/e2e/support/chromium.ts';
import { startStaticServer } from '../test/e2e/support/static-server.ts';
import { IDLE_MEASURE, SLICE_MEASURE } from '../entrypoints/content/time-slice.ts';
import { SCAN_MEASURE } from '../entrypoints/content/log.ts';
import { formatHeader, formatMs, formatRatio, formatRow, median, type ResultRow } from './measure.ts';
import { buildBigPage, countElements } from './big-page.ts';
import { startTaskTrace, type SliceTasks } from './task-trace.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
// `--extension DIR` loads another build instead (e.g. one whose content script does nothing: the floor of merely being installed).
const extensionArg = process.argv.indexOf('--extension');
const DEMO_DIR = extensionArg > 0 && process.argv[extensionArg + 1] ? resolve(process.argv[extensionArg + 1]!) : resolve(ROOT, '.output/chrome-mv3-demo');
const STORE_BUILD = resolve(ROOT, '.output/chrome-mv3');
const FIXTURES = resolve(ROOT, 'test/fixtures');
const PAGE = 'seed-p.html';
const BIG_PAGE = 'big-100k.html';
// Page loads vary by ±25 % here (2 cores), more than the extension costs: enough rounds for the medians to settle.
const RUNS = 11;
const PROFILED_RUNS = 3;
const IDLE_WAIT_MS = 1_000;

const TARGET = {
  /** The content script's main-thread work at document idle (its first task). */
  idleMs: 15,
  /** No long task may be longer. */
  longTaskMs: 50,
  /** The page's load (loadEventEnd) with the extension, as a multiple of without. */
  loadRatio: 1.1,
  /** The highlights appear at most this long after the page's load event (median). */
  highlightAfterLoadMs: 200,
  /** The content script, gzipped. */
  bundleGzKB: 60,
};

/** What one page load showed. */
interface LoadFigures {
  /** The whole read, start to paint with pauses (wall clock), or null when the content script left none. */
  scanMs: number | null;
  /** When the highlights were registered (the scan measure's end), from navigation start, or null. */
  paintedAt: number | null;
  /** The content script's first task at document idle, or null. */
  idleMs: number | null;
  /** Its later slices: how many, their sum and the longest. */
  slices: number;
  sliceSumMs: number;
  longestSliceMs: number;
  /** Long tasks that overlap one of the content script's own tasks, with the name of the measure they hold. */
  extensionLongTasks: Array<{ duration: number; holds: string }>;
  domContentLoaded: number;
  load: number;
  longTasks: Array<{ start: number; duration: number }>;
  /** The extension's JavaScript in the CPU profile: in all, and its longest unbroken stretch. */
  profiledMs: number;
  longestStretchMs: number;
  /** The same stretch counting each sample as at most two sampling intervals: time the process was descheduled (a busy machine) left out. */
  longestCpuStretchMs: number;
  /** The functions on the stack during that stretch. */
  longestTop: string;
  /** Samples under the function that calls browser.i18n.getMessage (t: the first call loads the whole message bundle synchronously), CPU estimate. */
  getMessageMs: number;
  /** From a trace (profiled loads only): the tasks that held the content script's slices, by thread time. */
  sliceTasks: SliceTasks | null;
  /** CDP Performance metrics: JavaScript, and all main-thread tasks (script, style, layout, parsing). */
  scriptMs: number;
  taskMs: number;
  styleLayoutMs: number;
}

/** Builds what is missing (`--build` rebuilds both): the demo build to load, the store build to weigh. */
function ensureBuilds(): void {
  const rebuild = process.argv.includes('--build');
  const builds: Array<[string, string[]]> = [
    [resolve(DEMO_DIR, 'manifest.json'), ['wxt', 'build', '--mode', 'demo']],
    [resolve(STORE_BUILD, 'content-main.js'), ['wxt', 'build']],
  ];
  for (const [output, args] of builds) {
    if (!rebuild && existsSync(output)) continue;
    console.log(`building: npx ${args.join(' ')}`);
    const run = spawnSync('npx', args, { cwd: ROOT, stdio: 'inherit' });
    if (run.status !== 0) throw new Error(`npx ${args.join(' ')} failed`);
  }
}

/**
 * Registered before any page script. Long tasks say how long the main thread
 * was blocked by anything — the parsing and layout of a 257 KB page too — so the
 * extension's own stretches are measured separately, from a CPU profile.
 */
function observeLongTasks(): void {
  const tasks: Array<{ start: number; duration: number }> = [];
  Object.assign(globalThis, { __longTasks: tasks });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
}

/** The parts of a CDP CPU profile used here. */
interface CpuProfile {
  nodes: Array<{ id: number; parent?: number; children?: number[]; callFrame: { url: string; functionName: string; lineNumber: number; columnNumber: number } }>;
  samples: number[];
  timeDeltas: number[];
}

/**
 * The extension's time in a CPU profile: all of it, and its longest unbroken
 * stretch (consecutive samples whose stack runs through a chrome-extension://
 * script — what a page would feel as one blocking task).
 */
function extensionTime(profile: CpuProfile): { totalMs: number; longestMs: number; longestCpuMs: number; longestTop: string; getMessageMs: number } {
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const urlOf = new Map(profile.nodes.map((n) => [n.id, n.callFrame.url]));
  const inExtension = new Map<number, boolean>();
  const isExtension = (id: number): boolean => {
    const known = inExtension.get(id);
    if (known !== undefined) return known;
    const parent = parentOf.get(id);
    const result = (urlOf.get(id) ?? '').startsWith('chrome-extension://') || (parent !== undefined && isExtension(parent));
    inExtension.set(id, result);
    return result;
  };
  const frameOf = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const inGetMessage = new Map<number, boolean>();
  const underGetMessage = (id: number): boolean => {
    const known = inGetMessage.get(id);
    if (known !== undefined) return known;
    const parent = parentOf.get(id);
    const result = callsGetMessage(frameOf.get(id)) || (parent !== undefined && underGetMessage(parent));
    inGetMessage.set(id, result);
    return result;
  };
  let getMessageMs = 0;
  let total = 0;
  let run = 0;
  let longest = 0;
  let cpuRun = 0;
  let longestCpu = 0;
  // Where the longest CPU stretch spent its samples: the extension frames nearest the leaf, for `--big`'s report.
  let runSamples: number[] = [];
  let longestSamples: number[] = [];
  profile.samples.forEach((id, i) => {
    // A sample stands for the time until the next one.
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    if (isExtension(id)) {
      total += ms;
      run += ms;
      if (underGetMessage(id)) getMessageMs += Math.min(ms, 0.2);
      longest = Math.max(longest, run);
      // A gap far longer than the 0.1 ms interval is the thread waiting for a core, not running.
      cpuRun += Math.min(ms, 0.2);
      runSamples.push(id);
      if (cpuRun > longestCpu) {
        longestCpu = cpuRun;
        longestSamples = runSamples;
      }
    } else {
      run = 0;
      cpuRun = 0;
      runSamples = [];
    }
  });
  return { totalMs: total, longestMs: longest, longestCpuMs: longestCpu, longestTop: topFrames(profile, parentOf, longestSamples), getMessageMs };
}

/** The content script's built files (loader and main part), by the end of their URL. */
const CONTENT_FILES = ['content-scripts/content.js', 'content-main.js'] as const;

/** Each content-script file's source lines, to tell which minified function calls browser.i18n.getMessage (the API itself is native: no frame of its own). */
const contentLines = new Map<string, string[]>();

/** True when `frame` is a content-script function whose first 300 characters call i18n.getMessage (t). */
function callsGetMessage(frame: CpuProfile['nodes'][number]['callFrame'] | undefined): boolean {
  const file = CONTENT_FILES.find((name) => frame?.url.endsWith(`/${name}`));
  if (!frame || !file) return false;
  if (!contentLines.has(file)) contentLines.set(file, readFileSync(resolve(DEMO_DIR, file), 'utf8').split('\n'));
  return (contentLines.get(file)![frame.lineNumber] ?? '').slice(frame.columnNumber, frame.columnNumber + 300).includes('i18n.getMessage');
}

/** The extension functions most often on the stack in `samples` (each counted once per sample), as "name:line n%". */
function topFrames(profile: CpuProfile, parentOf: Map<number, number>, samples: number[]): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const counts = new Map<string, number>();
  for (const id of samples) {
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) {
      const frame = byId.get(at)?.callFrame;
      if (!frame?.url.startsWith('chrome-extension://')) continue;
      const key = `${frame.functionName || '(anon)'}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`;
      if (!seen.has(key)) counts.set(key, (counts.get(key) ?? 0) + 1);
      seen.add(key);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1]).slice(0, 12)
    .map(([key, n]) => `${key} ${Math.round((100 * n) / Math.max(1, samples.length))}%`).join(', ');
}

/** Loads `url` in a fresh tab and reads the figures once the idle-time work is over. */
async function loadOnce(context: BrowserContext, url: string, profile: boolean): Promise<LoadFigures> {
  const page = await context.newPage();
  try {
    await page.addInitScript(observeLongTasks);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    if (profile) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
    }
    const trace = profile ? await startTaskTrace(cdp, SLICE_MEASURE) : null;
    await page.goto(url, { waitUntil: 'load' });
    // document_idle comes at the latest shortly after load; give the work and its message time to end.
    await page.waitForTimeout(IDLE_WAIT_MS);
    const figures = await page.evaluate(([scanName, idleName, sliceName]) => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const idle = performance.getEntriesByName(idleName, 'measure');
      const slices = performance.getEntriesByName(sliceName, 'measure');
      const ours = [...idle, ...slices];
      const longTasks = (globalThis as unknown as { __longTasks: Array<{ start: number; duration: number }> }).__longTasks;
      const scan = performance.getEntriesByName(scanName, 'measure')[0];
      return {
        scanMs: scan?.duration ?? null,
        paintedAt: scan ? scan.startTime + scan.duration : null,
        idleMs: idle[0]?.duration ?? null,
        slices: slices.length,
        sliceSumMs: slices.reduce((n, e) => n + e.duration, 0),
        longestSliceMs: Math.max(0, ...slices.map((e) => e.duration)),
        extensionLongTasks: longTasks.flatMap((t) => {
          const held = ours.find((e) => e.startTime < t.start + t.duration && e.startTime + e.duration > t.start);
          return held ? [{ duration: t.duration, holds: `${held.name} ${held.duration.toFixed(1)} ms` }] : [];
        }),
        domContentLoaded: nav.domContentLoadedEventEnd,
        load: nav.loadEventEnd,
        longTasks,
      };
    }, [SCAN_MEASURE, IDLE_MEASURE, SLICE_MEASURE] as const);
    const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> };
    const metric = (name: string) => (metrics.find((m) => m.name === name)?.value ?? Number.NaN) * 1000;
    const sliceTasks = trace ? await trace.stop() : null;
    const profiled = profile ? extensionTime(((await cdp.send('Profiler.stop')) as { profile: CpuProfile }).profile) : { totalMs: Number.NaN, longestMs: Number.NaN, longestCpuMs: Number.NaN, longestTop: '', getMessageMs: Number.NaN };
    await cdp.detach();
    return {
      ...figures,
      scriptMs: metric('ScriptDuration'),
      taskMs: metric('TaskDuration'),
      styleLayoutMs: metric('RecalcStyleDuration') + metric('LayoutDuration'),
      profiledMs: profiled.totalMs,
      longestStretchMs: profiled.longestMs,
      longestCpuStretchMs: profiled.longestCpuMs,
      longestTop: profiled.longestTop,
      getMessageMs: profiled.getMessageMs,
      sliceTasks,
    };
  } finally {
    await page.close();
  }
}

function row(name: string, value: number, baseline: number, target: string, pass: boolean | null, note?: string): ResultRow {
  return { name, value: formatMs(value), baseline: formatMs(baseline), ratio: formatRatio(value / baseline), target, verdict: pass === null ? 'INFO' : pass ? 'PASS' : 'MISS', note };
}

const longest = (loads: LoadFigures[]) => Math.max(0, ...loads.flatMap((l) => l.longTasks.map((t) => t.duration)));
const countLong = (loads: LoadFigures[]) => loads.reduce((n, l) => n + l.longTasks.length, 0);

async function main(): Promise<void> {
  console.log(`\ncontent-script cost in Chromium — ${PAGE}, ${RUNS} rounds (+1 warm-up), ${new Date().toISOString()}`);
  if (!existsSync(CHROMIUM_PATH)) {
    console.log(`skipped: no Chromium at ${CHROMIUM_PATH}`);
    return;
  }
  ensureBuilds();
  const site = await startStaticServer(FIXTURES);
  const control = await startStaticServer(FIXTURES, '127.0.0.2');
  const browser = await launchWithExtension(DEMO_DIR);
  const withScript: LoadFigures[] = [];
  const without: LoadFigures[] = [];
  const profiledLoads: LoadFigures[] = [];
  // The 100,000-element page (bench/big-page.ts), written where a server on the demo-matched host serves it.
  const bigDir = mkdtempSync(resolve(tmpdir(), 'speech-outline-big-'));
  const bigHtml = buildBigPage(readFileSync(resolve(FIXTURES, PAGE), 'utf8'));
  writeFileSync(resolve(bigDir, BIG_PAGE), bigHtml);
  const bigSite = await startStaticServer(bigDir);
  const bigLoads: LoadFigures[] = [];
  // `--big`: only the 100,000-element page and the seed page's profiled loads it is compared with.
  const bigOnly = process.argv.includes('--big');
  try {
    for (let i = 0; i <= (bigOnly ? -1 : RUNS); i++) {
      // Alternating which load goes first, so neither side always follows the other's leftover work.
      const controlFirst = i % 2 === 0;
      const first = await loadOnce(browser.context, (controlFirst ? control.baseUrl : site.baseUrl) + PAGE, false);
      const second = await loadOnce(browser.context, (controlFirst ? site.baseUrl : control.baseUrl) + PAGE, false);
      const [a, b] = controlFirst ? [first, second] : [second, first];
      // The first round warms Chromium's caches (and the content script's code cache).
      if (i === 0) {
        console.log(`warm-up round: script ${formatMs(b.scriptMs)} with the extension, ${formatMs(a.scriptMs)} without; load ${formatMs(b.load)} / ${formatMs(a.load)}`);
        continue;
      }
      without.push(a);
      withScript.push(b);
    }
    // Separate loads for the profile: the profiler slows JavaScript, so its loads stay out of the timings above.
    // `--load`: the page-load rounds only (quick, e.g. with `--extension` for the floor).
    const profiledRuns = loadOnly() ? 0 : PROFILED_RUNS;
    for (let i = 0; i < profiledRuns; i++) profiledLoads.push(await loadOnce(browser.context, site.baseUrl + PAGE, true));
    for (let i = 0; i < profiledRuns; i++) bigLoads.push(await loadOnce(browser.context, bigSite.baseUrl + BIG_PAGE, true));
  } finally {
    await browser.close();
    await Promise.all([site.close(), control.close(), bigSite.close()]);
    rmSync(bigDir, { recursive: true, force: true });
  }

  const load = median(withScript.map((l) => l.load));
  const controlLoad = median(without.map((l) => l.load));
  const dcl = median(withScript.map((l) => l.domContentLoaded));
  const delta = (pick: (l: LoadFigures) => number) => withScript.map((l, i) => pick(l) - pick(without[i] ?? l));
  // Script + style + layout: the work the content script does or forces. All task time is shown too, but
  // it also holds parsing, paint and scheduling noise, which varies between loads by more than the script costs.
  const extra = delta((l) => l.scriptMs + l.styleLayoutMs);
  const extraMs = median(extra);
  const extraTasks = median(delta((l) => l.taskMs));
  const extraScript = median(delta((l) => l.scriptMs));
  const extraStyleLayout = median(delta((l) => l.styleLayoutMs));
  const scans = withScript.map((l) => l.scanMs).filter((v): v is number => v !== null);
  const idles = withScript.map((l) => l.idleMs).filter((v): v is number => v !== null);
  const profiled = median(profiledLoads.map((l) => l.profiledMs));
  const na = (name: string, note: string): ResultRow => ({ name, value: '—', baseline: '—', ratio: '—', target: '—', verdict: 'SKIP', note });

  if (bigOnly) {
    printBig(bigHtml, bigLoads, profiledLoads);
    return;
  }
  console.log(`\n${formatHeader()}`);
  // (cs1) The target: the task the content script runs at document idle.
  if (idles.length > 0) {
    const idle = median(idles);
    console.log(formatRow(row('(cs1) content script task at document idle', idle, load, `≤ ${TARGET.idleMs} ms`, idle <= TARGET.idleMs,
      `${IDLE_MEASURE}: its entry (the reading itself runs in later slices); max ${formatMs(Math.max(...idles))}; baseline = page load`)));
  } else {
    console.log(formatRow(na(`(cs1) ${IDLE_MEASURE} measure`, 'the content script left no idle-time measure')));
  }
  if (scans.length > 0) {
    const sliceSums = withScript.map((l) => l.sliceSumMs);
    const longestSlice = Math.max(...withScript.map((l) => l.longestSliceMs));
    console.log(formatRow(row('    reading, all slices', median(sliceSums), load, '—', null,
      `sum of ${SLICE_MEASURE} (median ${median(withScript.map((l) => l.slices))} slices per load): DOM read, engine, paint, message`)));
    console.log(formatRow(row('    longest slice', longestSlice, TARGET.longTaskMs, `≤ ${TARGET.longTaskMs} ms`, longestSlice <= TARGET.longTaskMs, 'worst load')));
    console.log(formatRow(row(`    ${SCAN_MEASURE}, start to paint`, median(scans), load, '—', null, 'wall clock, pauses for the page included')));
  } else {
    console.log(formatRow(na(`    ${SCAN_MEASURE} measure`, 'the content script left no scan measure')));
  }
  // Total main-thread work, measured from outside: script + style + layout, with − without the extension.
  console.log(formatRow(row('(cs1b) content script main-thread time, total', extraMs, load, '—', null,
    `script + style + layout, with − without the extension (parse and compile included); range ${formatMs(Math.min(...extra))}–${formatMs(Math.max(...extra))}`)));
  console.log(formatRow(row('    of which JavaScript', extraScript, load, '—', null, 'ScriptDuration with − without')));
  console.log(formatRow(row('    of which style + layout', extraStyleLayout, load, '—', null, 'RecalcStyle + Layout with − without (highlights, panel tab)')));
  console.log(formatRow(row('    all main-thread tasks (noisy)', extraTasks, load, '—', null, 'TaskDuration with − without: includes paint and parse jitter')));
  console.log(formatRow(row('    content.js in the CPU profile', profiled, load, '—', null,
    `samples under chrome-extension:// frames, incl. style/layout they force; profiler on (slower), ${PROFILED_RUNS} loads`)));
  console.log(formatRow(row('    vs DOMContentLoaded', extraMs, dcl, '—', null, 'baseline = DOMContentLoaded')));
  // (cs2) Long tasks: any cause, and those the extension's own tasks are part of.
  const ownLong = withScript.flatMap((l) => l.extensionLongTasks);
  const ownLongest = Math.max(0, ...ownLong.map((t) => t.duration));
  const held = ownLong.map((t) => `${t.duration.toFixed(0)} ms holds ${t.holds}`).join('; ');
  console.log(formatRow(row('(cs2) longest long task with extension work', ownLongest, TARGET.longTaskMs, `≤ ${TARGET.longTaskMs} ms`, ownLongest <= TARGET.longTaskMs,
    `${ownLong.length} long tasks in ${withScript.length} loads hold one of the content script’s measured tasks${held ? ` (${held})` : ''}`)));
  const stretch = Math.max(...profiledLoads.map((l) => l.longestStretchMs));
  console.log(formatRow(row('    content.js longest unbroken stretch', stretch, TARGET.longTaskMs, `≤ ${TARGET.longTaskMs} ms`, stretch <= TARGET.longTaskMs,
    'CPU profile (0.1 ms sampling, profiler overhead included), worst load; includes parse/compile of content.js')));
  console.log(formatRow(row('    longest long task, any cause', longest(withScript), TARGET.longTaskMs, '—', null,
    `${countLong(withScript)} long tasks in ${withScript.length} loads (control without the extension: ${countLong(without)}, longest ${formatMs(longest(without))}): the page’s own parsing and layout`)));
  const loads = (list: LoadFigures[]) => list.map((l) => formatMs(l.load)).join(' / ');
  console.log(formatRow(row('(cs4) page load with / without extension', load, controlLoad, `≤ ${TARGET.loadRatio}×`, load / controlLoad <= TARGET.loadRatio,
    `loadEventEnd, medians; DOMContentLoaded ${formatMs(dcl)}; with ${loads(withScript)}; without ${loads(without)}`)));
  const paired = withScript.map((l, i) => l.load / (without[i]?.load ?? l.load));
  console.log(formatRow(row('    same round, with / without', median(paired) * controlLoad, controlLoad, '—', null,
    `median of each round's ratio (the two loads of a round run back to back): ${paired.map((r) => r.toFixed(2)).join(' ')}`)));
  const painted = withScript.map((l) => l.paintedAt).filter((v): v is number => v !== null);
  if (painted.length > 0) {
    const afterLoad = withScript.flatMap((l) => (l.paintedAt === null ? [] : [l.paintedAt - l.load]));
    console.log(formatRow(row('    highlights visible at', median(painted), load, `≤ load + ${TARGET.highlightAfterLoadMs} ms`, median(afterLoad) <= TARGET.highlightAfterLoadMs,
      `from navigation start to the highlights' registration (end of ${SCAN_MEASURE}); after loadEventEnd: median ${formatMs(median(afterLoad))}, max ${formatMs(Math.max(...afterLoad))}`)));
  }

  if (!loadOnly()) printBig(bigHtml, bigLoads, profiledLoads);

  const storeFiles = CONTENT_FILES.map((name) => resolve(STORE_BUILD, name));
  if (storeFiles.every((file) => existsSync(file))) {
    const [loader, main] = storeFiles.map((file) => readFileSync(file));
    const gz = (code: Buffer) => gzipSync(code, { level: 9 }).length;
    const total = gz(loader!) + gz(main!);
    const raw = loader!.length + main!.length;
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
    // Both parts run on every speech page; only the loader is parsed before the page's load.
    console.log(formatRow({ name: '(cs3) content script gzipped (store build)', value: kb(total), baseline: kb(raw), ratio: formatRatio(total / raw), target: `≤ ${TARGET.bundleGzKB} KB`, verdict: total <= TARGET.bundleGzKB * 1024 ? 'PASS' : 'MISS',
      note: `baseline = raw size; loader content.js ${kb(gz(loader!))} (all that is parsed before the page's load), main part content-main.js ${kb(gz(main!))}` }));
  }
}

/** (cs5) A page of 100,000 elements, against the seed page's profiled loads of this run. */
function printBig(bigHtml: string, bigLoads: LoadFigures[], profiledLoads: LoadFigures[]): void {
  if (bigOnly()) console.log(`\n${formatHeader()}`);
  // (cs5) A page of 100,000 elements, against the seed page's profiled loads of this run.
  const bigTotal = median(bigLoads.map((l) => l.profiledMs));
  const profiled = median(profiledLoads.map((l) => l.profiledMs));
  const bigStretch = Math.max(...bigLoads.map((l) => l.longestStretchMs));
  const bigCpuStretch = Math.max(...bigLoads.map((l) => l.longestCpuStretchMs));
  const bigSlice = Math.max(...bigLoads.map((l) => l.longestSliceMs));
  const seedCpuStretch = Math.max(...profiledLoads.map((l) => l.longestCpuStretchMs));
  console.log(formatRow(row(`(cs5) ${countElements(bigHtml).toLocaleString('en')}-element page: content.js CPU`, bigTotal, profiled, '—', null,
    `CPU profile, median of ${PROFILED_RUNS} loads; baseline = the seed page (${countElements(readFileSync(resolve(FIXTURES, PAGE), 'utf8'))} elements) in the same run`)));
  console.log(formatRow(row('    longest unbroken stretch', bigStretch, TARGET.longTaskMs, `≤ ${TARGET.longTaskMs} ms`, bigStretch <= TARGET.longTaskMs,
    'wall clock between samples: on a busy machine it includes time spent waiting for a core')));
  console.log(formatRow(row('    longest stretch, CPU estimate', bigCpuStretch, seedCpuStretch, `≤ ${TARGET.longTaskMs} ms`, bigCpuStretch <= TARGET.longTaskMs,
    'each sample counted as at most 0.2 ms (2 intervals): descheduled time left out; baseline = the same on the seed page')));
  console.log(formatRow(row('    longest slice (speech-outline:slice)', bigSlice, TARGET.longTaskMs, `≤ ${TARGET.longTaskMs} ms`, bigSlice <= TARGET.longTaskMs, 'wall clock, worst load')));

  const taskCpu = (loads: LoadFigures[]) => Math.max(0, ...loads.map((l) => l.sliceTasks?.longestCpuMs ?? 0));
  const bigTasks = bigLoads.map((l) => l.sliceTasks);
  console.log(formatRow(row('    longest task holding a slice, thread CPU', taskCpu(bigLoads), taskCpu(profiledLoads), `≤ ${TARGET.longTaskMs} ms`, taskCpu(bigLoads) <= TARGET.longTaskMs,
    `trace RunTask tdur, worst load (tasks per load: ${bigTasks.map((t) => t?.tasks ?? 0).join(' / ')}; their CPU ${bigTasks.map((t) => formatMs(t?.totalCpuMs ?? 0)).join(' / ')}); baseline = the same on the seed page`)));
  const worst = bigLoads.reduce((a, b) => (b.longestCpuStretchMs > a.longestCpuStretchMs ? b : a));
  console.log(`    per load: CPU ${bigLoads.map((l) => formatMs(l.profiledMs)).join(' / ')}; stretch (CPU est.) ${bigLoads.map((l) => formatMs(l.longestCpuStretchMs)).join(' / ')}; slices ${bigLoads.map((l) => l.slices).join(' / ')}`);
  console.log(`    longest stretch holds: ${worst.longestTop}`);
  const getMessage = (loads: LoadFigures[]) => loads.map((l) => formatMs(l.getMessageMs)).join(' / ');
  console.log(`    in t(), the function that calls i18n.getMessage (CPU est.), per load: big page ${getMessage(bigLoads)}; seed page ${getMessage(profiledLoads)}`);
  const worstTask = bigLoads.reduce((a, b) => ((b.sliceTasks?.longestCpuMs ?? 0) > (a.sliceTasks?.longestCpuMs ?? 0) ? b : a)).sliceTasks;
  if (worstTask) console.log(`    longest task (#${worstTask.longestIndex}, ${formatMs(worstTask.longestCpuMs)} CPU, ${formatMs(worstTask.longestWallMs)} wall) holds: ${worstTask.longestHolds}`);
}

const bigOnly = () => process.argv.includes('--big');
const loadOnly = () => process.argv.includes('--load');

main().catch((error: unknown) => {
  // Benchmarks report; they never gate anything.
  console.log(`content-script bench failed: ${error instanceof Error ? error.message : String(error)}`);
});
