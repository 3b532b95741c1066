import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CliError } from '../../cli/cli-error.ts';
import { outlineFromFile, outlineFromHtml, outlineFromText } from '../../cli/read-input.ts';
import { encodeGb18030 } from './gb18030.ts';

const PAGE = `<!DOCTYPE html><html><head><meta charset="gbk"><title>【精选】党委秘书长会议讲话(共18篇)_范文网</title></head>
<body><p>同志们：</p><p>一、围绕中心，认真做好党委办公室的各项工作</p><p>（一）督查工作要扎实有力。</p></body></html>`;

let dir = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'outline-read-'));
  await writeFile(join(dir, 'page.html'), encodeGb18030(PAGE));
  await writeFile(join(dir, 'speech.txt'), '\n\n  党委秘书长会议讲话_范文网  \n同志们：\n一、围绕中心\n');
  await writeFile(join(dir, 'saved-page'), '\ufeff' + PAGE.replace('gbk', 'utf-8'));
  await writeFile(join(dir, 'empty.txt'), '');
  await writeFile(join(dir, 'blank.txt'), ' \n\u3000\r\n');
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('outlineFromFile', () => {
  it('reads the seed text as a v1 document titled by its first line', async () => {
    const doc = await outlineFromFile('test/fixtures/seed.txt');
    expect(doc).toMatchObject({ format: 'speech-outline', version: 1, url: null, title: '在全省党委秘书长会议讲话' });
  });

  it('reads a GBK page and cleans the site name off its <title>', async () => {
    const doc = await outlineFromFile(join(dir, 'page.html'));
    expect(doc.title).toBe('党委秘书长会议讲话');
    expect(doc.url).toBeNull();
  });

  it('takes the first non-empty line of a .txt file as its title', async () => {
    expect((await outlineFromFile(join(dir, 'speech.txt'))).title).toBe('党委秘书长会议讲话');
  });

  it('reads a file without an extension as HTML when it starts like a page', async () => {
    expect((await outlineFromFile(join(dir, 'saved-page'))).title).toBe('党委秘书长会议讲话');
  });

  it.each([
    ['empty.txt', /^文件 .*empty\.txt 是空的$/, 'empty file'],
    ['blank.txt', /^文件 .*blank\.txt 是空的$/, 'empty file'],
    ['missing.html', /^无法读取文件 .*missing\.html \(ENOENT\)$/, 'cannot read file'],
    ['.', /^.* 是目录，不是文件$/, 'is a directory, not a file'],
  ])('refuses %s with a CliError', async (name, zh, en) => {
    const error: unknown = await outlineFromFile(join(dir, name)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).zh).toMatch(zh);
    expect((error as CliError).en).toBe(en);
  });
});

describe('outlineFromHtml', () => {
  it('keeps the page address it is given', async () => {
    const doc = await outlineFromHtml(PAGE, 'https://example.org/fanwen/123.html');
    expect(doc.url).toBe('https://example.org/fanwen/123.html');
    expect(doc.title).toBe('党委秘书长会议讲话');
  });

  it('does not run the page’s scripts', async () => {
    const page = PAGE.replace('</head>', '<script>document.title = "脚本改过的标题"</script></head>');
    expect((await outlineFromHtml(page, null)).title).toBe('党委秘书长会议讲话');
  });
});

describe('outlineFromText', () => {
  it('gives a document with url null for text read from a file', () => {
    expect(outlineFromText('党委秘书长会议讲话\n同志们：\n', null)).toMatchObject({ url: null, title: '党委秘书长会议讲话' });
  });
});
