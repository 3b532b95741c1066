/**
 * A clean 公文-style draft (一、 （一） 1. （1） and 一是…二是…) and the slips
 * writers make in it, each made by one edit of the clean text.
 */

/** A short speech numbered exactly as GB/T 9704 has it; the check must find nothing in it. */
export const CLEAN_DRAFT = [
  '在全市党委办公室工作会议上的讲话',
  '同志们：',
  '今天召开全市党委办公室工作会议，主要任务是总结工作、分析形势、部署任务。下面，我讲三点意见。',
  '一、充分肯定过去一年的工作成绩',
  '过去一年，全市党委办公室系统围绕中心、服务大局，各项工作取得新进展。',
  '（一）文秘工作严谨规范。公文处理质量稳步提高，一是严格审核把关，二是精简文件数量，三是提高办文时效。',
  '（二）信息工作成效明显。全年编发信息两千余期，被省委采用一百二十条。',
  '（三）督查工作扎实有力。',
  '1.健全督查机制。建立台账，逐项销号。',
  '2.创新督查方式。',
  '（1）开展专项督查。围绕重点项目开展实地督查。',
  '（2）开展联合督查。会同有关部门形成合力。',
  '3.强化结果运用。督查结果纳入年度考核。',
  '二、清醒认识面临的形势和任务',
  '当前，改革发展稳定任务繁重，对办公室工作提出了更高要求。我们要做到以下几点：第一，提高政治站位；第二，增强服务意识；第三，改进工作作风。',
  '三、突出重点，全面提升服务水平',
  '（一）在参谋辅政上下功夫。',
  '（二）在督查落实上求实效。',
  '同志们，做好今年的工作任务艰巨、责任重大，让我们团结一心，开拓进取，为全市发展作出新的更大贡献！',
].join('\n');

/** One slip: which line of CLEAN_DRAFT to change, how, and what the check must report. */
export interface Slip {
  name: string;
  /** The line of CLEAN_DRAFT as it starts, and what replaces that start. */
  from: string;
  to: string;
  /** A second line to change the same way, when the slip spans two lines. */
  also?: [string, string];
  rule: string;
  /** The 1-based paragraph the finding is on. */
  paragraph: number;
  expected: string | null;
  /** Further findings the slip causes: [rule, paragraph, expected]. */
  more?: [string, number, string | null][];
}

/** Each slip the issue names, and a few more seen in real drafts. */
export const SLIPS: Slip[] = [
  { name: 'a skipped number 一、二、四、', from: '三、突出重点', to: '四、突出重点', rule: 'skipped-number', paragraph: 16, expected: '三、' },
  { name: 'a repeated number 一、二、二、', from: '三、突出重点', to: '二、突出重点', rule: 'repeated-number', paragraph: 16, expected: '三、' },
  { name: 'a number skipped and then caught up （一）（三）（三）', from: '（二）信息工作', to: '（三）信息工作', rule: 'skipped-number', paragraph: 7, expected: '（二）' },
  { name: 'swapped numbers 1. 3. 2.', from: '2.创新督查方式', to: '3.创新督查方式', also: ['3.强化结果运用', '2.强化结果运用'], rule: 'skipped-number', paragraph: 10, expected: '2.', more: [['out-of-order', 13, '3.']] },
  { name: '一. instead of 一、', from: '二、清醒认识', to: '二.清醒认识', rule: 'cn-punct', paragraph: 14, expected: '二、' },
  { name: '一， instead of 一、', from: '二、清醒认识', to: '二，清醒认识', rule: 'cn-punct', paragraph: 14, expected: '二、' },
  { name: 'a stray 、 after （一）', from: '（二）信息工作', to: '（二）、信息工作', rule: 'stray-punct', paragraph: 7, expected: '（二）' },
  { name: 'half- and full-width brackets mixed', from: '（2）开展联合督查', to: '(2）开展联合督查', rule: 'bracket-mismatch', paragraph: 12, expected: '（2）' },
  { name: 'a level with a single item', from: '（二）在督查落实上求实效。', to: '在督查落实上求实效。', rule: 'single-item', paragraph: 17, expected: null },
  { name: '一是…三是 without 二是', from: '（一）文秘工作严谨规范。公文处理质量稳步提高，一是严格审核把关，二是', to: '（一）文秘工作严谨规范。公文处理质量稳步提高，一是严格审核把关，三是', rule: 'skipped-number', paragraph: 6, expected: '二是' },
  { name: '一是…一是 (copied, not renumbered)', from: '（一）文秘工作严谨规范。公文处理质量稳步提高，一是严格审核把关，二是', to: '（一）文秘工作严谨规范。公文处理质量稳步提高，一是严格审核把关，一是', rule: 'repeated-number', paragraph: 6, expected: '二是' },
  { name: '第一，第三， without 第二', from: '当前，改革发展稳定任务繁重，对办公室工作提出了更高要求。我们要做到以下几点：第一，提高政治站位；第二，', to: '当前，改革发展稳定任务繁重，对办公室工作提出了更高要求。我们要做到以下几点：第一，提高政治站位；第三，', rule: 'skipped-number', paragraph: 15, expected: '第二，' },
];

/** CLEAN_DRAFT with one slip made. */
export function withSlip(slip: Slip): string {
  const lines = CLEAN_DRAFT.split('\n');
  for (const [from, to] of [[slip.from, slip.to], ...(slip.also ? [slip.also] : [])] as const) {
    const i = lines.findIndex((l) => l.startsWith(from));
    if (i < 0) throw new Error(`no line starts with ${from}`);
    lines[i] = to + (lines[i] as string).slice(from.length);
  }
  return lines.join('\n');
}
