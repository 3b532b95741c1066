import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatCheck } from '../../cli/check-output.ts';
import { readInputText } from '../../cli/read-input.ts';
import { checkNumbering, walkPoints } from '../../core/index.ts';
import { CLEAN_DRAFT, SLIPS, withSlip } from '../check/drafts.ts';
import { buildDraftDocx } from './build-draft-docx.ts';

let dir = '';

async function draftFile(name: string, text: string, autoNumber: boolean, levelTexts?: [string, string, string, string]): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, await buildDraftDocx(text, { autoNumber, ...(levelTexts ? { levelTexts } : {}) }));
  return path;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'check-docx-'));
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('numbering check of Word drafts', { timeout: 60_000 }, () => {
  it.each([true, false])('finds nothing in the clean draft (Word numbering: %s), whose outline has every level', async (autoNumber) => {
    const input = await readInputText(await draftFile(`clean-${autoNumber}.docx`, CLEAN_DRAFT, autoNumber));
    expect(input.outline.title).toBe('在全市党委办公室工作会议上的讲话');
    const markers: string[] = [];
    walkPoints(input.outline.sections.flatMap((s) => s.points), (p) => { markers.push(`${p.depth}${p.marker}`); });
    expect(markers.join(' ')).toBe('1一、 2（一） 3一是 3二是 3三是 2（二） 2（三） 31. 32. 4（1） 4（2） 33. 1二、 2第一， 2第二， 2第三， 1三、 2（一） 2（二）');
    for (const scheme of ['page', 'gbt'] as const) expect(checkNumbering(input.blocks, input.outline, { scheme })).toEqual([]);
  });

  it.each(SLIPS)('finds $name in a typed Word draft, on the same paragraph as in the text', async (slip) => {
    const path = await draftFile(`slip-${SLIPS.indexOf(slip)}.docx`, withSlip(slip), false);
    const input = await readInputText(path);
    const found = checkNumbering(input.blocks, input.outline, { scheme: 'page' }).map((f) => [f.rule, input.placeOf(f.block), f.expected]);
    expect(found).toEqual([[slip.rule, slip.paragraph, slip.expected], ...(slip.more ?? [])]);
  });

  it('reads a list numbered 1、 by Word as 1、 and flags it under GB/T only', async () => {
    const path = await draftFile('dun.docx', CLEAN_DRAFT, true, ['%1、', '（%2）', '%3、', '（%4）']);
    const input = await readInputText(path);
    expect(formatCheck('dun.docx', input, 'page')).toEqual([]);
    expect(formatCheck('dun.docx', input, 'gbt')).toEqual([
      'dun.docx:9: 阿拉伯数字序号后用下脚点：「1、」应为「1.」 / an Arabic ordinal takes a dot: 1、 should be 1.',
      'dun.docx:10: 阿拉伯数字序号后用下脚点：「2、」应为「2.」 / an Arabic ordinal takes a dot: 2、 should be 2.',
      'dun.docx:13: 阿拉伯数字序号后用下脚点：「3、」应为「3.」 / an Arabic ordinal takes a dot: 3、 should be 3.',
    ]);
  });

  it('finds a level with one item when Word numbers it', async () => {
    const slip = SLIPS.find((x) => x.rule === 'single-item')!;
    const input = await readInputText(await draftFile('single.docx', withSlip(slip), true));
    expect(formatCheck('single.docx', input, 'page')).toEqual([
      'single.docx:17: 本层只有「（一）」一项：只有一项时不必编号，或补足第二项 / （一） is the only item of its level: drop the number or add a second item',
    ]);
  });
});
