import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DocxReadError } from '../../docx/docx-read-error.ts';
import { MAX_DOCX_BYTES } from '../../docx/open-docx-zip.ts';
import { readDocx } from '../../docx/read-docx.ts';
import { formatWordNumber } from '../../docx/word-numbering.ts';
import { CLEAN_DRAFT } from '../check/drafts.ts';
import { buildDraftDocx } from './build-draft-docx.ts';

/** An OLE compound file header (what Word writes for .doc and for password-protected .docx). */
function oleFile(withEncryptedPackage: boolean): Uint8Array {
  const bytes = new Uint8Array(4096);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const names = withEncryptedPackage ? ['EncryptionInfo', 'EncryptedPackage'] : ['WordDocument', '1Table'];
  // Directory entries: UTF-16LE names, 128 bytes apart, in the sector after the header.
  names.forEach((name, i) => [...name].forEach((c, j) => { bytes[512 + 128 * (i + 1) + 2 * j] = c.charCodeAt(0); }));
  return bytes;
}

async function refusal(data: Uint8Array): Promise<DocxReadError> {
  const error: unknown = await readDocx(data).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(DocxReadError);
  return error as DocxReadError;
}

describe('readDocx', () => {
  it('writes Word’s own numbers 一、 （一） 1. （1） into the text, restarting each level under a new parent', async () => {
    const { html } = await readDocx(await buildDraftDocx(CLEAN_DRAFT, { autoNumber: true }));
    expect(html).toContain('<h1>一、充分肯定过去一年的工作成绩</h1>');
    expect(html).toContain('<h2>（三）督查工作扎实有力。</h2>');
    expect(html).toContain('<li>2.创新督查方式。<ol><li>（1）开展专项督查。');
    expect(html).toContain('<h1>三、突出重点，全面提升服务水平</h1><h2>（一）在参谋辅政上下功夫。</h2>');
  });

  it('keeps the title, tables, footnotes and bullets, with no number for a bullet', async () => {
    const { html } = await readDocx(await buildDraftDocx(CLEAN_DRAFT, { autoNumber: true }));
    expect(html.startsWith('<h1>在全市党委办公室工作会议上的讲话</h1>')).toBe(true);
    expect(html).toContain('<td><p>公文处理</p></td><td><p>按期办结</p></td>');
    expect(html).toContain('数据来源：市委办公室年度统计。');
    expect(html).toContain('<ul><li>附件：会议材料目录</li></ul>');
  });

  it('takes an ArrayBuffer as the library page’s file picker gives it', async () => {
    const bytes = await buildDraftDocx(CLEAN_DRAFT, { autoNumber: true });
    const buffer = new ArrayBuffer(bytes.byteLength);
    new Uint8Array(buffer).set(bytes);
    expect((await readDocx(buffer)).html).toContain('一、充分肯定');
  });

  it('shows the numbers in the list’s own style (1、 when the list defines 1、)', async () => {
    const { html } = await readDocx(await buildDraftDocx(CLEAN_DRAFT, { autoNumber: true, levelTexts: ['%1、', '（%2）', '%3、', '%4）'] }));
    expect(html).toContain('<li>1、健全督查机制');
    expect(html).toContain('<li>2）开展联合督查');
  });

  it.each([
    ['an empty file', new Uint8Array(0), '文件是空的'],
    ['a text file named .docx', strToU8('一、这不是 Word 文档'), '不是 Word 文档（.docx）'],
    ['a password-protected .docx', oleFile(true), '文档设有打开密码（已加密），无法读取：请在 Word 中取消密码后另存'],
    ['an old .doc', oleFile(false), '这是旧版 Word 文档（.doc），请在 Word 或 WPS 中另存为 .docx'],
    ['a damaged zip', Uint8Array.from([0x50, 0x4b, 3, 4, ...strToU8('truncated')]), 'Word 文档已损坏，无法解压'],
    ['a zip that is no Word file', zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/workbook.xml': strToU8('<workbook/>') }), '这个压缩文件不是 Word 文档（缺少正文 word/document.xml）'],
  ])('refuses %s with a plain reason', async (_name, data, zh) => {
    expect((await refusal(data)).zh).toBe(zh);
  });

  it('refuses a 50 MB file before unzipping it, naming the limit', async () => {
    const big = new Uint8Array(50 * 1024 * 1024);
    big.set([0x50, 0x4b, 3, 4]);
    const error = await refusal(big);
    expect(error.zh).toBe(`文件过大（50.0 MB），Word 文档上限为 ${MAX_DOCX_BYTES / 1048576} MB`);
    expect(error.en).toContain('limit');
  });
});

describe('formatWordNumber', () => {
  it.each([
    [3, 'chineseCounting', '三'], [12, 'chineseCountingThousand', '十二'], [3, 'decimalEnclosedCircle', '③'],
    [2, 'ideographTraditional', '乙'], [14, 'chineseLegalSimplified', '壹拾肆'], [4, 'upperRoman', 'IV'], [27, 'lowerLetter', 'aa'],
    [5, 'decimalFullWidth', '５'], [7, 'bullet', ''],
  ])('writes %i in %s as %s', (n, fmt, text) => {
    expect(formatWordNumber(n, fmt)).toBe(text);
  });
});
