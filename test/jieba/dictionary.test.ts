import { describe, expect, it } from 'vitest';
import { SPEECH_WORDS_TEXT } from '../../assets/dict/speech-words.ts';
import { cleanWordList, parseDictionaryLines } from '../../core/tokenize/index.ts';

describe('parseDictionaryLines', () => {
  it('reads word, frequency and tag, skipping comments and blank lines', () => {
    expect(parseDictionaryLines('# 注释\n\n八项规定 nz\n三服务 5 nz\n放管服\n')).toEqual([
      { word: '八项规定', tag: 'nz' },
      { word: '三服务', freq: 5, tag: 'nz' },
      { word: '放管服' },
    ]);
  });

  it('skips words longer than 20 characters', () => {
    expect(parseDictionaryLines('这是一句被误贴进词典里的很长很长很长很长的句子')).toEqual([]);
  });
});

describe('the shipped speech vocabulary', () => {
  const entries = parseDictionaryLines(SPEECH_WORDS_TEXT);

  it('holds over a hundred distinct terms', () => {
    expect(entries.length).toBeGreaterThan(100);
    expect(new Set(entries.map((e) => e.word)).size).toBe(entries.length);
  });

  it.each(['三个代表', '四风', '八项规定', '两个维护', '四个意识', '四个自信', '两个确立', '放管服', '一岗双责', '第一议题', '主题教育', '全面从严治党', '党委办公厅', '党性', '三服务', '秘书长'])(
    'contains %s',
    (word) => {
      expect(entries.map((e) => e.word)).toContain(word);
    },
  );
});

describe('cleanWordList', () => {
  it('trims, drops empty, spaced and repeated words, and keeps only strings', () => {
    expect(cleanWordList([' 第一议题 ', '', '两个 维护', '第一议题', 42, '一岗双责'])).toEqual(['第一议题', '一岗双责']);
  });

  it('stops at the limit', () => {
    expect(cleanWordList(['甲乙', '丙丁', '戊己'], 2)).toEqual(['甲乙', '丙丁']);
  });
});
