import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { unzipSync, strFromU8 } from 'fflate';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { encodeGb18030 } from './gb18030.ts';
import { runCli } from './run-cli.ts';

const SEED = 'test/fixtures/seed.txt';
const SPEECH_TITLE = '在全市党委办公室工作会议上的讲话';

/** A small speech page, as a 范文 site serves it, with a script that must not run or print. */
const SPEECH_HTML = `<!DOCTYPE html>
<html><head><meta charset="gb2312"><title>${SPEECH_TITLE}(共3篇)_范文网</title>
<script>console.log('page script ran');</script>
<script src="http://127.0.0.1:9/never.js"></script>
<link rel="stylesheet" href="http://127.0.0.1:9/never.css">
</head><body>
<h1>${SPEECH_TITLE}</h1>
<p>同志们：</p>
<p>一、##年全市党委办公室工作回顾</p>
<p>（一）文秘工作严谨规范。各级党委办公室积极推进公文处理规范化。</p>
<p>（二）信息工作成效明显。一是坚持集中学习制度，二是坚持理论学习。</p>
<p>二、围绕中心，认真做好党委办公室的各项工作</p>
</body></html>
`;

let dir = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'outline-cli-'));
  await writeFile(join(dir, 'speech-gb.html'), encodeGb18030(SPEECH_HTML));
  await writeFile(join(dir, 'speech-utf8.htm'), '\ufeff' + SPEECH_HTML.replace('gb2312', 'utf-8'));
  await writeFile(join(dir, 'junk.txt'), Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256));
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

// Each run starts Node and tsx (about 1 s alone, several when runs overlap on two cores).
describe.concurrent('outline CLI', { timeout: 60_000 }, () => {
  it('prints exactly one speech-outline v1 JSON document for the seed text', async ({ expect }) => {
    const run = await runCli([SEED]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const doc = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(doc).toMatchObject({ format: 'speech-outline', version: 1, url: null, title: '在全省党委秘书长会议讲话' });
    expect(Array.isArray(doc.sections)).toBe(true);
    expect(run.stdout).toBe(JSON.stringify(doc, null, 2) + '\n');
  });

  it('prints Markdown starting with the page title for --format md', async ({ expect }) => {
    const run = await runCli([SEED, '--format', 'md']);
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith('# 在全省党委秘书长会议讲话\n')).toBe(true);
  });

  it('prints plain text starting with the title line for --format=txt', async ({ expect }) => {
    const run = await runCli(['--format=txt', SEED]);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe('在全省党委秘书长会议讲话');
  });

  it('reads a GB18030 page that declares gb2312, without running its scripts', async ({ expect }) => {
    const run = await runCli([join(dir, 'speech-gb.html')]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout) as { title: string; url: unknown };
    expect(doc.title).toBe(SPEECH_TITLE);
    expect(doc.url).toBeNull();
    // The body was decoded too (this part needs the engine to find the points).
    expect(run.stdout).toContain('"title": "文秘工作严谨规范"');
    expect(run.stdout).not.toContain('\ufffd');
  });

  it('reads a UTF-8 page with a byte-order mark', async ({ expect }) => {
    const run = await runCli([join(dir, 'speech-utf8.htm'), '-f', 'md']);
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith(`# ${SPEECH_TITLE}\n`)).toBe(true);
  });

  it('shows the usage with --help and exits 0', async ({ expect }) => {
    const run = await runCli(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage: npm run --silent outline -- <文件.docx|文件.html|文件.htm|文件.txt> [--format json|md|txt|gbt|opml|xmind|docx] [--out 路径]');
    expect(run.stderr).toBe('');
  });

  it('prints GB/T-renumbered text for --format gbt', async ({ expect }) => {
    const run = await runCli([join(dir, 'speech-utf8.htm'), '--format', 'gbt']);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n').slice(0, 5)).toEqual([SPEECH_TITLE, '', '　　一、##年全市党委办公室工作回顾', '　　（一）文秘工作严谨规范', '　　（二）信息工作成效明显']);
  });

  it('prints OPML 2.0 for --format opml', async ({ expect }) => {
    const run = await runCli([join(dir, 'speech-utf8.htm'), '-f', 'opml']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('<opml version="2.0">');
    expect(run.stdout).toContain(`<title>${SPEECH_TITLE}</title>`);
    expect(run.stdout).toContain('<outline text="（一）文秘工作严谨规范"');
  });

  it('writes a Word document with --format docx --out, printing nothing', async ({ expect }) => {
    const out = join(dir, '提纲.docx');
    const run = await runCli([join(dir, 'speech-utf8.htm'), '--format', 'docx', '--out', out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    const xml = strFromU8(unzipSync(await readFile(out))['word/document.xml']!);
    expect(xml).toMatch(new RegExp(`<w:pStyle w:val="Title"/>(<w:keepNext/>)?</w:pPr><w:r><w:t xml:space="preserve">${SPEECH_TITLE}`));
    expect(xml).toMatch(/<w:pStyle w:val="Heading2"\/>(<w:keepNext[^>]*\/>)?<\/w:pPr><w:r><w:t xml:space="preserve">（一）文秘工作严谨规范/);
  });

  it('writes any format to a file with --out', async ({ expect }) => {
    const out = join(dir, 'outline.md');
    const run = await runCli([SEED, '-f', 'md', '-o', out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect((await readFile(out, 'utf8')).startsWith('# 在全省党委秘书长会议讲话\n')).toBe(true);
  });

  it.for([
    ['docx without --out', [SEED, '--format', 'docx'], /^outline: docx 是二进制文件，请用 --out 指定保存路径 \/ docx is binary: give a file with --out$/],
    ['an --out in a missing directory', [SEED, '--out', 'no-such-dir/x.json'], /^outline: 无法写入文件 no-such-dir\/x\.json \(ENOENT\) \/ cannot write file$/],
    ['a missing file', ['no-such-file.html'], /^outline: 无法读取文件 no-such-file\.html \(ENOENT\) \/ cannot read file$/],
    ['an unknown --format', [SEED, '--format', 'pdf'], /^outline: 不支持的输出格式 "pdf".* \/ unknown format "pdf"/],
    ['an unknown option', [SEED, '--verbose'], /^outline: 未知选项 --verbose \/ unknown option --verbose/],
    ['a directory', ['test'], /^outline: test 是目录，不是文件 \/ is a directory, not a file$/],
  ] as const)('exits 2 with one bilingual line on stderr for %s', async ([, args, message], { expect }) => {
    const run = await runCli([...args]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr.trimEnd()).toMatch(message);
  });

  it('exits 2 without a stack trace for binary junk', async ({ expect }) => {
    const run = await runCli([join(dir, 'junk.txt')]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trimEnd()).toMatch(/^outline: .*junk\.txt：文件不是文本.* \/ not a text file/);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});
