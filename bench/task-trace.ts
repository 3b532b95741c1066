/**
 * The CPU time of the page's main-thread tasks that hold the content script's
 * slices, from a Chromium trace: every task (`RunTask`) carries its thread time
 * (`tdur`), which a busy machine does not inflate the way it inflates wall clock
 * and CPU-profile gaps. A CPU profile cannot tell two slices apart when the page
 * has nothing to run between them (no sample falls in the gap), so this is how
 * bench/content-script-cost.ts checks that no single task of the reading is long.
 */
import type { CDPSession } from 'playwright-core';

/** One trace event, the fields used here. */
interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  id?: string;
  id2?: { local?: string };
}

/** The tasks that held one of the content script's slices. */
export interface SliceTasks {
  /** How many tasks overlapped a slice measure. */
  tasks: number;
  /** The longest of them in thread (CPU) time, and its wall time. */
  longestCpuMs: number;
  longestWallMs: number;
  /** Their thread time in all. */
  totalCpuMs: number;
  /** What the longest one held: the trace events inside it, by name, with their wall time (nested events overlap). */
  longestHolds: string;
  /** Its place among the tasks that held a slice (0 = the first). */
  longestIndex: number;
}

/** Starts tracing tasks and user timing on the page behind `cdp`; `stop` collects the result. */
export async function startTaskTrace(cdp: CDPSession, measureName: string): Promise<{ stop(): Promise<SliceTasks> }> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (data) => {
    events.push(...(data.value as unknown as TraceEvent[]));
  });
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: ['toplevel', 'blink.user_timing', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'disabled-by-default-v8.gc', 'cppgc', 'disabled-by-default-cppgc', 'blink_gc', 'disabled-by-default-blink_gc'], excludedCategories: ['*'] },
  });
  return {
    async stop() {
      const complete = new Promise<void>((done) => cdp.once('Tracing.tracingComplete', () => done()));
      await cdp.send('Tracing.end');
      await complete;
      return sliceTasks(events, measureName);
    },
  };
}

/** Pairs the slice measures' begin/end events and finds the tasks on their thread that overlap them. */
function sliceTasks(events: TraceEvent[], measureName: string): SliceTasks {
  const open = new Map<string, TraceEvent>();
  const spans: Array<{ start: number; end: number; pid: number; tid: number }> = [];
  for (const e of events) {
    if (e.name !== measureName || e.cat !== 'blink.user_timing') continue;
    const idKey = `${e.pid}:${e.id ?? e.id2?.local ?? ''}`;
    if (e.ph === 'b') open.set(idKey, e);
    else if (e.ph === 'e') {
      const begin = open.get(idKey);
      if (begin) spans.push({ start: begin.ts, end: e.ts, pid: begin.pid, tid: begin.tid });
      open.delete(idKey);
    }
  }
  const result: SliceTasks = { tasks: 0, longestCpuMs: 0, longestWallMs: 0, totalCpuMs: 0, longestHolds: '', longestIndex: -1 };
  if (spans.length === 0) return result;
  const { pid } = spans[0]!;
  spans.sort((a, b) => a.start - b.start);
  // User timing events are emitted on the main thread of the page's renderer; its tasks are the RunTask events there.
  const tasks = events.filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.pid === pid && e.dur !== undefined);
  let longest: TraceEvent | null = null;
  for (const task of tasks) {
    const start = task.ts;
    const end = task.ts + (task.dur ?? 0);
    if (!spans.some((s) => s.start < end && s.end > start)) continue;
    const cpu = (task.tdur ?? task.dur ?? 0) / 1000;
    result.tasks++;
    result.totalCpuMs += cpu;
    if (cpu > result.longestCpuMs) {
      result.longestCpuMs = cpu;
      result.longestWallMs = (task.dur ?? 0) / 1000;
      result.longestIndex = result.tasks - 1;
      longest = task;
    }
  }
  if (longest) result.longestHolds = heldBy(events, longest);
  return result;
}

/**
 * The events inside `task` on its thread, summed by name, longest first, with
 * how many there were (the collector's pauses — MinorGC, MajorGC, V8.GC_* —
 * included: a slice's budget cannot stop a collection that starts inside it).
 */
function heldBy(events: TraceEvent[], task: TraceEvent): string {
  const end = task.ts + (task.dur ?? 0);
  const byName = new Map<string, { ms: number; n: number }>();
  for (const e of events) {
    if (e === task || e.ph !== 'X' || e.tid !== task.tid || e.pid !== task.pid) continue;
    if (e.ts < task.ts || e.ts + (e.dur ?? 0) > end) continue;
    const sum = byName.get(e.name) ?? { ms: 0, n: 0 };
    sum.ms += (e.dur ?? 0) / 1000;
    sum.n++;
    byName.set(e.name, sum);
  }
  return [...byName].sort((a, b) => b[1].ms - a[1].ms).slice(0, 10).map(([name, { ms, n }]) => `${name} ${ms.toFixed(1)} ms${n > 1 ? ` ×${n}` : ''}`).join(', ');
}
