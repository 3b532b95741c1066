/**
 * Runs background work in idle slices so it never delays the page's first
 * paint or the reader's input: each idle period runs steps until its time is
 * nearly used up, then the rest waits for the next one.
 */
import type { IdleScheduler } from './page-annotations.ts';

/** The timers the scheduler needs (WXT's ctx, which cancels them when the extension reloads). */
export interface IdleTimers {
  requestIdleCallback(callback: (deadline: IdleDeadline) => void, options?: IdleRequestOptions): number;
  setTimeout(handler: () => void, timeout?: number): number;
}

/** Longest a slice runs where requestIdleCallback is missing. */
const FALLBACK_SLICE_MS = 8;

/** An IdleScheduler on `timers`: requestIdleCallback where it exists, else short timeouts. */
export function idleScheduler(timers: IdleTimers): IdleScheduler {
  const hasIdle = typeof globalThis.requestIdleCallback === 'function';
  return (step) => {
    let cancelled = false;
    const run = (deadline?: IdleDeadline) => {
      const until = performance.now() + FALLBACK_SLICE_MS;
      let more = true;
      while (more && !cancelled) {
        more = step();
        if (deadline ? deadline.timeRemaining() < 1 : performance.now() >= until) break;
      }
      if (more && !cancelled) queue();
    };
    const queue = () => {
      if (hasIdle) timers.requestIdleCallback(run, { timeout: 1_000 });
      else timers.setTimeout(() => run(), 16);
    };
    queue();
    return () => {
      cancelled = true;
    };
  };
}
