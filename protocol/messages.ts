/**
 * The one message protocol between the content script, the popup and the
 * background. Every message is `{ type, data }`; every reply is a `Result`,
 * never a thrown error, so a caller handles failure as ordinary data.
 */
import { browser, type Browser } from 'wxt/browser';
import type { OutlineDocument } from '../core/index.ts';
import { isOutlineDocument } from './outline-shape.ts';
import { isReadingCommand, type ReadingCommand } from './reading-commands.ts';
import { isMatchPattern, isSiteOrigin } from '../sites/site-patterns.ts';
import type { Annotation, SavedOutline } from '../core/annotation-types.ts';
import type { AnnotationChanges, AnnotationDraft, AnnotationFacets, AnnotationFilters, AnnotationPage } from '../storage/annotation-store.ts';
import { isAnnotationMessageType, parseAnnotationMessage } from './annotation-messages.ts';
import { parseTextMessage, type TextProtocol } from './text-messages.ts';
import { parseSearchMessage, type SearchProtocol } from './search-messages.ts';

/** Every message: its payload (`data`) and the value its reply carries. */
export interface ProtocolMap {
  /** Content script → background: this tab shows a speech with this outline. Replies with the tab id it was stored for. */
  'outline/found': { data: { outline: OutlineDocument; count: number }; reply: { tabId: number } };
  /** Content script → background: this tab no longer shows a speech (navigated away, or re-reading found none); clears its outline and badge. */
  'outline/gone': { data: Record<string, never>; reply: { tabId: number } };
  /** Content script → background: open the extension's export page (library.html?export=<tabId>) for the sender's tab. */
  'export/open': { data: Record<string, never>; reply: { tabId: number } };
  /** Popup → background: the latest outline of a tab, or null when it has none. */
  'outline/get': { data: { tabId: number }; reply: OutlineDocument | null };
  /** Popup → background: run the content script once on this tab (activeTab); replies whether it found an outline. */
  'activation/run-once': { data: { tabId: number }; reply: { outlineFound: boolean } };
  /** Extension page → background, once the page holds the site's permission: run on `origin` automatically from now on. */
  'activation/always-run': { data: { origin: string }; reply: { pattern: string } };
  /** Options page → background: stop running on a granted pattern and give its permission back. */
  'activation/revoke': { data: { pattern: string }; reply: { pattern: string; permissionRemoved: boolean } };
  /** Background → content script (tabs.sendMessage): a browser-level reading key was pressed. */
  'reading/command': { data: { command: ReadingCommand }; reply: null };
  /** Segmentation, keywords and user words (jieba in the background): see protocol/text-messages.ts. */
  'text/segment': TextProtocol['text/segment'];
  'text/keywords': TextProtocol['text/keywords'];
  'jieba/user-words-changed': TextProtocol['jieba/user-words-changed'];
  /** Search over notes, saved outlines and page titles (extension pages only): see protocol/search-messages.ts. */
  'search/query': SearchProtocol['search/query'];
  'search/index-status': SearchProtocol['search/index-status'];
  // Annotations and saved outlines (storage on the extension's origin; see storage/README.md).
  /** Stores a new annotation, or puts a deleted one back (undo: send the record `annotation/delete` returned). */
  'annotation/save': { data: { annotation: AnnotationDraft; page: { title: string } }; reply: Annotation };
  /** Changes some fields of an annotation; fails when it does not exist. */
  'annotation/update': { data: { id: string; changes: AnnotationChanges }; reply: Annotation };
  /** Deletes an annotation; replies with the deleted record so the reader can undo. */
  'annotation/delete': { data: { id: string }; reply: Annotation };
  /** A page's annotations in reading order. */
  'annotation/list': { data: { url: string }; reply: Annotation[] };
  /** Extension pages only: a page of the notes list, newest change first. */
  'annotation/list-all': { data: { filters: AnnotationFilters; offset: number; limit: number }; reply: AnnotationPage };
  /** Extension pages only: the total and the tags and sites the notes list can be filtered by. */
  'annotation/facets': { data: Record<string, never>; reply: AnnotationFacets };
  /** Extension page → content script of a tab (not the background): scroll to an annotation and flash it. */
  'annotation/reveal': { data: { id: string }; reply: boolean };
  /** Keeps a copy of an outline (its `url` must be set). */
  'outline/save': { data: { outline: OutlineDocument }; reply: SavedOutline };
  /** Saved outlines, newest first: of one page, or (extension pages only) of every page when `url` is null. */
  'outline/list': { data: { url: string | null }; reply: SavedOutline[] };
  /** Extension pages only: deletes a saved outline and replies with it. */
  'outline/delete': { data: { id: string }; reply: SavedOutline };
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
  if (isAnnotationMessageType(type)) return parseAnnotationMessage(type, data);
  switch (type) {
    case 'outline/found': {
      if (!isOutlineDocument(data.outline)) return fail('outline/found: outline is not a speech-outline v1 document');
      const count = data.count;
      if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) return fail('outline/found: count is not a non-negative integer');
      return ok({ type, data: { outline: data.outline, count } });
    }
    case 'outline/gone':
    case 'export/open':
      return ok({ type, data: {} });
    case 'outline/get':
      if (!isTabId(data.tabId)) return fail('outline/get: tabId is not a tab id');
      return ok({ type, data: { tabId: data.tabId } });
    case 'text/segment':
    case 'text/keywords':
    case 'jieba/user-words-changed':
      return parseTextMessage(type, data);
    case 'search/query':
    case 'search/index-status':
      return parseSearchMessage(type, data);
    case 'activation/run-once':
      if (!isTabId(data.tabId)) return fail('activation/run-once: tabId is not a tab id');
      return ok({ type, data: { tabId: data.tabId } });
    case 'activation/always-run':
      if (!isSiteOrigin(data.origin)) return fail('activation/always-run: origin is not an http(s) origin');
      return ok({ type, data: { origin: data.origin } });
    case 'activation/revoke':
      if (!isMatchPattern(data.pattern)) return fail('activation/revoke: pattern is not a match pattern');
      return ok({ type, data: { pattern: data.pattern } });
    case 'reading/command':
      if (!isReadingCommand(data.command)) return fail('reading/command: command is not a reading command');
      return ok({ type, data: { command: data.command } });
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
  const listener = (raw: unknown, sender: MessageSender, sendResponse?: (reply: unknown) => void): true | undefined | Promise<unknown> => {
    // A type another listener claimed (listenForMessagesOf) is left to it: only one reply may be sent.
    if (isRecord(raw) && claimedTypes.has(String(raw.type))) return undefined;
    const reply = handleRaw(raw, sender, handle);
    if (typeof sendResponse !== 'function') return reply;
    void reply.then(sendResponse);
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/** Message types answered by their own listener (listenForMessagesOf), which the catch-all listener skips. */
const claimedTypes = new Set<string>();

/**
 * Like `listenForMessages`, but answers only `types` and leaves every other
 * message to the other listeners, so a concern (annotations, jieba…) can have
 * its own listener beside the catch-all one.
 */
export function listenForMessagesOf<K extends MessageType>(types: readonly K[], handle: (message: Message<K>, sender: MessageSender) => Promise<Result<unknown>>): () => void {
  const own = new Set<string>(types);
  for (const type of types) claimedTypes.add(type);
  const listener = (raw: unknown, sender: MessageSender, sendResponse?: (reply: unknown) => void): true | undefined | Promise<unknown> => {
    if (!isRecord(raw) || !own.has(String(raw.type))) return undefined;
    const reply = handleRaw(raw, sender, handle as MessageHandler);
    if (typeof sendResponse !== 'function') return reply;
    void reply.then(sendResponse);
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => {
    browser.runtime.onMessage.removeListener(listener);
    for (const type of types) claimedTypes.delete(type);
  };
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
