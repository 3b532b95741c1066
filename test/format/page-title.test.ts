import { describe, expect, it } from 'vitest';
import { cleanPageTitle } from '../../core/page-title.ts';

describe('cleanPageTitle', () => {
  it.each([
    ['在全省党委秘书长会议讲话_范文网', '在全省党委秘书长会议讲话'],
    ['在全省党委秘书长会议讲话 - 某某网', '在全省党委秘书长会议讲话'],
    ['在全省党委秘书长会议讲话 — 某某网', '在全省党委秘书长会议讲话'],
    ['在全省党委秘书长会议讲话-范文网', '在全省党委秘书长会议讲话'],
    ['在全省党委秘书长会议讲话|xx网站', '在全省党委秘书长会议讲话'],
    ['在全省党委秘书长会议讲话｜公文写作频道', '在全省党委秘书长会议讲话'],
    ['在全省党委秘书长会议讲话 | www.example.com', '在全省党委秘书长会议讲话'],
    ['范文网 | 在全省党委秘书长会议讲话', '在全省党委秘书长会议讲话'],
    ['在全省党委秘书长会议讲话(共18篇)', '在全省党委秘书长会议讲话'],
    ['在全省党委秘书长会议讲话(共含18篇)', '在全省党委秘书长会议讲话'],
    ['在全省党委秘书长会议讲话(推荐18篇)', '在全省党委秘书长会议讲话'],
    ['在全省党委秘书长会议讲话（精选5篇）', '在全省党委秘书长会议讲话'],
    ['【精选】在全省党委秘书长会议讲话', '在全省党委秘书长会议讲话'],
    ['在全省党委秘书长会议讲话【推荐】', '在全省党委秘书长会议讲话'],
    ['在全省党委秘书长会议讲话_第1页', '在全省党委秘书长会议讲话'],
    ['在全省党委秘书长会议讲话(第2页)', '在全省党委秘书长会议讲话'],
    ['【精选】在全省党委秘书长会议讲话(共18篇)_讲话稿_范文网', '在全省党委秘书长会议讲话'],
    ['在全省党委秘书长会议讲话【精选】(共18篇)_第2页_文库', '在全省党委秘书长会议讲话'],
    ['  在全省党委秘书长会议讲话\n', '在全省党委秘书长会议讲话'],
    ['在全省  党委秘书长\t会议讲话', '在全省 党委秘书长 会议讲话'],
    // Site and column tails seen on real saved pages: cut at the separator, whatever the site.
    ['学习专栏：2016年政府工作报告全文--党政办-某某中学', '学习专栏：2016年政府工作报告全文'],
    ['在纪念刘少奇同志诞辰120周年座谈会上的讲话_网易新闻', '在纪念刘少奇同志诞辰120周年座谈会上的讲话'],
    ['在决战决胜脱贫攻坚座谈会上的讲话_中南海_澎湃新闻-The Paper', '在决战决胜脱贫攻坚座谈会上的讲话'],
    ['2026年上海市政府工作报告--文化', '2026年上海市政府工作报告'],
  ])('cleans %j to %j', (raw, expected) => {
    expect(cleanPageTitle(raw)).toBe(expected);
  });

  it.each([
    ['在市委全会上的讲话——坚定信心 真抓实干'],
    ['2020 - 2021学年第一学期工作总结'],
    ['在全市党委办公室工作会议上的讲话（一）'],
    ['在中国林学会第十一届全国会员代表大会上的讲话(2013年)'],
  ])('leaves the title %j as written', (raw) => {
    expect(cleanPageTitle(raw)).toBe(raw);
  });

  it.each([['范文网'], ['【精选】'], ['(共18篇)'], ['_第1页']])('keeps %j rather than return an empty title', (raw) => {
    expect(cleanPageTitle(raw)).toBe(raw);
  });

  it('returns an empty string only for a title without visible text', () => {
    expect(cleanPageTitle(' \u3000\n ')).toBe('');
  });

  it('gives the same result when applied twice', () => {
    const once = cleanPageTitle('【精选】在全省党委秘书长会议讲话(共18篇)_讲话稿_范文网');
    expect(cleanPageTitle(once)).toBe(once);
  });

  it.each([
    ['20k " -"', '在全市大会上的讲话' + ' -'.repeat(20_000), '在全市大会上的讲话'],
    ['40k "，"', '在全市大会上的讲话' + '，'.repeat(40_000) + '好', null],
    ['100k spaces before 第1页', '在全市大会上的讲话' + ' '.repeat(100_000) + 'x第1页', '在全市大会上的讲话 x'],
    ['100k "_第"', '在全市大会上的讲话' + '_第'.repeat(50_000), '在全市大会上的讲话'],
    ['100k "(" and ")"', '在全市大会上的讲话' + '(（)'.repeat(33_000), null],
  ])('reads a hostile title of %s and returns at most 200 characters', (_name, raw, expected) => {
    const title = cleanPageTitle(raw);
    expect(title.length).toBeLessThanOrEqual(200);
    if (expected !== null) expect(title).toBe(expected);
    else {
      expect(title.startsWith('在全市大会上的讲话')).toBe(true);
      expect(title.endsWith('…')).toBe(true);
    }
  });
});
