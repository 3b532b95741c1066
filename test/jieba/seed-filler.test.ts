import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { blocksFromPlainText, extractOutline, walkPoints } from '../../core/index.ts';
import { extractKeywordsOfParts, isFillerWord } from '../../core/keywords/index.ts';
import { loadTestJieba } from './load-jieba.ts';

/** Filler that jieba tags as nouns and that became chips on the seed page before the filter (issue #14 names the first four). */
const SEEN_FILLER = [
  '所犯', '基本上', '有所', '本学期', '基本', '无法', '有力', '有序', '方方面面', '年度', '时间', '小时', '部分', '个人',
  '充分发挥', '认真学习', '严格执行', '严格遵守', '积极探索', '全面提高', '大力开展', '努力实现', '不断扩大', '集中精力',
  '系统地', '检查和', '现状及', '事务时', '在实践中', '要带头', '比较突出',
];

let chips: string[][];

beforeAll(async () => {
  const jieba = await loadTestJieba();
  const text = readFileSync('/work/shared/seed/000_0bed1d06dcd2eb48.txt', 'utf8');
  const outline = extractOutline(blocksFromPlainText(text), { title: '', url: null });
  const texts: string[] = [];
  for (const section of outline.sections) walkPoints(section.points, (p) => void texts.push(p.text));
  // Every point of the 18 speeches, ranked against the others, as the panel asks for them.
  chips = extractKeywordsOfParts(texts.map((t) => jieba.tag(t, true)), { topK: 6 });
}, 60_000);

describe('keyword chips on every point of the 18-speech seed page', () => {
  it('are never a function word, a time word or an exhortation', () => {
    const all = chips.flat();
    expect(all.length).toBeGreaterThan(1000);
    expect(all.filter((w) => SEEN_FILLER.includes(w))).toEqual([]);
    expect(all.filter((w) => /^(本|上|下)?(学期|学年|年度|季度|半年)$|^(近|今|去|明)年/.test(w))).toEqual([]);
  });

  it('still name the topics (党性, 督查, 调研, 机关 …)', () => {
    const all = new Set(chips.flat());
    for (const topic of ['党性', '宗旨', '督查', '调研', '决策', '机关', '制度', '积极分子', '八项规定']) expect(all.has(topic), topic).toBe(true);
  });
});

describe('isFillerWord', () => {
  it.each([['所犯', true], ['本学期', true], ['充分发挥', true], ['系统地', true], ['在实践中', true], ['积极分子', false], ['示范基地', false], ['全面从严治党', false], ['党性', false], ['积极性', false]])(
    '%s → %s',
    (word, filler) => {
      expect(isFillerWord(word)).toBe(filler);
    },
  );
});
