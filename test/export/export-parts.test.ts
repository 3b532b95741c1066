import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../core/annotation-types.ts';
import {
  buildExport, buildExportFileName, buildMarkdownExport, buildNotesCsv, buildNotesExport, buildTextExport,
  buildTextFragmentUrl, buildWebAnnotationJson, csvCell, gbtMarker, pointKey, toChineseNumeral,
} from '../../core/export/index.ts';
import type { OutlineDocument } from '../../core/types.ts';
import { point, seedDocument, singleSpeechDocument } from '../format/outline-fixtures.ts';
import { SEED_URL, seedNotes } from './notes-fixtures.ts';

describe('buildExportFileName', () => {
  it.each([
    ['在全省党委秘书长会议讲话', 'md', '在全省党委秘书长会议讲话.md'],
    ['讲话:<一>"二"/三\\四|五?六*', 'txt', '讲话__一__二__三_四_五_六_.txt'],
    ['结尾有点和空格. . ', 'docx', '结尾有点和空格.docx'],
    ['CON', 'txt', '_CON.txt'],
    ['com1.讲话', 'txt', '_com1.讲话.txt'],
    ['第\u0000一\n二\t三', 'md', '第 一 二 三.md'],
    ['', 'opml', '提纲.opml'],
    ['...', 'opml', '提纲.opml'],
  ])('names %j as %j', (title, ext, expected) => {
    expect(buildExportFileName(title, ext)).toBe(expected);
  });

  it('cuts long titles to 100 characters without splitting a surrogate pair', () => {
    const name = buildExportFileName('讲'.repeat(99) + '𠮷𠮷𠮷', 'md');
    expect(name).toBe('讲'.repeat(99) + '𠮷.md');
  });
});

describe('gbtMarker', () => {
  it.each([
    [1, 1, '一、'], [1, 10, '十、'], [1, 12, '十二、'], [1, 20, '二十、'], [1, 105, '一百零五、'],
    [2, 3, '（三）'], [3, 4, '4.'], [4, 2, '（2）'], [5, 1, '①'], [6, 21, '㉑'], [5, 51, '（51）'],
  ])('numbers depth %i, position %i as %s', (depth, position, expected) => {
    expect(gbtMarker(depth, position)).toBe(expected);
  });

  it('leaves numbers from 1000 in digits', () => {
    expect(toChineseNumeral(1000)).toBe('1000');
  });
});

describe('buildTextFragmentUrl', () => {
  it('percent-encodes - & and , and replaces an existing fragment', () => {
    expect(buildTextFragmentUrl('https://a.cn/x.html#top', '一是A-B&C,D')).toBe(
      'https://a.cn/x.html#:~:text=%E4%B8%80%E6%98%AFA%2DB%26C%2CD',
    );
  });

  it('links long text as a start,end range', () => {
    const url = buildTextFragmentUrl('https://a.cn/', '一二三四五六七八九十'.repeat(5));
    expect(url).toBe(`https://a.cn/#:~:text=${encodeURIComponent('一二三四五六七八九十'.repeat(2))},${encodeURIComponent('一二三四五六七八九十')}`);
  });
});

describe('buildTextExport', () => {
  it('renumbers in GB/T 9704 order and indents every line as a paragraph', () => {
    const lines = buildTextExport(singleSpeechDocument, { numbering: 'gbt' }).split('\n');
    expect(lines.slice(0, 4)).toEqual(['党委秘书长会议讲话', '', '　　一、##年全市党委办公室工作回顾', '　　（一）文秘工作严谨规范']);
    expect(lines).toContain('　　1.要及时完成领导交办的调研课题');
    expect(lines).toContain('　　（三）__要万无一失');
  });

  it('adds the point text after its heading, without repeating the title', () => {
    const doc: OutlineDocument = { ...singleSpeechDocument, sections: [{ title: '党委秘书长会议讲话', points: [point('(一)', '文秘工作严谨规范', '文秘工作严谨规范。各级党委办公室积极推进公文处理规范化。')] }] };
    expect(buildTextExport(doc, { body: true })).toBe('党委秘书长会议讲话\n\n(一)文秘工作严谨规范\n　　各级党委办公室积极推进公文处理规范化。\n');
  });
});

describe('buildMarkdownExport', () => {
  it('writes keywords after the point, and links to the page only when asked and the outline has a url', () => {
    const keywords = new Map([[pointKey(0, ['一、']), ['文秘', '*信息*']]]);
    const plain = buildMarkdownExport(singleSpeechDocument, { keywords });
    expect(plain).toContain('\n- 一、##年全市党委办公室工作回顾 — 关键词：文秘、\\*信息\\*\n');
    const withUrl = { ...singleSpeechDocument, url: 'https://a.cn/1.html' };
    expect(buildMarkdownExport(withUrl)).not.toContain('#:~:text=');
    expect(buildMarkdownExport(withUrl, { links: true })).toContain('\n- [一、##年全市党委办公室工作回顾](<https://a.cn/1.html#:~:text=');
  });

  it('uses a point’s own keywords field when no map is given', () => {
    const withKeywords = { ...point('一是', '坚持学习', ''), keywords: ['学习'] };
    const doc: OutlineDocument = { ...singleSpeechDocument, sections: [{ title: '党委秘书长会议讲话', points: [withKeywords] }] };
    expect(buildMarkdownExport(doc)).toContain('- 一是坚持学习 — 关键词：学习\n');
  });

  it('puts notes as a block quote inside their point’s item, quotes as ==highlight==', () => {
    const a: Annotation = { ...seedNotes[3]!, url: '', context: { sectionIndex: 0, sectionTitle: '', path: ['一、', '(一)'], pointTitle: '' } };
    const md = buildMarkdownExport(singleSpeechDocument, { annotations: [a] });
    expect(md).toContain('  - (一)文秘工作严谨规范\n    > ==严把发文关==\n    >\n    > \\=SUM(A1:A9) 不应被当成公式\n    >\n    > 标签：#-减号开头 #@提及\n  - (二)');
  });
});

describe('buildNotesCsv', () => {
  it.each([
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@提及', "'@提及"],
    ['\t制表', "'\t制表"],
    ['\r回车', `"'\r回车"`],
    ['他说"好",然后', '"他说""好"",然后"'],
    ['第一行\n第二行', '"第一行\n第二行"'],
    ['普通文字', '普通文字'],
  ])('writes the cell %j as %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it('starts with a byte-order mark and ends every row with CRLF', () => {
    const csv = buildNotesCsv(seedNotes.slice(0, 2), { formatTime: () => 't' });
    expect(csv.startsWith('\uFEFF页面,网址,类型,')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(4);
    expect(csv.endsWith('\r\n')).toBe(true);
  });
});

describe('buildWebAnnotationJson', () => {
  it('writes notes as commenting bodies, tags as tagging bodies and the stored selectors as the target', () => {
    const collection = JSON.parse(buildWebAnnotationJson([seedNotes[2]!])) as { '@context': string; first: { items: Record<string, unknown>[] } };
    expect(collection['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(collection.first.items[0]).toEqual({
      id: 'urn:uuid:9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
      type: 'Annotation',
      motivation: 'commenting',
      created: '2024-05-01T10:03:20.000Z',
      modified: '2024-05-01T10:03:20.000Z',
      body: [
        { type: 'TextualBody', value: '第一行："为民"二字\n第二行, 含逗号', format: 'text/plain', purpose: 'commenting' },
        { type: 'TextualBody', value: '宗旨 意识', purpose: 'tagging' },
      ],
      target: { source: SEED_URL, selector: seedNotes[2]!.selectors },
    });
  });
});

describe('buildExport', () => {
  it.each([
    ['json', '在全省党委秘书长会议讲话.json', 'application/json'],
    ['md', '在全省党委秘书长会议讲话.md', 'text/markdown;charset=utf-8'],
    ['gbt', '在全省党委秘书长会议讲话（公文格式）.txt', 'text/plain;charset=utf-8'],
    ['opml', '在全省党委秘书长会议讲话.opml', 'text/x-opml;charset=utf-8'],
  ] as const)('names the %s export and gives its type', async (format, filename, mime) => {
    const file = await buildExport(format, seedDocument);
    expect(file).toMatchObject({ filename, mime });
    expect(typeof file.data).toBe('string');
  });

  it('returns the .docx as zip bytes', async () => {
    const file = await buildExport('docx', seedDocument);
    expect(file.filename).toBe('在全省党委秘书长会议讲话.docx');
    expect(file.data).toBeInstanceOf(Uint8Array);
    expect([...(file.data as Uint8Array).slice(0, 2)]).toEqual([0x50, 0x4b]); // "PK"
  });

  it('writes JSON without the engine’s block locations', async () => {
    const located = { ...seedDocument, sections: [{ title: 'x', points: [{ ...point('一、', 'a', ''), at: { block: 1, markerStart: 0, markerEnd: 2, titleEnd: 3 } }], headingBlock: -1 }] };
    const json = (await buildExport('json', located)).data as string;
    expect(json).not.toContain('"at"');
    expect(json).not.toContain('headingBlock');
  });

  it('names notes exports after the page', () => {
    expect(buildNotesExport('csv', { url: SEED_URL, title: '讲话' }, []).filename).toBe('讲话（笔记）.csv');
  });
});
