/**
 * The numbering rules as data: the panel's 序号检查 tab and the CLI's help list
 * them from here, so each rule is explained once. Conventions: GB/T 9704-2012
 * 7.3.3 (层次序数 一、 （一） 1. （1）) and GB/T 15834-2011 (标点符号用法: 顿号
 * after a Chinese-numeral ordinal, no punctuation after a bracketed one).
 */
import type { NumberingRule, NumberingRuleId } from './types.ts';

const BOTH = ['page', 'gbt'] as const;
const GBT = ['gbt'] as const;
const PAGE = ['page'] as const;

/** Every rule, in the order findings of one marker are listed. */
export const NUMBERING_RULES: readonly NumberingRule[] = [
  {
    id: 'skipped-number', schemes: BOTH,
    title: { zh: '跳号', en: 'Skipped number' },
    explanation: { zh: '同一层序号应连续，不能跳过中间的号。', en: 'The numbers of one level run on without gaps.' },
    example: { wrong: '一、…二、…四、', right: '一、…二、…三、' },
  },
  {
    id: 'repeated-number', schemes: BOTH,
    title: { zh: '重号', en: 'Repeated number' },
    explanation: { zh: '同一层的序号不能重复出现。', en: 'A number is not used twice in one level.' },
    example: { wrong: '一是…一是…三是', right: '一是…二是…三是' },
  },
  {
    id: 'out-of-order', schemes: BOTH,
    title: { zh: '序号倒退', en: 'Number goes back' },
    explanation: { zh: '同一层序号应从小到大排列。', en: 'The numbers of one level go up.' },
    example: { wrong: '（一）…（三）…（二）', right: '（一）…（二）…（三）' },
  },
  {
    id: 'cn-punct', schemes: BOTH,
    title: { zh: '汉字序号后的标点', en: 'Punctuation after a Chinese numeral' },
    explanation: { zh: '汉字序号后用顿号，不用点号或逗号（GB/T 15834）。', en: 'A Chinese-numeral ordinal takes 、, not a dot or comma.' },
    example: { wrong: '一.总体要求', right: '一、总体要求' },
  },
  {
    id: 'stray-punct', schemes: BOTH,
    title: { zh: '括号序号后多了标点', en: 'Punctuation after a bracketed number' },
    explanation: { zh: '带括号或圈码的序号后不再加顿号、点号或逗号。', en: 'A bracketed or circled number takes no punctuation after it.' },
    example: { wrong: '（一）、加强领导', right: '（一）加强领导' },
  },
  {
    id: 'bracket-mismatch', schemes: BOTH,
    title: { zh: '括号全角半角混用', en: 'Mixed bracket widths' },
    explanation: { zh: '一个序号的左右括号应同为全角（或同为半角）。', en: 'Both brackets of a number have the same width.' },
    example: { wrong: '(一）', right: '（一）' },
  },
  {
    id: 'single-item', schemes: BOTH,
    title: { zh: '单项成层', en: 'A level with one item' },
    explanation: { zh: '一个层次只有一项时不必编号，有编号就应至少两项。', en: 'A level is numbered only when it has at least two items.' },
    example: { wrong: '一、…（一）…二、', right: '一、…（一）…（二）…二、' },
  },
  {
    id: 'level-order', schemes: BOTH,
    title: { zh: '层次顺序', en: 'Order of levels' },
    explanation: {
      zh: '层次序数依次为 一、（一）1.（1），上一层不能用在下一层之下；按本文体例时，同一序号在全文中层次一致。',
      en: 'Levels go 一、 （一） 1. （1） downward (GB/T 9704); in the page scheme, a marker style keeps its level throughout.',
    },
    example: { wrong: '1.…（一）…（二）', right: '（一）…1.…2.' },
  },
  {
    id: 'form-inconsistent', schemes: PAGE,
    title: { zh: '写法不一致', en: 'Inconsistent style' },
    explanation: { zh: '同一种序号在全文中写法一致（点号或顿号、全角或半角括号）。', en: 'One kind of number is written the same way throughout.' },
    example: { wrong: '1.…2、…3.', right: '1.…2.…3.' },
  },
  {
    id: 'half-width-bracket', schemes: GBT,
    title: { zh: '半角括号', en: 'Half-width brackets' },
    explanation: { zh: '公文序号用全角括号（　）。', en: 'Official documents use full-width brackets.' },
    example: { wrong: '(1)', right: '（1）' },
  },
  {
    id: 'ar-punct', schemes: GBT,
    title: { zh: '阿拉伯数字序号后的标点', en: 'Punctuation after an Arabic numeral' },
    explanation: { zh: '阿拉伯数字序号后用下脚点“.”，不用顿号（GB/T 9704 第三层“1.”）。', en: 'An Arabic ordinal takes a dot, not 、 (GB/T 9704 level 3 “1.”).' },
    example: { wrong: '1、加强学习', right: '1.加强学习' },
  },
  {
    id: 'paren-form', schemes: GBT,
    title: { zh: '缺左括号', en: 'Missing opening bracket' },
    explanation: { zh: '第四层序号加全括号“（1）”，不用半括号“1）”。', en: 'Level 4 is “（1）” with both brackets, not “1）”.' },
    example: { wrong: '1）', right: '（1）' },
  },
];

/** Built on first use: a table built at load would keep this module in every bundle that merely passes by it (the content script). */
let byId: Map<NumberingRuleId, NumberingRule> | null = null;

/** The rule with this id (every NumberingRuleId has one). */
export function getNumberingRule(id: NumberingRuleId): NumberingRule {
  byId ??= new Map(NUMBERING_RULES.map((r) => [r.id, r]));
  return byId.get(id) as NumberingRule;
}
