/** The sentence each finding shows: what is wrong here and what the usual form is. Chinese first. */
import type { RawFinding } from './sequence-checks.ts';
import type { BilingualText } from './types.ts';

const q = (s: string): string => `「${s}」`;

/** Words a finding is shown with, in the panel and on the CLI's line. */
export function describeFinding(f: RawFinding): BilingualText {
  const m = f.marker.text;
  const exp = f.expected ?? '';
  const other = f.other?.text ?? '';
  switch (f.rule) {
    case 'skipped-number':
      return f.other
        ? { zh: `跳号：${q(other)}之后是${q(m)}，应为${q(exp)}`, en: `skipped number: ${other} is followed by ${m}; expected ${exp}` }
        : { zh: `序号未从${q(exp)}开始：本层第一项是${q(m)}`, en: `numbering starts at ${m}; expected ${exp}` };
    case 'repeated-number':
      return { zh: `重号：${q(other)}之后又是${q(m)}，应为${q(exp)}`, en: `repeated number: ${m} again after ${other}; expected ${exp}` };
    case 'out-of-order':
      return { zh: `序号倒退：${q(other)}之后是${q(m)}，应为${q(exp)}`, en: `number goes back: ${m} after ${other}; expected ${exp}` };
    case 'cn-punct':
      return { zh: `汉字序号后应用顿号：${q(m)}应为${q(exp)}`, en: `a Chinese numeral takes 、: ${m} should be ${exp}` };
    case 'stray-punct':
      return { zh: `括号序号后不加标点：${q(m)}应为${q(exp)}`, en: `no punctuation after a bracketed number: ${m} should be ${exp}` };
    case 'bracket-mismatch':
      return { zh: `括号全角半角混用：${q(m)}应为${q(exp)}`, en: `mixed bracket widths: ${m} should be ${exp}` };
    case 'single-item':
      return { zh: `本层只有${q(m)}一项：只有一项时不必编号，或补足第二项`, en: `${m} is the only item of its level: drop the number or add a second item` };
    case 'level-order':
      return { zh: `层次顺序颠倒：${q(m)}用在${q(other)}之下（层次依次为 一、（一）1.（1））`, en: `levels out of order: ${m} under ${other} (levels go 一、 （一） 1. （1））` };
    case 'form-inconsistent':
      return { zh: `写法与全文不一致：本文多写作${q(exp)}，这里是${q(m)}`, en: `inconsistent style: the draft mostly writes ${exp}, here ${m}` };
    case 'half-width-bracket':
      return { zh: `公文序号用全角括号：${q(m)}应为${q(exp)}`, en: `official documents use full-width brackets: ${m} should be ${exp}` };
    case 'ar-punct':
      return { zh: `阿拉伯数字序号后用下脚点：${q(m)}应为${q(exp)}`, en: `an Arabic ordinal takes a dot: ${m} should be ${exp}` };
    case 'paren-form':
      return { zh: `序号应加全括号：${q(m)}应为${q(exp)}`, en: `use both brackets: ${m} should be ${exp}` };
  }
}
