import { describe, expect, it, vi } from 'vitest';
import { createSegmenter } from '../../entrypoints/background/jieba/segmenter.ts';
import type { JiebaModule } from '../../entrypoints/background/jieba/jieba-module.ts';
import { loadTestJieba } from './load-jieba.ts';

/** A stand-in for jieba that cuts on spaces and records added words. */
function fakeJieba(): JiebaModule & { added: Array<[string, number | null | undefined]> } {
  const added: Array<[string, number | null | undefined]> = [];
  return {
    added,
    cut: (text) => text.split(' '),
    cut_all: (text) => [text],
    tag: (text) => text.split(' ').map((word) => ({ word, tag: 'n' })),
    add_word: (word, freq) => { added.push([word, freq]); return 1; },
  };
}

/** A promise resolved from outside. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((ok, no) => { resolve = ok; reject = no; });
  return { promise, resolve, reject };
}

describe('createSegmenter', () => {
  it('loads nothing until the first request', () => {
    const load = vi.fn(async () => fakeJieba());
    const segmenter = createSegmenter({ load });
    expect(load).not.toHaveBeenCalled();
    expect(segmenter.state()).toBe('idle');
  });

  it('answers with n-grams while jieba takes longer than waitMs, and with jieba once it is ready', async () => {
    const gate = deferred<JiebaModule>();
    const segmenter = createSegmenter({ load: () => gate.promise, waitMs: 10 });
    expect(await segmenter.segment('作风建设', 'default')).toEqual({ value: ['作风', '风建', '建设'], tokenizer: 'ngram' });
    expect(segmenter.state()).toBe('loading');
    gate.resolve(fakeJieba());
    await vi.waitFor(() => expect(segmenter.state()).toBe('ready'));
    expect(await segmenter.segment('作风建设 ABC', 'default')).toEqual({ value: ['作风建设', 'abc'], tokenizer: 'jieba' });
  });

  it('waits for a jieba that loads within waitMs', async () => {
    const segmenter = createSegmenter({ load: async () => fakeJieba(), waitMs: 1_000 });
    expect((await segmenter.segment('八项规定', 'search')).tokenizer).toBe('jieba');
    expect(segmenter.timings()).toEqual({ initMs: expect.any(Number), warmMs: expect.any(Number) });
  });

  it('falls back to n-grams when jieba fails to load, and tries again after retryMs', async () => {
    let clock = 0;
    const load = vi.fn(async (): Promise<JiebaModule> => { throw new Error('CompileError: WebAssembly.instantiate(): refused by CSP'); });
    const segmenter = createSegmenter({ load, retryMs: 60_000, now: () => clock });
    expect((await segmenter.segment('四风', 'search')).tokenizer).toBe('ngram');
    expect(segmenter.state()).toBe('failed');
    await segmenter.segment('四风', 'search');
    expect(load).toHaveBeenCalledTimes(1);
    clock = 60_001;
    load.mockImplementation(async () => fakeJieba());
    expect((await segmenter.segment('四风', 'search')).tokenizer).toBe('jieba');
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('gives no tags without jieba: keywords need them', async () => {
    const segmenter = createSegmenter({ load: async () => { throw new Error('no wasm'); } });
    expect(await segmenter.tag('党性是根本')).toEqual({ value: null, tokenizer: 'ngram' });
  });

  it('adds the shipped vocabulary, then the user words, before answering', async () => {
    const jieba = fakeJieba();
    const segmenter = createSegmenter({
      load: async () => jieba,
      dictionary: [{ word: '八项规定', tag: 'nz' }],
      loadUserWords: async () => ['我的新词'],
    });
    await segmenter.segment('x', 'default');
    expect(jieba.added.map(([w]) => w)).toEqual(['八项规定', '我的新词']);
  });

  it('adds new user words and silences removed ones (frequency 0), also when they change during loading', async () => {
    const gate = deferred<JiebaModule>();
    const jieba = fakeJieba();
    const segmenter = createSegmenter({ load: () => gate.promise });
    segmenter.warmUp();
    segmenter.updateUserWords(['新词甲'], ['旧词乙']);
    gate.resolve(jieba);
    await vi.waitFor(() => expect(segmenter.state()).toBe('ready'));
    segmenter.updateUserWords(['新词丙'], []);
    expect(jieba.added).toEqual([['旧词乙', 0], ['新词甲', null], ['新词丙', null]]);
  });

  it('with real jieba, keeps the shipped and the user’s terms whole, and indexes the words inside them for search', async () => {
    const real = await loadTestJieba();
    const segmenter = createSegmenter({ load: async () => real, loadUserWords: async () => ['新质生产力'] });
    // loadTestJieba already added the shipped vocabulary (八项规定, 全面从严治党); the segmenter adds the user word.
    expect(await segmenter.segment('加快发展新质生产力，落实八项规定精神', 'default')).toEqual({
      value: ['加快', '发展', '新质生产力', '落实', '八项规定', '精神'],
      tokenizer: 'jieba',
    });
    const search = await segmenter.segment('坚持全面从严治党，落实八项规定', 'search');
    expect(search.value.slice(0, 2)).toEqual(['坚持', '全面从严治党']);
    expect(search.value).toEqual(expect.arrayContaining(['全面', '从严', '从严治党', '治党', '八项规定', '八项', '规定']));
  });
});
