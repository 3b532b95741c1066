// @vitest-environment happy-dom
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildDocxExport } from '../../core/export/outline-docx.ts';
import { buildOpmlExport } from '../../core/export/outline-opml.ts';
import type { OutlineDocument, OutlinePoint } from '../../core/types.ts';
import { splitPoint } from '../../core/export/outline-lines.ts';
import { documentXmlOf, paragraphOutline, readSeedOutline } from './golden-outputs.ts';

const seed = readSeedOutline();

/** Every point as `depth<TAB>marker+heading` (a lone marker's heading is its first sentence), in document order. */
function flatten(points: OutlinePoint[], depth = 1): string[] {
  return points.flatMap((p) => [`${depth}\t${p.marker}${splitPoint(p).heading}`, ...flatten(p.children, depth + 1)]);
}

const NASTY: OutlineDocument = {
  ...seed,
  url: 'https://example.org/a?x=1&y="2"#old',
  title: '讲话 <稿> & "引号"\u0001\u000b结束',
  sections: [{
    title: '篇1:A&B <公司>',
    points: [{
      marker: '一、', ordinal: 1, depth: 1, inline: false,
      title: '坚持 <党的领导> & "人民至上"\u0007', text: '第一行\n第二行\t制表 & <b>\uFFFE', children: [],
    }],
  }],
};

describe('buildDocxExport', () => {
  it('writes the title, each speech as Heading1 and points as Heading2… by depth, in outline order', async () => {
    const lines = paragraphOutline(documentXmlOf(await buildDocxExport(seed)));
    const expected = ['Title\t在全省党委秘书长会议讲话'];
    for (const s of seed.sections) {
      expected.push(`Heading1\t${s.title}`);
      for (const line of flatten(s.points)) {
        const [depth, text] = line.split('\t');
        expected.push(`Heading${Math.min(Number(depth) + 1, 6)}\t${text}`);
      }
    }
    expect(lines).toEqual(expected);
  });

  it('starts points at Heading1 when the only speech is titled like the page', async () => {
    const single: OutlineDocument = { ...seed, sections: [{ ...seed.sections[1]!, title: seed.title }] };
    const lines = paragraphOutline(documentXmlOf(await buildDocxExport(single)));
    expect(lines.slice(0, 3)).toEqual(['Title\t在全省党委秘书长会议讲话', 'Heading1\t一、##年全市党委办公室工作回顾', 'Heading2\t(一)文秘工作严谨规范']);
  });

  it('sets the official fonts under the names Windows and WPS install, with their other names and GB2312 charset in the font table', async () => {
    const files = unzipSync(await buildDocxExport(seed));
    const styles = strFromU8(files['word/styles.xml']!);
    const style = (id: string) => new RegExp(`<w:style [^>]*w:styleId="${id}".*?</w:style>`, 's').exec(styles)?.[0] ?? '';
    expect(style('Title')).toContain('w:eastAsia="方正小标宋简体"');
    expect(style('Heading2')).toContain('w:eastAsia="黑体"');
    expect(style('Heading2')).toContain('<w:outlineLvl w:val="1"/>');
    expect(style('Heading3')).toContain('w:eastAsia="楷体"');
    expect(style('Heading4')).toContain('w:eastAsia="仿宋"');
    expect(style('Heading3')).toContain('<w:sz w:val="32"/>');
    expect(styles).toContain('w:eastAsia="zh-CN"');
    const fonts = strFromU8(files['word/fontTable.xml']!);
    for (const [name, alt] of [['方正小标宋简体', '宋体'], ['黑体', 'SimHei'], ['楷体', 'KaiTi'], ['仿宋', 'FangSong'], ['宋体', 'SimSun']]) {
      expect(fonts).toMatch(new RegExp(`<w:font w:name="${name}"><w:altName w:val="${alt}"/><w:panose1 w:val="[0-9A-F]{20}"/><w:charset w:val="86"/>`));
    }
    expect(new DOMParser().parseFromString(fonts, 'application/xml').getElementsByTagName('parsererror')).toHaveLength(0);
  });

  it('escapes XML specials and drops characters XML cannot hold', async () => {
    const xml = documentXmlOf(await buildDocxExport(NASTY, { body: true, links: true }));
    expect(xml).toContain('讲话 &lt;稿&gt; &amp; &quot;引号&quot; 结束');
    expect(xml).not.toMatch(/[\u0001\u0007\u000b\uFFFE]/);
    const parsed = new DOMParser().parseFromString(xml, 'application/xml');
    expect(parsed.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(paragraphOutline(xml)[2]).toBe('Heading2\t一、坚持 <党的领导> & "人民至上"');
  });
});

describe('buildOpmlExport', () => {
  it('reads back as the same outline: one root, one <outline> per section and point, text = marker + heading', () => {
    const xml = buildOpmlExport(seed, { now: new Date(0) });
    const opml = new DOMParser().parseFromString(xml, 'application/xml');
    expect(opml.querySelector('head > title')?.textContent).toBe(seed.title);
    expect(opml.querySelector('head > dateCreated')?.textContent).toBe('Thu, 01 Jan 1970 00:00:00 GMT');
    const read = (el: Element, depth: number): string[] =>
      [...el.children].filter((c) => c.tagName === 'outline').flatMap((c) => [`${depth}\t${c.getAttribute('text')}`, ...read(c, depth + 1)]);
    const roots = [...opml.querySelector('body')!.children];
    expect(roots.map((r) => r.getAttribute('text'))).toEqual([seed.title]);
    const sections = [...roots[0]!.children];
    expect(sections.map((s) => s.getAttribute('text'))).toEqual(seed.sections.map((s) => s.title));
    sections.forEach((s, i) => expect(read(s, 1)).toEqual(flatten(seed.sections[i]!.points)));
  });

  it('keeps the point text without its heading as _note and, when asked, links each point to the page', () => {
    const opml = new DOMParser().parseFromString(buildOpmlExport(seed, { links: true }), 'application/xml');
    const first = opml.querySelector('body > outline > outline > outline > outline')!;
    expect(first.getAttribute('text')).toBe('第一,党性是根本');
    expect(seed.sections[0]!.points[0]!.children[0]!.text.startsWith('党性是根本。党委办公厅(室)姓党。')).toBe(true);
    expect(first.getAttribute('_note')?.startsWith('党委办公厅(室)姓党。')).toBe(true);
    expect(first.getAttribute('url')).toBe(`${seed.url}#:~:text=%E7%AC%AC%E4%B8%80%2C%E5%85%9A%E6%80%A7%E6%98%AF%E6%A0%B9%E6%9C%AC`);
  });

  it('escapes & < > " in attributes, keeps the note on one line and drops control characters', () => {
    const xml = buildOpmlExport(NASTY, { now: new Date(0), links: true });
    expect(xml).toContain('<title>讲话 &lt;稿&gt; &amp; &quot;引号&quot; 结束</title>');
    expect(xml).not.toMatch(/[\u0001\u0007\u000b\uFFFE]/);
    const opml = new DOMParser().parseFromString(xml, 'application/xml');
    expect(opml.getElementsByTagName('parsererror')).toHaveLength(0);
    const point = opml.querySelector('body > outline > outline > outline')!;
    expect(point.getAttribute('text')).toBe('一、坚持 <党的领导> & "人民至上"');
    expect(point.getAttribute('_note')).toBe('第一行 第二行 制表 & <b>');
    expect(point.getAttribute('url')).toMatch(/^https:\/\/example\.org\/a\?x=1&y="2"#:~:text=/);
  });
});
