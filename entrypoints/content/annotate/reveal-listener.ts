/**
 * Answers `annotation/reveal`, which the popup sends to a tab's content script
 * (tabs.sendMessage): every other message is left to the other listeners. The
 * listener goes when `ctx` is invalidated (the extension reloaded).
 */
import { browser } from 'wxt/browser';
import { parseMessage, type MessageSender } from '../../../protocol/messages.ts';

/** Calls `reveal(id)` once `ready` settled and replies with whether the annotation was shown. */
export function listenForReveal(ctx: { onInvalidated(cb: () => void): unknown }, ready: Promise<unknown>, reveal: (id: string) => boolean): void {
  const listener = (raw: unknown, _sender: MessageSender, sendResponse?: (reply: unknown) => void): true | Promise<unknown> | undefined => {
    const parsed = parseMessage(raw);
    if (!parsed.ok || parsed.value.type !== 'annotation/reveal') return undefined;
    const id = parsed.value.data.id;
    // The popup may have opened the tab just now: wait for the annotations to be placed.
    const reply = ready.then(() => ({ ok: true, value: reveal(id) }));
    if (typeof sendResponse !== 'function') return reply;
    void reply.then(sendResponse);
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}
