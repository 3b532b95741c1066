/**
 * Measuring helpers shared by the benchmarks: warm-up, timed runs, median,
 * peak heap, and the table line every figure is printed as. Benchmarks report;
 * they never fail the process.
 */
import { GCProfiler, getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** How a function is timed: warm-up runs first, then up to `runs` timed runs within `budgetMs`. */
export interface TimingOptions {
  warmup?: number;
  runs?: number;
  /** Stop adding timed runs once this much time went by (at least `minRuns` are always made). */
  budgetMs?: number;
  minRuns?: number;
}

/** The samples of one timed function, in milliseconds. */
export interface Timing {
  samples: number[];
  median: number;
  min: number;
}

let sinkValue = 0;

/** Keeps a result observable so the optimiser cannot drop the work that made it. */
export function consume(value: unknown): void {
  if (value === null || value === undefined) sinkValue ^= 1;
  else if (typeof value === 'number') sinkValue ^= value | 0;
  else if (typeof value === 'string') sinkValue ^= value.length;
  else sinkValue ^= 2;
}

/** Read by the benchmark's last line, so `consume` is never dead code. */
export function sink(): number {
  return sinkValue;
}

/** The median of a list of numbers (the mean of the middle two for an even count); NaN when empty. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] ?? Number.NaN) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Runs `fn` `count` times untimed so the JIT has compiled it before timing starts. */
export function warmUp(fn: () => unknown, count: number): void {
  for (let i = 0; i < count; i++) consume(fn());
}

/** Milliseconds one call of `fn` takes (high-resolution clock). */
export function timeOnce(fn: () => unknown): number {
  const start = performance.now();
  consume(fn());
  return performance.now() - start;
}

/** Warms `fn` up, then times it repeatedly and returns the samples with their median. */
export function timeRuns(fn: () => unknown, options: TimingOptions = {}): Timing {
  const { warmup = 3, runs = 15, budgetMs = 5_000, minRuns = 3 } = options;
  warmUp(fn, warmup);
  const samples: number[] = [];
  const started = performance.now();
  while (samples.length < runs) {
    samples.push(timeOnce(fn));
    if (samples.length >= minRuns && performance.now() - started > budgetMs) break;
  }
  return { samples, median: median(samples), min: Math.min(...samples) };
}

/** The garbage collector, exposed at runtime (no `--expose-gc` needed on the command line). */
export function exposeGc(): () => void {
  const existing = (globalThis as { gc?: () => void }).gc;
  if (existing) return existing;
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

/** Heap use around one call: the highest point reached, and what stayed alive afterwards. */
export interface HeapUse {
  /** Bytes above the starting heap at the highest point during the call. */
  peakDelta: number;
  /** Bytes above the starting heap after a full GC, while the result is still held. */
  retainedDelta: number;
}

/**
 * Measures the peak heap of one call. A heap only grows between collections,
 * so its peaks are the sizes just before each GC during the call (reported by
 * V8's GCProfiler) and its size at the end; the largest of those, minus the
 * size after a full GC before the call, is the peak delta.
 */
export function measureHeap(fn: () => unknown): HeapUse {
  const gc = exposeGc();
  gc();
  gc();
  const before = getHeapStatistics().used_heap_size;
  const profiler = new GCProfiler();
  profiler.start();
  const result = fn();
  const atEnd = getHeapStatistics().used_heap_size;
  const profile = profiler.stop();
  let peak = atEnd;
  for (const event of profile?.statistics ?? []) peak = Math.max(peak, event.beforeGC.heapStatistics.usedHeapSize);
  gc();
  const retained = getHeapStatistics().used_heap_size;
  consume(result);
  return { peakDelta: peak - before, retainedDelta: retained - before };
}

/** A figure's verdict against its target; benchmarks print it and go on. */
export type Verdict = 'PASS' | 'MISS' | 'INFO' | 'SKIP' | 'TIMEOUT';

/** One line of the results table. */
export interface ResultRow {
  name: string;
  /** The measured value, formatted (e.g. `12.3 ms`). */
  value: string;
  baseline: string;
  ratio: string;
  target: string;
  verdict: Verdict;
  note?: string;
}

const COLUMNS = [
  ['figure', 44],
  ['median', 12],
  ['baseline', 12],
  ['ratio', 8],
  ['target', 14],
  ['result', 7],
] as const;

/** The header of the results table. */
export function formatHeader(): string {
  const head = COLUMNS.map(([title, width], i) => (i === 0 ? padEnd(title, width) : padStart(title, width))).join(' ');
  return `${head}\n${'-'.repeat(displayWidth(head))}`;
}

/** One row of the results table, columns aligned for CJK and ASCII alike. */
export function formatRow(row: ResultRow): string {
  const cells = [row.name, row.value, row.baseline, row.ratio, row.target, row.verdict];
  const line = cells.map((cell, i) => {
    const width = COLUMNS[i]?.[1] ?? 10;
    return i === 0 ? padEnd(cell, width) : padStart(cell, width);
  }).join(' ');
  return row.note ? `${line}  ${row.note}` : line;
}

/** `12.3 ms`, with precision that suits the size. */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return '—';
  return `${ms < 10 ? ms.toFixed(2) : ms < 100 ? ms.toFixed(1) : ms.toFixed(0)} ms`;
}

/** `4.2 MB` (MiB, as process memory is reported). */
export function formatBytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${mb.toFixed(mb < 10 ? 2 : 1)} MB`;
}

/** `2.4×` */
export function formatRatio(ratio: number): string {
  return Number.isFinite(ratio) ? `${ratio.toFixed(ratio < 10 ? 2 : 1)}×` : '—';
}

/** Terminal columns a string takes: CJK and full-width characters count twice. */
function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    w += (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0xa4cf) || (cp >= 0xac00 && cp <= 0xd7a3) ||
      (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60) ||
      (cp >= 0xffe0 && cp <= 0xffe6) || cp >= 0x20000 ? 2 : 1;
  }
  return w;
}

function padEnd(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - displayWidth(s)));
}

function padStart(s: string, width: number): string {
  return ' '.repeat(Math.max(0, width - displayWidth(s))) + s;
}
