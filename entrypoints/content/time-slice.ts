/**
 * Runs the content script's work in short slices so a page never feels it:
 * stepped readers (generators that pause every few hundred nodes or after each
 * section) are driven until a slice's budget is spent, then the main thread is
 * given back with `scheduler.yield()` (or a MessageChannel task where that is
 * missing) before the next slice. Each slice is left in the page's timeline as
 * a `SLICE_MEASURE` entry, which bench/content-script-cost.ts sums.
 */

/** A slice of main-thread work (one task), as a performance measure. */
export const SLICE_MEASURE = 'speech-outline:slice';

/** The content script's own first task at document idle (its entry, before any reading). */
export const IDLE_MEASURE = 'speech-outline:idle';

/** Its start once the page has loaded (models, session, annotator, message router; the reading follows in slices). */
export const START_MEASURE = 'speech-outline:start';

/** A slice stops at its first pause after this much work. */
export const SLICE_BUDGET_MS = 6;

/** Gives the main thread back to the page once and resumes in a new task. */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  if (typeof MessageChannel === 'function') {
    return new Promise((resume) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resume();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resume) => setTimeout(resume, 0));
}

/** Leaves one slice [start, now] in the page's timeline. */
export function recordSlice(start: number, name: string = SLICE_MEASURE): void {
  try {
    performance.measure(name, { start, end: performance.now() });
  } catch {
    // A page that replaced `performance` gets no figures, nothing else changes.
  }
}

/** Drives stepped work through slices of main-thread time. */
export interface SliceRunner {
  /**
   * Runs `steps` to its end, yielding to the page whenever the current slice has
   * used its budget. Resolves to null when `cancelled()` turns true at a pause.
   */
  run<T>(steps: Generator<void, T, void>): Promise<T | null>;
  /** Ends the current slice and continues in a new task (between two kinds of work). */
  pause(): Promise<boolean>;
  /** Ends the current slice for good (the work is done). */
  finish(): void;
}

/**
 * A runner whose first slice starts now. `cancelled` is asked at every pause:
 * a newer read of the page, or an invalidated extension, stops this one.
 */
export function createSliceRunner(cancelled: () => boolean, budgetMs: number = SLICE_BUDGET_MS): SliceRunner {
  let sliceStart = performance.now();
  let open = true;

  const pause = async (): Promise<boolean> => {
    if (open) recordSlice(sliceStart);
    open = false;
    await yieldToMain();
    if (cancelled()) return false;
    sliceStart = performance.now();
    open = true;
    return true;
  };

  return {
    async run(steps) {
      for (;;) {
        const step = steps.next();
        if (step.done) return step.value;
        if (performance.now() - sliceStart >= budgetMs && !(await pause())) return null;
      }
    },
    pause,
    finish() {
      if (open) recordSlice(sliceStart);
      open = false;
    },
  };
}

/** How long the first read waits for an idle moment after the page's load event before it starts anyway. */
export const AFTER_LOAD_IDLE_TIMEOUT_MS = 50;

/**
 * Resolves once the page has finished loading (its `load` event has run) and
 * the main thread is idle, or AFTER_LOAD_IDLE_TIMEOUT_MS after load at the
 * latest. Chromium injects document_idle scripts up to 200 ms after
 * DOMContentLoaded, usually before `load`: work started then (and the
 * `scheduler.yield()` continuations of its slices, which run ahead of the
 * page's own tasks) would hold back the page's load event.
 */
export function afterPageLoad(win: Window = window, timeoutMs: number = AFTER_LOAD_IDLE_TIMEOUT_MS): Promise<void> {
  return new Promise((resolve) => {
    const whenIdle = () => {
      if (typeof win.requestIdleCallback === 'function') win.requestIdleCallback(() => resolve(), { timeout: timeoutMs });
      else win.setTimeout(resolve, 0);
    };
    // 'complete' is set in the same task that dispatches `load`, so a script running now runs after it.
    if (win.document.readyState === 'complete') whenIdle();
    else win.addEventListener('load', whenIdle, { once: true });
  });
}
