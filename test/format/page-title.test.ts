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
});
