import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setupTabHandlers } from '../../entrypoints/content/tab-handlers.ts';
import { BACKGROUND_MESSAGES, createBackgroundRouter, parseMessage } from '../../protocol/background-messages.ts';
import { ok, type Result } from '../../protocol/result.ts';
import { sendMessage } from '../../protocol/send.ts';
import { createTabRouter, TAB_MESSAGES } from '../../protocol/tab-messages.ts';
import type { MessageSender } from '../../protocol/transport.ts';
import { backgroundRouter } from './background-router.ts';
import { isOutlineDocument } from '../../protocol/outline-shape.ts';
import { speechOutline } from './fixtures.ts';

const POPUP: MessageSender = { id: 'test', url: 'chrome-extension://test-extension-id/popup.html' };

describe('parseMessage', () => {
  it('accepts an outline/found message with its outline and count', () => {
    const outline = speechOutline();
    expect(parseMessage({ type: 'outline/found', data: { outline, count: 3 } })).toEqual(ok({ type: 'outline/found', data: { outline, count: 3 } }));
  });

  it('accepts an outline/get message for a tab id', () => {
    expect(parseMessage({ type: 'outline/get', data: { tabId: 7 } })).toEqual(ok({ type: 'outline/get', data: { tabId: 7 } }));
  });

  it.each(['outline/gone', 'export/open'] as const)('accepts %s with an empty payload, dropping anything else in it', (type) => {
    expect(parseMessage({ type, data: { tabId: 3 } })).toEqual(ok({ type, data: {} }));
  });

  it('accepts export/open with a speech index (导出本篇) and refuses one that is not a plain index', () => {
    expect(parseMessage({ type: 'export/open', data: { section: 4, tabId: 3 } })).toEqual(ok({ type: 'export/open', data: { section: 4 } }));
    for (const section of [-1, 1.5, '4', null, 10_000, Number.NaN]) {
      expect(parseMessage({ type: 'export/open', data: { section } })).toEqual({ ok: false, error: 'export/open: section is not a speech index' });
    }
  });

  it('takes outline/save’s name (保存本篇) when it is a short non-empty string', () => {
    const outline = { ...speechOutline(), url: 'https://example.gov.cn/a.html' };
    expect(parseMessage({ type: 'outline/save', data: { outline, name: '页 · 篇2' } })).toEqual(ok({ type: 'outline/save', data: { outline, name: '页 · 篇2' } }));
    expect(parseMessage({ type: 'outline/save', data: { outline } })).toEqual(ok({ type: 'outline/save', data: { outline } }));
    for (const name of ['', '  ', 7, '名'.repeat(201)]) {
      const parsed = parseMessage({ type: 'outline/save', data: { outline, name } });
      expect(!parsed.ok && parsed.error).toMatch(/name is not a non-empty string/);
    }
  });

  it.each([
    ['a string', 'outline/get', 'message is not an object'],
    ['null', null, 'message is not an object'],
    ['a message without data', { type: 'outline/get' }, 'message outline/get has no data object'],
    ['an unknown type', { type: 'outline/frobnicate', data: {} }, 'unknown message type: outline/frobnicate'],
    ['a negative tab id', { type: 'outline/get', data: { tabId: -1 } }, 'outline/get: tabId is not a tab id'],
    ['a tab id given as text', { type: 'outline/get', data: { tabId: '7' } }, 'outline/get: tabId is not a tab id'],
    ['a fractional count', { type: 'outline/found', data: { outline: speechOutline(), count: 1.5 } }, 'outline/found: count is not a non-negative integer'],
    ['a missing outline', { type: 'outline/found', data: { count: 1 } }, 'outline/found: outline is not a speech-outline v1 document'],
  ])('refuses %s', (_what, raw, error) => {
    expect(parseMessage(raw)).toEqual({ ok: false, error });
  });
});

describe('isOutlineDocument', () => {
  it('recognises a speech-outline v1 document', () => {
    expect(isOutlineDocument(speechOutline())).toBe(true);
  });

  it.each([
    ['another version', (d: Record<string, unknown>) => ({ ...d, version: 2 })],
    ['a numeric url', (d: Record<string, unknown>) => ({ ...d, url: 1 })],
    ['a detection without signals', (d: Record<string, unknown>) => ({ ...d, detection: { isSpeechPage: true, confidence: 1 } })],
    ['a section without points', (d: Record<string, unknown>) => ({ ...d, sections: [{ title: '篇1' }] })],
    ['a point whose children are not points', (d: Record<string, unknown>) => ({ ...d, sections: [{ title: '篇1', points: [{ marker: '一、', ordinal: 1, depth: 1, inline: false, title: '', text: '', children: [42] }] }] })],
  ])('rejects a document with %s', (_what, change) => {
    expect(isOutlineDocument(change(speechOutline() as unknown as Record<string, unknown>))).toBe(false);
  });

  it('rejects nesting deeper than any real outline', () => {
    let p: Record<string, unknown> = { marker: '1.', ordinal: 1, depth: 1, inline: false, title: '', text: '', children: [] };
    for (let i = 0; i < 40; i++) p = { ...p, children: [p] };
    expect(isOutlineDocument({ ...speechOutline(), sections: [{ title: '篇1', points: [p] }] })).toBe(false);
  });
});

describe('the router', () => {
  beforeEach(() => fakeBrowser.reset());

  /** A router answering outline/get with `answer`, listening on the runtime. */
  function answering(answer: () => Promise<Result<null>>) {
    const router = createBackgroundRouter();
    router.on({ 'outline/get': answer });
    return { router, stop: router.listen() };
  }

  it('answers through the returned promise when the caller gives no sendResponse (WXT fake browser)', async () => {
    answering(async () => ok(null));
    expect(await sendMessage('outline/get', { tabId: 1 })).toEqual({ ok: true, value: null });
  });

  it('answers through sendResponse and returns true when the browser gives one (Chromium)', async () => {
    answering(async () => ok(null));
    const replies: unknown[] = [];
    // The fake's trigger is typed for its own two-argument calls; Chromium passes three.
    const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown[]>;
    const [returned] = await trigger({ type: 'outline/get', data: { tabId: 1 } }, POPUP, (r: unknown) => replies.push(r));
    expect(returned).toBe(true);
    await new Promise((r) => setTimeout(r, 0));
    expect(replies).toEqual([{ ok: true, value: null }]);
  });

  it('turns a malformed message into a failed reply without calling the handler', async () => {
    let called = false;
    answering(async () => {
      called = true;
      return ok(null);
    });
    const [reply] = await fakeBrowser.runtime.onMessage.trigger({ type: 'nope' }, {});
    expect(reply).toEqual({ ok: false, error: 'message nope has no data object' });
    expect(called).toBe(false);
  });

  it('refuses a sender the table does not allow before the handler runs', async () => {
    let called = false;
    const { router } = answering(async () => {
      called = true;
      return ok(null);
    });
    const contentScript = { id: 'test', url: 'https://www.gov.cn/a.html', frameId: 0, tab: { id: 4, index: 0 } } as MessageSender;
    expect(await router.dispatch({ type: 'outline/get', data: { tabId: 4 } }, contentScript)).toEqual({ ok: false, error: 'outline/get is only answered to extension pages' });
    expect(called).toBe(false);
  });

  it('turns a handler that throws into a failed reply', async () => {
    answering(async () => {
      throw new Error('storage is full');
    });
    expect(await sendMessage('outline/get', { tabId: 1 })).toEqual({ ok: false, error: 'storage is full' });
  });

  it('stops answering once removed', async () => {
    answering(async () => ok(null)).stop();
    expect(await sendMessage('outline/get', { tabId: 1 })).toEqual({ ok: false, error: 'No listeners available' });
  });

  it('refuses a second handler for a message, and a message of the other direction', () => {
    const router = createBackgroundRouter();
    router.on({ 'outline/get': async () => ok(null) });
    expect(() => router.on({ 'outline/get': async () => ok(null) })).toThrow('outline/get already has a handler');
    expect(() => (router.on as (h: Record<string, unknown>) => void)({ 'reading/command': async () => ok(null) })).toThrow('reading/command is not a message of this direction');
  });
});

describe('every message has exactly one handler', () => {
  beforeEach(() => fakeBrowser.reset());

  it('in the background: setupBackground registers one for each message to it', () => {
    // A second registration of any type would throw inside setupBackground.
    const router = backgroundRouter();
    expect(router.handledTypes()).toEqual(Object.keys(BACKGROUND_MESSAGES).sort());
  });

  it('in a tab: setupTabHandlers registers one for each message to a tab, and they reach the features', async () => {
    const router = createTabRouter();
    const ran: string[] = [];
    const shown: number[] = [];
    setupTabHandlers(router, {
      runCommand: (command) => ran.push(command) > 0,
      reveal: async (id) => id === 'note-1',
      changed: (change, annotation) => void ran.push(`${change} ${annotation.id}`),
      request: (request) => void ran.push(`${request.frame} ${request.action}`),
      currentOutline: () => null,
      showPoint: (index, marker) => marker === '二、' && shown.push(index) > 0,
    });
    expect(router.handledTypes()).toEqual(Object.keys(TAB_MESSAGES).sort());
    expect(await router.dispatch({ type: 'reading/command', data: { command: 'next-point' } }, POPUP)).toEqual({ ok: true, value: null });
    expect(ran).toEqual(['next-point']);
    expect(await router.dispatch({ type: 'annotation/reveal', data: { id: 'note-1' } }, POPUP)).toEqual({ ok: true, value: true });
    expect(await router.dispatch({ type: 'annotation/reveal', data: { id: '../x' } }, POPUP)).toEqual({ ok: false, error: 'annotation/reveal: id is not a record id' });
    const stored = { id: 'note-1', url: 'https://www.gov.cn/a.html', kind: 'note', color: 'yellow', quote: '党性是根本', note: '要点', tags: [], selectors: [], context: null, createdAt: 1, updatedAt: 1 };
    expect(await router.dispatch({ type: 'annotation/changed', data: { change: 'saved', annotation: stored } }, POPUP)).toEqual({ ok: true, value: null });
    expect(await router.dispatch({ type: 'frame/request', data: { frame: 'editor', action: 'close' } }, POPUP)).toEqual({ ok: true, value: null });
    expect(await router.dispatch({ type: 'frame/request', data: { frame: 'notes', action: 'resize', height: -4 } }, POPUP)).toEqual({ ok: false, error: 'frame/request: height is not a frame height' });
    expect(ran.slice(1)).toEqual(['saved note-1', 'editor close']);
    expect(await router.dispatch({ type: 'outline/read', data: {} }, POPUP)).toEqual({ ok: true, value: null });
    expect(await router.dispatch({ type: 'reading/show-point', data: { index: 7, marker: '二、', title: '狠抓落实' } }, POPUP)).toEqual({ ok: true, value: true });
    expect(await router.dispatch({ type: 'reading/show-point', data: { index: -1, marker: '二、', title: '' } }, POPUP)).toEqual({ ok: false, error: 'reading/show-point: index is not a point index' });
    expect(shown).toEqual([7]);
  });
});
