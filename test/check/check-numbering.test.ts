import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { blocksFromPlainText, checkNumbering, extractOutline, NUMBERING_RULES, type NumberingScheme } from '../../core/index.ts';
import { CLEAN_DRAFT, SLIPS, withSlip } from './drafts.ts';

function check(text: string, scheme: NumberingScheme = 'page') {
  const blocks = blocksFromPlainText(text);
  return checkNumbering(blocks, extractOutline(blocks, { title: blocks[0]?.text ?? '', url: null }), { scheme });
}

/** A corpus text as published: labels and header lines removed, `## ` section lines kept as headings. */
function corpusText(file: string): string {
  const lines = readFileSync(file, 'utf8').split('\n');
  return [lines[0]?.replace(/^TITLE: /, '') ?? '', ...lines.slice(2)].join('\n').replace(/⟦\d~?⟧/g, '').replace(/^## /gm, '');
}

describe('checkNumbering', () => {
  it.each(['page', 'gbt'] as const)('finds nothing in a clean draft under the %s scheme', (scheme) => {
    expect(check(CLEAN_DRAFT, scheme)).toEqual([]);
  });

  it.each(SLIPS)('finds $name', (slip) => {
    for (const scheme of ['page', 'gbt'] as const) {
      const findings = check(withSlip(slip), scheme);
      expect(findings.map((f) => [f.rule, f.paragraph, f.expected])).toEqual([[slip.rule, slip.paragraph, slip.expected], ...(slip.more ?? [])]);
    }
  });

  it('says what is wrong and what the usual form is, in Chinese and English', () => {
    const [f] = check(withSlip(SLIPS[0]!));
    expect(f?.message.zh).toBe('跳号：「二、」之后是「四、」，应为「三、」');
    expect(f?.message.en).toBe('skipped number: 二、 is followed by 四、; expected 三、');
    expect(f?.marker).toBe('四、');
  });

  it('flags 1、 among 1. only as inconsistent under the page scheme, and every 1、 under GB/T', () => {
    const draft = CLEAN_DRAFT.replace('2.创新督查方式', '2、创新督查方式');
    expect(check(draft, 'page').map((f) => [f.rule, f.marker, f.expected])).toEqual([['form-inconsistent', '2、', '2.']]);
    const allDun = CLEAN_DRAFT.replace('1.健全', '1、健全').replace('2.创新', '2、创新').replace('3.强化', '3、强化');
    expect(check(allDun, 'page')).toEqual([]);
    expect(check(allDun, 'gbt').map((f) => [f.rule, f.expected])).toEqual([['ar-punct', '1.'], ['ar-punct', '2.'], ['ar-punct', '3.']]);
  });

  it('accepts half-width brackets used throughout under the page scheme, not under GB/T', () => {
    const half = CLEAN_DRAFT.replace(/（([一二三123])）/g, '($1)');
    expect(check(half, 'page')).toEqual([]);
    expect(new Set(check(half, 'gbt').map((f) => f.rule))).toEqual(new Set(['half-width-bracket']));
  });

  it('flags 1. above （一） as levels out of order under GB/T', () => {
    const draft = ['关于做好防汛工作的通知', '1.提高认识', '（一）压实责任。', '（二）完善预案。', '2.加强值守', '（一）严格值班。', '（二）及时报告。'].join('\n');
    expect(check(draft, 'gbt').map((f) => [f.rule, f.paragraph])).toEqual([['level-order', 3], ['level-order', 6]]);
    // The writer's own order, kept the same throughout, is their scheme.
    expect(check(draft, 'page')).toEqual([]);
  });

  it('checks each speech of a page on its own: numbering restarts with the next speech', () => {
    const page = ['讲话稿两篇', '篇1:在动员会上的讲话', '一、统一思想', '二、明确任务', '篇2:在总结会上的讲话', '一、工作回顾', '二、存在问题'].join('\n');
    expect(check(page)).toEqual([]);
  });

  it('explains every rule in one line with an example, in both languages', () => {
    for (const rule of NUMBERING_RULES) {
      expect(rule.explanation.zh).not.toContain('\n');
      expect(rule.title.zh.length).toBeGreaterThan(0);
      expect(rule.example.wrong).not.toBe(rule.example.right);
    }
  });
});

describe('checkNumbering on real texts', () => {
  const corpus = '/work/shared/corpus';
  const files = readdirSync(corpus).filter((f) => f.endsWith('.spk')).sort();

  it('finds only the real misprint in the eight corpus texts under the page scheme', () => {
    const found = files.flatMap((f) => check(corpusText(`${corpus}/${f}`)).map((x) => `${f}:${x.paragraph}:${x.rule}:${x.marker}`));
    expect(found).toEqual([
      // 现在要强调两点：一是…；一是… — a misprint kept from the source (corpus README).
      'dev-03.spk:54:repeated-number:一是',
      // The excerpt starts at part 三 of the report (its title says 节选).
      'dev-06.spk:4:skipped-number:三、',
    ]);
  });

  it('flags only the two speeches the seed page cuts off after their first sub-point', () => {
    const found = check(readFileSync('/work/shared/seed/000_0bed1d06dcd2eb48.txt', 'utf8')).map((x) => `${x.paragraph}:${x.rule}:${x.marker}`);
    expect(found).toEqual(['73:single-item:(一)', '425:single-item:1、']);
  });
});
