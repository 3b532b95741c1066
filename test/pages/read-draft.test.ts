// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { walkPoints } from '../../core/index.ts';
import { draftKindOf, draftTitleOf, markdownToPlainText, readDraftFile, type OpenedDraft } from '../../pages/read-draft.ts';
import { CLEAN_DRAFT } from '../check/drafts.ts';
import { encodeGb18030 } from '../cli/gb18030.ts';
import { buildDraftDocx } from '../docx/build-draft-docx.ts';
import { pinLanguage } from '../i18n/pin-language.ts';

pinLanguage('zh_CN');

function markersOf(draft: OpenedDraft): string {
  const out: string[] = [];
  walkPoints(draft.outline.sections.flatMap((s) => s.points), (p) => { out.push(p.marker); });
  return out.join(' ');
}

const CLEAN_MARKERS = '一、 （一） 一是 二是 三是 （二） （三） 1. 2. （1） （2） 3. 二、 第一， 第二， 第三， 三、 （一） （二）';

describe('readDraftFile', () => {
  it.each([
    ['讲话稿.txt', new TextEncoder().encode(CLEAN_DRAFT)],
    ['讲话稿（GBK）.txt', encodeGb18030(CLEAN_DRAFT)],
    ['讲话稿.html', new TextEncoder().encode(`<!DOCTYPE html><meta charset="utf-8"><title>x</title><body>${CLEAN_DRAFT.split('\n').map((l) => `<p>${l}</p>`).join('')}`)],
    ['讲话稿.md', new TextEncoder().encode(CLEAN_DRAFT.split('\n').map((l) => (/^[一二三]、/.test(l) ? `## ${l}` : /^（[一二三]）/.test(l) ? `### **${l}**` : l)).join('\n\n'))],
  ])('reads %s into the same outline, titled by the file name', async (name, bytes) => {
    const reply = await readDraftFile(new File([new Uint8Array(bytes)], name));
    expect(reply.ok).toBe(true);
    if (!reply.ok) return;
    expect(reply.value.outline.title).toBe(draftTitleOf(name));
    expect(markersOf(reply.value)).toBe(CLEAN_MARKERS);
  });

  it('reads a Word draft whose numbers Word draws (numbering.xml)', async () => {
    const reply = await readDraftFile(new File([new Uint8Array(await buildDraftDocx(CLEAN_DRAFT, { autoNumber: true }))], '讲话稿.docx'));
    expect(reply.ok && markersOf(reply.value)).toBe(CLEAN_MARKERS);
  });

  it.each([
    ['空白.docx', new Uint8Array(0), '无法打开「空白.docx」：文件是空的。没有做任何改动。'],
    ['旧版.doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]), '无法打开「旧版.doc」：这是旧版 Word 文档（.doc），请在 Word 或 WPS 中另存为 .docx。没有做任何改动。'],
    ['改名.docx', new TextEncoder().encode('只是文本'), '无法打开「改名.docx」：不是 Word 文档（.docx）。没有做任何改动。'],
    ['图片.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3]), '无法打开「图片.txt」：文件不是文本（看起来是二进制数据）。没有做任何改动。'],
    ['表格.xlsx', new Uint8Array([0x50, 0x4b, 3, 4]), '无法打开「表格.xlsx」：只能打开 Word（.docx）、文本（.txt）、Markdown（.md）和网页（.html）文件。没有做任何改动。'],
    ['空行.txt', new TextEncoder().encode('\n  \n\u3000\n'), '无法打开「空行.txt」：文件中没有文字。没有做任何改动。'],
  ])('refuses %s in plain words', async (name, bytes, message) => {
    expect(await readDraftFile(new File([new Uint8Array(bytes)], name))).toEqual({ ok: false, error: message });
  });

  it('refuses a file over 50 MB before reading it', async () => {
    const big = { name: '大文件.docx', size: 51 * 1024 * 1024, arrayBuffer: () => Promise.reject(new Error('must not be read')) } as unknown as File;
    expect(await readDraftFile(big)).toEqual({ ok: false, error: '无法打开「大文件.docx」：文件过大（51 MB，上限 50 MB）。没有做任何改动。' });
  });
});

describe('draftKindOf and markdownToPlainText', () => {
  it('knows the kinds by extension, in any case', () => {
    expect([draftKindOf('a.DOCX'), draftKindOf('a.md'), draftKindOf('a.htm'), draftKindOf('a.TXT'), draftKindOf('a.pdf'), draftKindOf('readme')]).toEqual(['docx', 'markdown', 'html', 'text', null, null]);
  });

  it('drops heading hashes, quotes, bullets and bold but keeps the speech’s own 1. numbers', () => {
    expect(markdownToPlainText('## 一、总体要求 ##\n> 引文\n- 要点\n**（一）加强领导**\n1. 健全机制\n---')).toBe('一、总体要求\n引文\n要点\n（一）加强领导\n1. 健全机制\n');
  });
});
