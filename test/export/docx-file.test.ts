// @vitest-environment happy-dom
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildExport } from '../../core/export/index.ts';
import { buildDocxExport } from '../../core/export/outline-docx.ts';
import { documentXmlOf, paragraphOutline, readSeedOutline } from './golden-outputs.ts';
import { seedNotes } from './notes-fixtures.ts';

const seed = readSeedOutline();

/** The .docx's parts, parsed as XML (a parse error fails the test). */
function openDocx(bytes: Uint8Array) {
  const files = unzipSync(bytes);
  const xml = (path: string) => {
    const data = files[path];
    if (!data) throw new Error(`no ${path} in the .docx`);
    const parsed = new DOMParser().parseFromString(strFromU8(data), 'application/xml');
    expect(parsed.getElementsByTagName('parsererror')).toHaveLength(0);
    return parsed;
  };
  return { files, xml, text: (path: string) => strFromU8(files[path]!) };
}

/** w:val-style attribute of the first element with this tag under `el`. */
function attr(el: Element | Document, tag: string, name: string): string | null {
  return el.getElementsByTagName(tag)[0]?.getAttribute(name) ?? null;
}

/** An on/off property: present and not w:val="false"/"0". */
function isOn(el: Element, tag: string): boolean {
  const found = el.getElementsByTagName(tag)[0];
  return !!found && !['false', '0', 'off'].includes(found.getAttribute('w:val') ?? 'true');
}

/** Paragraphs of word/document.xml with their style, text and keep-with-next flag. */
function paragraphs(doc: Document) {
  return [...doc.getElementsByTagName('w:p')].map((p) => ({
    style: attr(p, 'w:pStyle', 'w:val') ?? 'Normal',
    text: [...p.getElementsByTagName('w:t')].map((t) => t.textContent).join(''),
    keepNext: isOn(p, 'w:keepNext'),
    pageBreakBefore: isOn(p, 'w:pageBreakBefore'),
  }));
}

describe('the Word export as a 公文 page (GB/T 9704)', async () => {
  const docx = openDocx(await buildDocxExport(seed));
  const document = docx.xml('word/document.xml');

  it('is A4 with the standard margins: 37 mm top, 28 mm binding side, a 156 × 225 mm 版心', () => {
    const twips = (mm: number) => Math.round((mm * 1440) / 25.4);
    expect(attr(document, 'w:pgSz', 'w:w')).toBe(String(twips(210)));
    expect(attr(document, 'w:pgSz', 'w:h')).toBe(String(twips(297)));
    const margin = document.getElementsByTagName('w:pgMar')[0]!;
    expect(margin.getAttribute('w:top')).toBe(String(twips(37)));
    expect(margin.getAttribute('w:left')).toBe(String(twips(28)));
    expect(Number(margin.getAttribute('w:right'))).toBe(twips(26));
    expect(Number(margin.getAttribute('w:bottom'))).toBe(twips(35));
  });

  it('numbers pages "— N —" with a PAGE field, odd pages right and even pages left', () => {
    const refs = [...document.getElementsByTagName('w:footerReference')].map((r) => r.getAttribute('w:type'));
    expect(refs.sort()).toEqual(['default', 'even']);
    expect(docx.text('word/settings.xml')).toContain('<w:evenAndOddHeaders/>');
    const footers = Object.keys(docx.files).filter((f) => /^word\/footer\d+\.xml$/.test(f)).map((f) => docx.xml(f));
    expect(footers).toHaveLength(2);
    const jc = footers.map((f) => attr(f, 'w:jc', 'w:val')).sort();
    expect(jc).toEqual(['left', 'right']);
    for (const footer of footers) {
      const text = [...footer.getElementsByTagName('w:t')].map((t) => t.textContent).join('|');
      expect(text).toBe('— | —'); // the number itself is the field's result, filled in by the program
      const instr = [...footer.getElementsByTagName('w:instrText')].map((t) => t.textContent?.trim());
      expect(instr).toEqual(['PAGE']);
    }
  });

  it('keeps a heading with the next paragraph only when that paragraph is its own sub-point', () => {
    const ps = paragraphs(document);
    // 第一,党性是根本 has no sub-points and (without body) nothing under it: a page may break after it.
    expect(ps.find((p) => p.text === '第一,党性是根本')).toMatchObject({ keepNext: false });
    // 第三,全局是站位 introduces 一是/二是.
    expect(ps.find((p) => p.text === '第三,全局是站位')).toMatchObject({ keepNext: true });
    const chain = Math.max(...ps.map((_, i) => { let n = 0; while (ps[i + n]?.keepNext) n++; return n; }));
    expect(chain).toBeLessThanOrEqual(4); // never a chain longer than the outline is deep
  });

  it('starts every speech after the first on a new page, its title centred in 小标宋', () => {
    const starts = paragraphs(document).filter((p) => p.style === 'Heading1');
    expect(starts.map((p) => p.pageBreakBefore)).toEqual([false, true, true]);
  });

  it('gives a lone marker its whole first sentence as heading, not a snippet cut with …', () => {
    const heading = paragraphs(document).find((p) => p.text.startsWith('(一)'))!;
    expect(heading.text).toBe('(一)对办公厅(室)系统的工作,20xx年我在省政府召开的政府系统秘书长、办公厅(室)主任会议上,曾经讲过四句话,今天,我再讲四句话,这样,总共是八句话,可能比较完整一些');
    expect(paragraphs(document).some((p) => p.style.startsWith('Heading') && p.text.includes('…'))).toBe(false);
  });
});

describe('the Word export’s options', () => {
  it('renumbers GB/T-style, keeping 要 of 一要重视', async () => {
    const doc = openDocx(await buildDocxExport(seed, { numbering: 'gbt' })).xml('word/document.xml');
    const texts = paragraphs(doc).map((p) => p.text);
    expect(texts).toContain('（一）要重视');
    expect(texts).toContain('（二）要严格');
    expect(texts).toContain('一、##年全市党委办公室工作回顾');
    expect(texts).toContain('1.全党全国工作大局');
    expect(texts.some((t) => t.startsWith('第一,'))).toBe(false);
  });

  it('adds the point’s own text as a Normal paragraph that never repeats its heading', async () => {
    const ps = paragraphs(openDocx(await buildDocxExport(seed, { body: true })).xml('word/document.xml'));
    const i = ps.findIndex((p) => p.text === '第一,党性是根本');
    expect(ps[i]).toMatchObject({ keepNext: true });
    expect(ps[i + 1]).toMatchObject({ style: 'Normal' });
    expect(ps[i + 1]!.text.startsWith('党委办公厅(室)姓党。')).toBe(true);
    const lone = ps.findIndex((p) => p.text.startsWith('(一)对办公厅'));
    expect(ps[lone + 1]!.style).toBe('Heading3'); // its only sentence is the heading: no body left to repeat
    // Text the engine cut at 200 characters ends in …… so the reader knows there is more.
    expect(ps.find((p) => p.text.startsWith('就是要坚持立党为公'))!.text.endsWith('…\u2060…')).toBe(true);
  });

  it('puts the reader’s notes and 金句 under their points in the 读者批注 style', async () => {
    const docx = openDocx(await buildDocxExport(seed, { annotations: seedNotes }));
    const ps = paragraphs(docx.xml('word/document.xml'));
    const i = ps.findIndex((p) => p.text === '第一,党性是根本');
    expect(ps.slice(i + 1, i + 4)).toEqual([
      expect.objectContaining({ style: 'ReaderNote', text: '【金句】“党委办公厅(室)姓党。”' }),
      expect.objectContaining({ style: 'ReaderNote', text: '批注：可作开头金句' }),
      expect.objectContaining({ style: 'ReaderNote', text: '标签：#金句 #党性' }),
    ]);
    expect(ps[i]!.keepNext).toBe(true);
    expect(ps.filter((p) => p.text === '其他批注')).toHaveLength(1); // the notes with no place in this outline
    const styles = docx.text('word/styles.xml');
    const style = /<w:style [^>]*w:styleId="ReaderNote".*?<\/w:style>/s.exec(styles)?.[0] ?? '';
    expect(style).toContain('<w:name w:val="读者批注"/>');
    expect(style).toContain('w:eastAsia="楷体"');
    expect(style).toMatch(/<w:color w:val="1F4E79"\/>/);
    expect(style).toContain('<w:left w:val="single"');
  });

  it('exports one speech alone with buildExport’s section, its notes renumbered with it', async () => {
    const file = await buildExport('docx', seed, { section: 1, annotations: seedNotes });
    expect(file.filename).toBe('篇2_党委秘书长会议讲话.docx');
    const lines = paragraphOutline(documentXmlOf(file.data as Uint8Array));
    expect(lines[0]).toBe('Title\t篇2:党委秘书长会议讲话');
    expect(lines[1]).toBe('Heading1\t一、##年全市党委办公室工作回顾');
    expect(lines).toContain('ReaderNote\t【摘录】“严把发文关”');
    expect(lines.some((l) => l.includes('党性是根本') || l.includes('姓党'))).toBe(false);
  });
});
