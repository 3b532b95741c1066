import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { CLEAN_DRAFT, SLIPS, withSlip } from '../check/drafts.ts';
import { buildDraftDocx } from '../docx/build-draft-docx.ts';
import { runCli } from './run-cli.ts';

let dir = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'outline-check-'));
  await writeFile(join(dir, '讲话稿.docx'), await buildDraftDocx(CLEAN_DRAFT, { autoNumber: true }));
  await writeFile(join(dir, '跳号.docx'), await buildDraftDocx(withSlip(SLIPS[0]!), { autoNumber: false }));
  await writeFile(join(dir, '跳号.txt'), '\n' + withSlip(SLIPS[0]!));
  await writeFile(join(dir, '旧版格式.docx'), Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Uint8Array(600)]));
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

// Each run starts Node and tsx; a .docx run also loads mammoth and happy-dom.
describe.concurrent('outline CLI on Word drafts and --check', { timeout: 90_000 }, () => {
  it('prints the Markdown outline of a Word draft, numbers as Word shows them', async ({ expect }) => {
    const run = await runCli([join(dir, '讲话稿.docx'), '--format', 'md'], 80_000);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n').slice(0, 4)).toEqual(['# 在全市党委办公室工作会议上的讲话', '', '- 一、充分肯定过去一年的工作成绩', '  - （一）文秘工作严谨规范']);
  });

  it('prints nothing and exits 0 for a clean draft', async ({ expect }) => {
    const run = await runCli([join(dir, '讲话稿.docx'), '--check', '--scheme', 'gbt'], 80_000);
    expect([run.code, run.stdout, run.stderr]).toEqual([0, '', '']);
  });

  it('prints file:paragraph: message and exits 1 for a draft with a skipped number', async ({ expect }) => {
    const path = join(dir, '跳号.docx');
    const run = await runCli([path, '--check'], 80_000);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(`${path}:16: 跳号：「二、」之后是「四、」，应为「三、」 / skipped number: 二、 is followed by 四、; expected 三、\n`);
  });

  it('gives the line number for a .txt file', async ({ expect }) => {
    const path = join(dir, '跳号.txt');
    const run = await runCli([path, '--check'], 80_000);
    expect(run.code).toBe(1);
    expect(run.stdout.startsWith(`${path}:17: 跳号`)).toBe(true);
  });

  it('exits 2 with a plain reason for an old .doc saved under a .docx name', async ({ expect }) => {
    const path = join(dir, '旧版格式.docx');
    const run = await runCli([path, '--check'], 80_000);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`outline: ${path}：这是旧版 Word 文档（.doc），请在 Word 或 WPS 中另存为 .docx / this is an old Word file (.doc); save it as .docx first\n`);
  });
});
