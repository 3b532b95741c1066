import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { backgroundDispatch } from '../extension/background-router.ts';
import { MAX_TEXT_CHARS } from '../../protocol/text-types.ts';
import { loadUserWords, saveUserWords, USER_WORDS_KEY } from '../../storage/user-words.ts';
import { parseMessage } from '../../protocol/background-messages.ts';
import { type MessageSender } from '../../protocol/transport.ts';

const popup: MessageSender = { id: 'test', url: 'chrome-extension://test-extension-id/popup.html' };
const contentScript = { id: 'test', url: 'http://127.0.0.1/a.html', frameId: 0, tab: { id: 3 } } as MessageSender;

beforeEach(() => fakeBrowser.reset());

describe('parseMessage for the text messages', () => {
  it('accepts a segment request', () => {
    expect(parseMessage({ type: 'text/segment', data: { text: '八项规定', mode: 'search' } })).toEqual({
      ok: true,
      value: { type: 'text/segment', data: { text: '八项规定', mode: 'search' } },
    });
  });

  it.each([
    [{ type: 'text/segment', data: { text: 42, mode: 'default' } }, 'text/segment: text is not a string'],
    [{ type: 'text/segment', data: { text: '字'.repeat(MAX_TEXT_CHARS + 1), mode: 'default' } }, 'text/segment: text is longer than 200000 characters'],
    [{ type: 'text/segment', data: { text: '党性', mode: 'all' } }, "text/segment: mode is neither 'default' nor 'search'"],
    [{ type: 'text/keywords', data: { texts: ['党性', 1], topK: 5 } }, 'text/keywords: texts is not an array of strings'],
    [{ type: 'text/keywords', data: { texts: ['党性'], topK: 0 } }, 'text/keywords: topK is not an integer from 1 to 50'],
    [{ type: 'text/keywords', data: { texts: ['字'.repeat(MAX_TEXT_CHARS), '字'], topK: 5 } }, 'text/keywords: texts are longer than 200000 characters together'],
  ])('refuses %j', (raw, error) => {
    expect(parseMessage(raw)).toEqual({ ok: false, error });
  });
});

describe('the background’s text messages (WASM cannot load in Node: the fallback answers)', () => {
  const handle = backgroundDispatch();

  it('segments with n-grams and says so when jieba cannot load', async () => {
    const reply = await handle({ type: 'text/segment', data: { text: '落实八项规定', mode: 'default' } }, contentScript);
    expect(reply).toEqual({ ok: true, value: { tokens: ['落实', '实八', '八项', '项规', '规定'], tokenizer: 'ngram' } });
  });

  it('refuses keywords without jieba, with a reason', async () => {
    const reply = await handle({ type: 'text/keywords', data: { texts: ['党性是根本'], topK: 5 } }, contentScript);
    expect(reply).toEqual({ ok: false, error: 'text/keywords: jieba could not be loaded, and keywords need its part-of-speech tags' });
  });

  it('reloads the user words for an extension page, not for a content script', async () => {
    await fakeBrowser.storage.local.set({ [USER_WORDS_KEY]: ['第一议题', '新质生产力'] });
    expect(await handle({ type: 'jieba/user-words-changed', data: {} }, popup)).toEqual({ ok: true, value: { count: 2 } });
    expect(await handle({ type: 'jieba/user-words-changed', data: {} }, contentScript)).toEqual({
      ok: false,
      error: 'jieba/user-words-changed is only answered to extension pages',
    });
  });
});

describe('user words in storage.local', () => {
  it('saves them cleaned and loads them back', async () => {
    expect(await saveUserWords([' 新质生产力 ', '新质生产力', '含 空格', '两个结合'])).toEqual(['新质生产力', '两个结合']);
    expect(await loadUserWords()).toEqual(['新质生产力', '两个结合']);
  });

  it('loads nothing from a missing or malformed entry', async () => {
    expect(await loadUserWords()).toEqual([]);
    await fakeBrowser.storage.local.set({ [USER_WORDS_KEY]: '新质生产力' });
    expect(await loadUserWords()).toEqual([]);
  });
});
