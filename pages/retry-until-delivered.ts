/**
 * Sending a change that must not be lost while the service worker is stopped
 * or restarting: the same message is sent again, with growing pauses, for as
 * long as it fails on the way (no receiver, a worker stopped mid-answer). A
 * refusal (the background answered no) is final. The changes sent this way are
 * idempotent (a save carries its id), so a message that did arrive before its
 * answer was lost does no harm when sent again.
 */
import type { Result } from '../protocol/result.ts';
import { wasUndelivered } from '../protocol/transport.ts';

/** Pauses between attempts, in ms; the last one repeats. */
const BACKOFF_MS = [150, 300, 600, 1_200, 2_000, 3_000];

/** Options of `retryUntilDelivered`. */
export interface RetryOptions {
  /** Called before each new attempt (not the first), e.g. to tell the reader. */
  onRetry?: (attempt: number) => void;
  /** Stops retrying (the frame is going away); the last failure is returned. */
  cancelled?: () => boolean;
  sleep?: (ms: number) => Promise<void>;
}

const pause = (ms: number) => new Promise<void>((ok) => setTimeout(ok, ms));

/** Calls `send` until it is answered (either way); resolves to the answer, or the last failure when cancelled. */
export async function retryUntilDelivered<T>(send: () => Promise<Result<T>>, options: RetryOptions = {}): Promise<Result<T>> {
  const sleep = options.sleep ?? pause;
  for (let attempt = 0; ; attempt++) {
    if (attempt > 0) options.onRetry?.(attempt);
    const result = await send();
    if (!wasUndelivered(result) || options.cancelled?.()) return result;
    await sleep(BACKOFF_MS[Math.min(attempt, BACKOFF_MS.length - 1)]!);
  }
}
