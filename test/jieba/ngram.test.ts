import { describe, expect, it } from 'vitest';
import { normalizeToken, normalizeTokens, tokenizeNgrams } from '../../core/tokenize/index.ts';

describe('tokenizeNgrams', () => {
  it('cuts Han text into overlapping character bigrams', () => {
    expect(tokenizeNgrams('加强作风建设')).toEqual(['加强', '强作', '作风', '风建', '建设']);
  });

  it('adds the single characters in search mode, so a one-character query finds them', () => {
    expect(tokenizeNgrams('四风', 'search')).toEqual(['四', '四风', '风']);
  });

  it('keeps a lone Han character between punctuation as a token', () => {
    expect(tokenizeNgrams('党，政')).toEqual(['党', '政']);
  });

  it('lower-cases Latin words and keeps digits, folding full-width letters', () => {
    expect(tokenizeNgrams('GDP增长5.2%，ＡＢＣ公司')).toEqual(['gdp', '增长', '5', '2', 'abc', '公司']);
  });

  it('never joins characters across punctuation, spaces or line breaks', () => {
    expect(tokenizeNgrams('党性是根本、宗旨\n是本质')).toEqual(['党性', '性是', '是根', '根本', '宗旨', '是本', '本质']);
  });

  it('treats an astral-plane ideograph as one character and ignores emoji', () => {
    expect(tokenizeNgrams('𠮷野家👍好')).toEqual(['𠮷野', '野家', '好']);
  });

  it('returns nothing for text without words', () => {
    expect(tokenizeNgrams(' ，。！…\n')).toEqual([]);
  });
});

describe('normalizeToken', () => {
  it.each([
    ['ＧＤＰ', 'gdp'],
    ['Hello', 'hello'],
    ['八项规定', '八项规定'],
    ['，', null],
    [' ', null],
  ])('turns %j into %j', (token, normal) => {
    expect(normalizeToken(token)).toBe(normal);
  });

  it('drops punctuation from a token list', () => {
    expect(normalizeTokens(['加强', '，', '作风建设', ' '])).toEqual(['加强', '作风建设']);
  });
});
