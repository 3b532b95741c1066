/**
 * The background as a test talks to it: a router with every feature set up on
 * it (as entrypoints/background/index.ts does), answering raw messages the way
 * the runtime listener would: shape and sender checked, then the handler.
 */
import { setupBackground, type BackgroundDeps } from '../../entrypoints/background/setup.ts';
import { createOutlineStore } from '../../entrypoints/background/outline-store.ts';
import { createBackgroundRouter, type BackgroundRouter } from '../../protocol/background-messages.ts';
import type { Result } from '../../protocol/result.ts';
import type { MessageSender } from '../../protocol/transport.ts';

/** A router with every background feature on it. */
export function backgroundRouter(deps: BackgroundDeps = {}): BackgroundRouter {
  const router = createBackgroundRouter();
  setupBackground(router, { store: createOutlineStore(), ...deps });
  return router;
}

/** What the background replies to `raw` from `sender`. */
export type Dispatch = (raw: unknown, sender: MessageSender) => Promise<Result<unknown>>;

/** `backgroundRouter(deps).dispatch`, bound. */
export function backgroundDispatch(deps: BackgroundDeps = {}): Dispatch {
  const router = backgroundRouter(deps);
  return (raw, sender) => router.dispatch(raw, sender);
}
