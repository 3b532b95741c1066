/**
 * The one message protocol between the content script, the popup and the
 * background. Every message is `{ type, data }`; every reply is a `Result`,
 * never a thrown error, so a caller handles failure as ordinary data.
 */
import { browser, type Browser } from 'wxt/browser';
import type { OutlineDocument } from '../core/index.ts';
import { isOutlineDocument } from './outline-shape.ts';

/** Every message: its payload (`data`) and the value its reply carries. */
export interface ProtocolMap {
  /** Content script → background: this tab shows a speech with this outline. Replies with the tab id it was stored for. */
  'outline/found': { data: { outline: OutlineDocument; count: number }; reply: { tabId: number } };
  /** Popup → background: the latest outline of a tab, or null when it has none. */
  'outline/get': { data: { tabId: number }; reply: OutlineDocument | null };
}

export type MessageType = keyof ProtocolMap;
export type MessageData<K extends MessageType> = ProtocolMap[K]['data'];
export type MessageReply<K extends MessageType> = ProtocolMap[K]['reply'];

/** A message as it travels. */
export type Message<K extends MessageType = MessageType> = K extends MessageType ? { type: K; data: MessageData<K> } : never;

/** What every reply looks like. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/** A successful result. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** A failed result. */
export function fail<T = never>(error: string): Result<T> {
  return { ok: false, error };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isTabId(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0;
}

/**
 * Checks an incoming message's shape. Messages cross a trust boundary (a
 * content script runs next to a page), so the background trusts nothing it
 * has not checked here.
 */
export function parseMessage(raw: unknown): Result<Message> {
  if (!isRecord(raw)) return fail('message is not an object');
  const { type, data } = raw;
  if (!isRecord(data)) return fail(`message ${String(type)} has no data object`);
  switch (type) {
    case 'outline/found': {
      if (!isOutlineDocument(data.outline)) return fail('outline/found: outline is not a speech-outline v1 document');
      const count = data.count;
      if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) return fail('outline/found: count is not a non-negative integer');
      return ok({ type, data: { outline: data.outline, count } });
    }
    case 'outline/get':
      if (!isTabId(data.tabId)) return fail('outline/get: tabId is not a tab id');
      return ok({ type, data: { tabId: data.tabId } });
    default:
      return fail(`unknown message type: ${String(type)}`);
  }
}

/** Checks a reply's envelope (the value itself is the sender's business). */
function isResult(v: unknown): v is Result<unknown> {
  if (!isRecord(v)) return false;
  return v.ok === true ? 'value' in v : v.ok === false && typeof v.error === 'string';
}

/**
 * Sends a message to the background and resolves to its reply. Never rejects:
 * a missing receiver or an invalidated extension context becomes `{ ok: false }`.
 */
export async function sendMessage<K extends MessageType>(type: K, data: MessageData<K>): Promise<Result<MessageReply<K>>> {
  try {
    const reply: unknown = await browser.runtime.sendMessage({ type, data });
    if (!isResult(reply)) return fail(`no valid reply to ${type}`);
    return reply as Result<MessageReply<K>>;
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
}

/** Who sent a message, as the background sees it. */
export type MessageSender = Browser.runtime.MessageSender;

/** Handles one checked message; returns the reply's Result. */
export type MessageHandler = (message: Message, sender: MessageSender) => Promise<Result<unknown>>;

/**
 * Registers `handle` as the runtime message listener in the form that works
 * in Chromium, Firefox and WXT's fake browser: wxt 0.21.0's fake calls listeners
 * without `sendResponse` and uses the returned promise; real browsers get
 * `sendResponse` + `return true`. Returns a function that removes the listener.
 */
export function listenForMessages(handle: MessageHandler): () => void {
  const listener = (raw: unknown, sender: MessageSender, sendResponse?: (reply: unknown) => void): true | Promise<unknown> => {
    const reply = handleRaw(raw, sender, handle);
    if (typeof sendResponse !== 'function') return reply;
    void reply.then(sendResponse);
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

async function handleRaw(raw: unknown, sender: MessageSender, handle: MessageHandler): Promise<Result<unknown>> {
  const parsed = parseMessage(raw);
  if (!parsed.ok) return parsed;
  try {
    return await handle(parsed.value, sender);
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
}
