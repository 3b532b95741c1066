import { beforeAll, describe, expect, it } from 'vitest';
import { extractKeywordsOfParts, isFillerWord, SPEECH_STOP_WORDS } from '../../core/keywords/index.ts';
import type { JiebaModule } from '../../entrypoints/background/jieba/jieba-module.ts';
import { loadTestJieba } from './load-jieba.ts';
import { seedPassage } from './seed-sections.ts';

/** The points of the seed page whose keywords are checked, with the passage bounds. */
const POINTS = {
  '篇1 (一) 八句话': ['(一)', '(二)', '篇1'],
  '篇1 (二)': ['(二)', '(三)', '篇1'],
  '篇1 (三)': ['(三)', '篇2', '篇1'],
  '篇2 二、(一) 督查工作要扎实有力': ['(一)督查工作要扎实有力', '(二)', '篇2'],
  '篇2 二、(二) 调研工作要超前深入': ['(二)调研工作要超前深入', '(三)', '篇2'],
  '篇6 三、关于机关建设': ['三、关于机关建设', '篇7', '篇6'],
  '篇3 二、安全生产专项整治': ['二、加大力度', '篇4', '篇3'],
} as const;

type PointName = keyof typeof POINTS;

let keywords: Record<PointName, string[]>;
let jieba: JiebaModule;

beforeAll(async () => {
  jieba = await loadTestJieba();
  const names = Object.keys(POINTS) as PointName[];
  const parts = names.map((name) => {
    const [from, to, after] = POINTS[name];
    return jieba.tag(seedPassage(from, to, after), true);
  });
  const top = extractKeywordsOfParts(parts, { topK: 10 });
  keywords = Object.fromEntries(names.map((name, i) => [name, top[i] ?? []])) as Record<PointName, string[]>;
});

describe('keywords of seed-page points (TextRank over jieba, ranked against the other points)', () => {
  it('finds the 八句话 of 篇1 (一): 党性是根本、宗旨是本质、全局是站位…', () => {
    const eight = ['党性', '宗旨', '本质', '全局', '站位', '枢纽', '定位', '服务', '职责', '责任', '形象', '运作', '要领'];
    const found = keywords['篇1 (一) 八句话'].filter((w) => eight.includes(w));
    expect(found).toEqual(expect.arrayContaining(['党性', '宗旨', '全局']));
    expect(found.length).toBeGreaterThanOrEqual(4);
  });

  it('finds 督查 and 决策 in 篇2’s point on supervision', () => {
    expect(keywords['篇2 二、(一) 督查工作要扎实有力'].slice(0, 3)).toEqual(expect.arrayContaining(['督查', '决策']));
  });

  it('finds 调研 and 课题 in 篇2’s point on research', () => {
    expect(keywords['篇2 二、(二) 调研工作要超前深入'].slice(0, 3)).toEqual(expect.arrayContaining(['调研', '课题']));
  });

  it('finds 机关 and 制度 in 篇6’s point on building the organs', () => {
    expect(keywords['篇6 三、关于机关建设'].slice(0, 2)).toEqual(['机关', '制度']);
  });

  it('finds 整治 and 道路交通 in 篇3’s point on safety campaigns', () => {
    expect(keywords['篇3 二、安全生产专项整治']).toEqual(expect.arrayContaining(['整治', '道路交通']));
  });

  it('returns no speech filler and no single characters', () => {
    for (const list of Object.values(keywords)) {
      // Ten at most; a short point may have fewer words worth a chip once the filler is gone.
      expect(list.length).toBeGreaterThanOrEqual(8);
      expect(list.length).toBeLessThanOrEqual(10);
      for (const word of list) {
        expect(SPEECH_STOP_WORDS.has(word)).toBe(false);
        expect(isFillerWord(word), word).toBe(false);
        expect([...word].length).toBeGreaterThan(1);
      }
    }
  });
});

describe('jieba with the speech vocabulary', () => {
  it.each([
    ['加强作风建设，落实八项规定精神', ['加强', '作风建设', '，', '落实', '八项规定', '精神']],
    ['坚决做到两个维护，增强四个意识、坚定四个自信', ['坚决', '做到', '两个维护', '，', '增强', '四个意识', '、', '坚定', '四个自信']],
    ['落实一岗双责，把第一议题制度坚持好', ['落实', '一岗双责', '，', '把', '第一议题', '制度', '坚持', '好']],
  ])('keeps the terms of %s whole', (text, words) => {
    expect(jieba.cut(text, true)).toEqual(words);
  });
});
