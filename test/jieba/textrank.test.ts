import { describe, expect, it } from 'vitest';
import { extractKeywords, extractKeywordsOfParts, rankKeywords } from '../../core/keywords/index.ts';
import type { TaggedWord } from '../../core/tokenize/types.ts';

/** Tagged words from "词/tag" pairs separated by spaces. */
function tagged(s: string): TaggedWord[] {
  return s.split(' ').map((pair) => {
    const [word = '', tag = 'x'] = pair.split('/');
    return { word: word === '⏎' ? '\n' : word, tag };
  });
}

describe('rankKeywords', () => {
  it('ranks the word linked to most others first and normalises the best weight to 1', () => {
    const tokens = tagged('党性/n 是/v 根本/n ，/x 党性/n 是/v 灵魂/n ，/x 党性/n 是/v 旗帜/n');
    const ranked = rankKeywords(tokens, { leadBias: 0 });
    expect(ranked[0]).toEqual({ word: '党性', weight: 1 });
    expect(ranked.map((k) => k.word).sort()).toEqual(['党性', '旗帜', '根本', '灵魂']);
  });

  it('keeps nouns, proper terms and verbal nouns, not plain verbs, adverbs or pronouns', () => {
    const tokens = tagged('我们/r 要/v 进一步/d 落实/v 八项规定/nz ，/x 服务/vn 群众/n');
    expect(extractKeywords(tokens)).toEqual(expect.arrayContaining(['八项规定', '服务', '群众']));
    expect(extractKeywords(tokens)).not.toEqual(expect.arrayContaining(['我们']));
    expect(extractKeywords(tokens)).toHaveLength(3);
  });

  it('drops speech filler even when it is tagged as a noun', () => {
    const tokens = tagged('同志们/n 工作/vn 问题/n 方面/n 宗旨/n');
    expect(extractKeywords(tokens)).toEqual(['宗旨']);
  });

  it('links words only within the window', () => {
    const tokens = tagged('宗旨/n 的/uj 的/uj 的/uj 的/uj 本质/n');
    // 本质 is five tokens after 宗旨: outside a window of 5, inside one of 6.
    expect(rankKeywords(tokens, { window: 5, leadBias: 0 }).map((k) => k.weight)).toEqual([1, 1]);
    expect(rankKeywords(tokens, { window: 6, leadBias: 0 })).toHaveLength(2);
  });

  it('favours the words of a paragraph’s lead sentence, where a speech states its point', () => {
    const tokens = tagged('⏎/x 全局/n 是/v 站位/n 。/x 群众/n 利益/n ，/x 群众/n 利益/n ，/x 群众/n 利益/n 。/x');
    expect(extractKeywords(tokens, { topK: 2, leadBias: 0 })).toEqual(['群众', '利益']);
    const weightOf = (leadBias: number) => rankKeywords(tokens, { leadBias }).find((k) => k.word === '全局')?.weight ?? 0;
    expect(weightOf(2)).toBeGreaterThan(weightOf(0));
  });

  it('returns nothing when no word qualifies', () => {
    expect(rankKeywords(tagged('要/v 进一步/d 。/x'))).toEqual([]);
  });

  it('returns at most topK words', () => {
    expect(extractKeywords(tagged('甲方/n 乙方/n 丙方/n 丁方/n'), { topK: 2 })).toHaveLength(2);
  });
});

describe('extractKeywordsOfParts', () => {
  it('ranks down a word that every part shares', () => {
    const parts = [
      tagged('党委/n 党性/n 党委/n 党性/n 党委/n'),
      tagged('党委/n 队伍/n 党委/n 队伍/n 党委/n'),
      tagged('党委/n 督查/vn 党委/n 督查/vn 党委/n'),
    ];
    expect(extractKeywordsOfParts(parts, { topK: 1, leadBias: 0 })).toEqual([['党性'], ['队伍'], ['督查']]);
  });

  it('is plain TextRank for a single part', () => {
    const part = tagged('党委/n 党性/n 党委/n');
    expect(extractKeywordsOfParts([part])).toEqual([extractKeywords(part)]);
  });
});
