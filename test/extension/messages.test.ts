import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { listenForMessages, ok, parseMessage, sendMessage } from '../../protocol/messages.ts';
import { isOutlineDocument } from '../../protocol/outline-shape.ts';
import { speechOutline } from './fixtures.ts';

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

  it.each([
    ['a string', 'outline/get', 'message is not an object'],
    ['null', null, 'message is not an object'],
    ['a message without data', { type: 'outline/get' }, 'message outline/get has no data object'],
    ['an unknown type', { type: 'outline/rename', data: {} }, 'unknown message type: outline/rename'],
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

describe('listenForMessages', () => {
  beforeEach(() => fakeBrowser.reset());

  it('answers through the returned promise when the caller gives no sendResponse (WXT fake browser)', async () => {
    listenForMessages(async (message) => ok(message.type));
    expect(await sendMessage('outline/get', { tabId: 1 })).toEqual({ ok: true, value: 'outline/get' });
  });

  it('answers through sendResponse and returns true when the browser gives one (Chromium)', async () => {
    listenForMessages(async () => ok('pong'));
    const replies: unknown[] = [];
    // The fake's trigger is typed for its own two-argument calls; Chromium passes three.
    const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown[]>;
    const [returned] = await trigger({ type: 'outline/get', data: { tabId: 1 } }, {}, (r: unknown) => replies.push(r));
    expect(returned).toBe(true);
    await new Promise((r) => setTimeout(r, 0));
    expect(replies).toEqual([{ ok: true, value: 'pong' }]);
  });

  it('turns a malformed message into a failed reply without calling the handler', async () => {
    let called = false;
    listenForMessages(async () => {
      called = true;
      return ok(null);
    });
    const [reply] = await fakeBrowser.runtime.onMessage.trigger({ type: 'nope' }, {});
    expect(reply).toEqual({ ok: false, error: 'message nope has no data object' });
    expect(called).toBe(false);
  });

  it('turns a handler that throws into a failed reply', async () => {
    listenForMessages(async () => {
      throw new Error('storage is full');
    });
    expect(await sendMessage('outline/get', { tabId: 1 })).toEqual({ ok: false, error: 'storage is full' });
  });

  it('stops answering once removed', async () => {
    const stop = listenForMessages(async () => ok(null));
    stop();
    expect(await sendMessage('outline/get', { tabId: 1 })).toEqual({ ok: false, error: 'No listeners available' });
  });
});
