import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import en from '../../public/_locales/en/messages.json';
import zhCN from '../../public/_locales/zh_CN/messages.json';
import { CONTENT_SCRIPT_KEYS } from '../../i18n/content-keys.ts';
import { formatMessage, t, useMessages, type LocaleMessages } from '../../i18n/t.ts';
import { UI_LANGUAGE_KEY } from '../../i18n/ui-language.ts';
import { loadContentWords } from '../../entrypoints/content/content-words.ts';
import { parseMessage } from '../../protocol/background-messages.ts';
import { ok } from '../../protocol/result.ts';
import type { MessageSender } from '../../protocol/transport.ts';
import { backgroundDispatch } from './background-router.ts';

const TAB: MessageSender = { id: 'test', url: 'https://www.gov.cn/a.html', frameId: 0, tab: { id: 4, index: 0 } } as MessageSender;
const POPUP: MessageSender = { id: 'test', url: 'chrome-extension://test-extension-id/popup.html' };
const REQUEST = { type: 'i18n/content-messages', data: {} };

/** browser.i18n as Chromium answers it from one locale file; counts its calls. */
function browserSpeaks(file: LocaleMessages) {
  const getMessage = vi.fn((name: string, subs?: string[]) => formatMessage(file[name], subs ?? []));
  fakeBrowser.i18n.getMessage = getMessage as unknown as typeof fakeBrowser.i18n.getMessage;
  return getMessage;
}

/** The content script's messages go to the real background router, as sent from a tab's top frame. */
function routeToBackground(answer = backgroundDispatch()) {
  const send = vi.fn((raw: unknown) => answer(raw, TAB));
  fakeBrowser.runtime.sendMessage = send as unknown as typeof fakeBrowser.runtime.sendMessage;
  return send;
}

const originalGetMessage = fakeBrowser.i18n.getMessage;
const originalSend = fakeBrowser.runtime.sendMessage;

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  fakeBrowser.i18n.getMessage = originalGetMessage;
  fakeBrowser.runtime.sendMessage = originalSend;
  useMessages(null);
});

describe('i18n/content-messages', () => {
  it('is a message with no data, answered to content scripts only', async () => {
    expect(parseMessage({ type: 'i18n/content-messages', data: { keys: ['extName'] } })).toEqual(ok({ type: 'i18n/content-messages', data: {} }));
    browserSpeaks(zhCN);
    const dispatch = backgroundDispatch();
    expect(await dispatch(REQUEST, POPUP)).toEqual({ ok: false, error: 'i18n/content-messages must come from a tab' });
    expect((await dispatch(REQUEST, TAB)).ok).toBe(true);
  });

  it('answers with exactly the content script’s keys in the browser’s language, placeholders left for the content script to fill', async () => {
    browserSpeaks(zhCN);
    const reply = await backgroundDispatch()(REQUEST, TAB);
    if (!reply.ok) throw new Error(reply.error);
    const { messages } = reply.value as { messages: LocaleMessages };
    expect(Object.keys(messages).sort()).toEqual([...CONTENT_SCRIPT_KEYS].sort());
    expect(messages.reading_tabLabel?.message).toBe(zhCN.reading_tabLabel.message);
    useMessages(messages);
    expect(t('counts', 18, 204)).toBe('18 篇 · 204 个要点');
  });

  it('answers in the language the reader chose on the options page, not the browser’s, even right after the background woke', async () => {
    const getMessage = browserSpeaks(zhCN);
    await fakeBrowser.storage.local.set({ [UI_LANGUAGE_KEY]: { code: 'en', messages: en } });
    const reply = await backgroundDispatch()(REQUEST, TAB);
    if (!reply.ok) throw new Error(reply.error);
    useMessages((reply.value as { messages: LocaleMessages }).messages);
    expect(t('counts', 18, 204)).toBe('18 sections · 204 points');
    expect(getMessage).not.toHaveBeenCalled();
  });
});

describe('the content script’s words', () => {
  it('come from the background: t never asks the browser’s i18n (whose first call loads the whole bundle synchronously)', async () => {
    const background = browserSpeaks(zhCN);
    routeToBackground();
    await loadContentWords();
    // From here on the page's own i18n must stay untouched: the background's calls are done.
    background.mockClear();
    expect(t('reading_tabLabel')).toBe(zhCN.reading_tabLabel.message);
    expect(t('annotate_notesCount', 3)).toBe(formatMessage(zhCN.annotate_notesCount, ['3']));
    expect(background).not.toHaveBeenCalled();
  });

  it('fall back to the reader’s stored choice when the background does not answer', async () => {
    browserSpeaks(zhCN);
    fakeBrowser.runtime.sendMessage = vi.fn(() => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'))) as unknown as typeof fakeBrowser.runtime.sendMessage;
    await fakeBrowser.storage.local.set({ [UI_LANGUAGE_KEY]: { code: 'en', messages: en } });
    await loadContentWords();
    expect(t('counts', 18, 204)).toBe('18 sections · 204 points');
  });

  it('fall back to the browser’s i18n when the background refuses and no language is chosen', async () => {
    const getMessage = browserSpeaks(zhCN);
    routeToBackground(async () => ({ ok: false, error: 'i18n/content-messages has no handler here' }));
    await loadContentWords();
    expect(t('counts', 18, 204)).toBe('18 篇 · 204 个要点');
    expect(getMessage).toHaveBeenCalled();
  });

  it('ask the browser for a key the table lacks instead of showing the key', async () => {
    const getMessage = browserSpeaks(zhCN);
    useMessages({ lang: { message: 'zh-CN' } });
    expect(t('extName')).toBe('讲话提纲助手');
    expect(getMessage).toHaveBeenCalledWith('extName', []);
  });
});
