/**
 * The one transport of the protocol: sending a message (`{ type, data }`) and
 * resolving to its `Result`, and a router that answers the messages of one
 * direction. Each feature registers its own handlers with `router.on(...)`;
 * the router checks the message's shape and its sender (the table entry says
 * how) before a handler sees it, and refuses a second handler for a type.
 */
import { browser, type Browser } from 'wxt/browser';
import { fail, isRecord, isResult, type Result } from './result.ts';

/** Who sent a message, as the receiver sees it. */
export type MessageSender = Browser.runtime.MessageSender;

/**
 * Who may send a message: `extension-page` the popup, library and options
 * pages; `tab` a content script; `top-frame` a content script in a tab's top
 * frame; `extension-frame` one of the extension's own pages embedded in a
 * tab's page (the note frames); `any` any of them (a handler that cares
 * checks more itself).
 */
export type SenderRule = 'any' | 'tab' | 'top-frame' | 'extension-page' | 'extension-frame';

/** One message of a direction: who may send it and how its data is checked. `R` is the reply's type, for the sender. */
export interface MessageSpec<D, R> {
  readonly from: SenderRule;
  readonly parse: (data: Record<string, unknown>) => Result<D>;
  /** Type only: never set. */
  readonly reply?: R;
}

/** Declares one message of a table: `message<Data, Reply>(from, parse)`. */
export function message<D, R>(from: SenderRule, parse: (data: Record<string, unknown>) => Result<D>): MessageSpec<D, R> {
  return { from, parse };
}

/** A direction's table of messages, by type. */
export type MessageTable = Record<string, MessageSpec<unknown, unknown>>;

/** A message's data in table `T`. */
export type DataOf<T extends MessageTable, K extends keyof T> = T[K] extends MessageSpec<infer D, unknown> ? D : never;
/** A message's reply in table `T`. */
export type ReplyOf<T extends MessageTable, K extends keyof T> = T[K] extends MessageSpec<unknown, infer R> ? R : never;
/** A checked message of table `T`. */
export type MessageOf<T extends MessageTable, K extends keyof T = keyof T> = K extends keyof T ? { type: K; data: DataOf<T, K> } : never;

/** Answers one checked message. */
export type MessageHandler<T extends MessageTable, K extends keyof T> = (data: DataOf<T, K>, sender: MessageSender) => Promise<Result<ReplyOf<T, K>>>;

/** Handlers for some of a table's messages. */
export type MessageHandlers<T extends MessageTable> = { [K in keyof T]?: MessageHandler<T, K> };

/** True for an address on an extension's origin (in Chromium, a frame loaded by its dynamic URL has another host than runtime.getURL's). */
function isExtensionUrl(url: string | undefined): boolean {
  return url !== undefined && /^(chrome|moz|safari-web)-extension:\/\//.test(url);
}

/**
 * True when the sender is one of the extension's own pages loaded in a frame
 * of a web page's tab (the note frames): it has a tab whose page is not ours,
 * and it is not that tab's top frame. The page around it cannot script it, but
 * it may only act for that tab's page.
 */
export function isExtensionFrameInTab(sender: MessageSender): boolean {
  const tabId = sender.tab?.id;
  if (tabId === undefined || tabId < 0) return false;
  if (sender.id !== undefined && sender.id !== browser.runtime.id) return false;
  return isExtensionUrl(sender.url) && (sender.frameId ?? 0) > 0 && !isExtensionUrl(sender.tab?.url);
}

/** True when the sender is one of the extension's own pages (the popup, or popup.html opened in a tab), not a frame inside a web page. */
export function isExtensionPage(sender: MessageSender): boolean {
  if (isExtensionFrameInTab(sender)) return false;
  if (sender.url?.startsWith(browser.runtime.getURL('/'))) return true;
  // Content scripts always come with a tab; a popup never does.
  return sender.tab === undefined;
}

/** Why `sender` may not send `type` under `rule`, or null when it may. */
function senderRefusal(type: string, rule: SenderRule, sender: MessageSender): string | null {
  switch (rule) {
    case 'any':
      return null;
    case 'extension-page':
      return isExtensionPage(sender) ? null : `${type} is only answered to extension pages`;
    case 'extension-frame':
      return isExtensionFrameInTab(sender) ? null : `${type} is only answered to the extension's frames in a tab`;
    case 'tab':
    case 'top-frame': {
      const tabId = sender.tab?.id;
      if (tabId === undefined || tabId < 0) return `${type} must come from a tab`;
      if (rule === 'top-frame' && sender.frameId !== undefined && sender.frameId !== 0) return `${type} must come from the top frame`;
      return null;
    }
  }
}

/** Checks a raw message's shape against `table`: the cleaned message, or what is wrong with it. */
export function parseWith<T extends MessageTable>(table: T, raw: unknown): Result<MessageOf<T>> {
  if (!isRecord(raw)) return fail('message is not an object');
  const { type, data } = raw;
  if (!isRecord(data)) return fail(`message ${String(type)} has no data object`);
  const spec = typeof type === 'string' && Object.hasOwn(table, type) ? table[type] : undefined;
  if (!spec) return fail(`unknown message type: ${String(type)}`);
  const parsed = spec.parse(data);
  if (!parsed.ok) return fail(`${type}: ${parsed.error}`);
  return { ok: true, value: { type, data: parsed.value } as MessageOf<T> };
}

/** The receiving end of one direction. */
export interface MessageRouter<T extends MessageTable> {
  /** Registers handlers; a type that already has one throws (every message has exactly one). Returns the undo. */
  on(handlers: MessageHandlers<T>): () => void;
  /** The types that have a handler now. */
  handledTypes(): string[];
  /** Checks and answers one raw message, as the listener does. Never rejects. */
  dispatch(raw: unknown, sender: MessageSender): Promise<Result<unknown>>;
  /** Answers the runtime's messages until the returned function is called. */
  listen(): () => void;
}

/** Creates the router of a direction's `table`. */
export function createRouter<T extends MessageTable>(table: T): MessageRouter<T> {
  const handlers = new Map<string, MessageHandler<T, keyof T>>();

  const dispatch = async (raw: unknown, sender: MessageSender): Promise<Result<unknown>> => {
    const parsed = parseWith(table, raw);
    if (!parsed.ok) return parsed;
    const { type, data } = parsed.value as { type: string; data: never };
    const refusal = senderRefusal(type, table[type]!.from, sender);
    if (refusal) return fail(refusal);
    const handle = handlers.get(type);
    if (!handle) return fail(`${type} has no handler here`);
    try {
      return await handle(data, sender);
    } catch (error) {
      return fail(error instanceof Error ? error.message : String(error));
    }
  };

  return {
    on(more) {
      const types = Object.keys(more).filter((k) => more[k as keyof T] !== undefined);
      for (const type of types) {
        if (!Object.hasOwn(table, type)) throw new Error(`${type} is not a message of this direction`);
        if (handlers.has(type)) throw new Error(`${type} already has a handler`);
      }
      for (const type of types) handlers.set(type, more[type as keyof T] as MessageHandler<T, keyof T>);
      return () => {
        for (const type of types) if (handlers.get(type) === more[type as keyof T]) handlers.delete(type);
      };
    },
    handledTypes: () => [...handlers.keys()].sort(),
    dispatch,
    listen() {
      // wxt 0.21.0's fake browser calls listeners without sendResponse and uses the returned
      // promise; Chromium and Firefox get sendResponse + `return true`.
      const listener = (raw: unknown, sender: MessageSender, sendResponse?: (reply: unknown) => void): true | Promise<unknown> => {
        const reply = dispatch(raw, sender);
        if (typeof sendResponse !== 'function') return reply;
        void reply.then(sendResponse);
        return true;
      };
      browser.runtime.onMessage.addListener(listener);
      return () => browser.runtime.onMessage.removeListener(listener);
    },
  };
}

/** Failures of the delivery itself (no receiver yet, a worker stopped mid-answer), not a receiver's refusal: known by identity, so the replies keep their plain shape. */
const undeliveredResults = new WeakSet<object>();

function undelivered(error: string): Result<never> {
  const result = fail(error);
  undeliveredResults.add(result);
  return result;
}

/** True when `result` failed on the way (the receiver never answered): sending the same message again may succeed. */
export function wasUndelivered(result: Result<unknown>): boolean {
  return !result.ok && undeliveredResults.has(result);
}

/** Sends through `deliver` and turns every failure (no receiver, a reloaded extension, a malformed reply) into `{ ok: false }`. */
async function send(type: string, deliver: () => Promise<unknown>): Promise<Result<never>> {
  try {
    const reply: unknown = await deliver();
    if (!isResult(reply)) return undelivered(`no valid reply to ${type}`);
    return reply as Result<never>;
  } catch (error) {
    return undelivered(error instanceof Error ? error.message : String(error));
  }
}

/** Sends a message of `T` to the background (and the extension's pages); resolves to its reply, never rejects. */
export function sendToRuntime<T extends MessageTable, K extends keyof T & string>(type: K, data: DataOf<T, K>): Promise<Result<ReplyOf<T, K>>> {
  return send(type, () => browser.runtime.sendMessage({ type, data }));
}

/** Sends a message of `T` to the content script of tab `tabId` (only its frame `frameId` when given); resolves to its reply, never rejects. */
export function sendToTabOf<T extends MessageTable, K extends keyof T & string>(tabId: number, type: K, data: DataOf<T, K>, frameId?: number): Promise<Result<ReplyOf<T, K>>> {
  return send(type, () => (frameId === undefined ? browser.tabs.sendMessage(tabId, { type, data }) : browser.tabs.sendMessage(tabId, { type, data }, { frameId })));
}
