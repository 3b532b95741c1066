/**
 * The outline as a Word document (.docx, written by the `docx` library, which
 * runs in Node and in browsers). Sections and points are real headings, so
 * Word's and WPS's navigation pane show the outline; fonts and sizes follow
 * GB/T 9704 for official documents.
 */
import { AlignmentType, Document, ExternalHyperlink, HeadingLevel, LineRuleType, Packer, Paragraph, TextRun } from 'docx';
import type { IBaseParagraphStyleOptions, IFontAttributesProperties, ParagraphChild } from 'docx';
import type { OutlineDocument, OutlinePoint } from '../types.ts';
import { gbtMarker } from './gbt-numbering.ts';
import { describePoint, documentHeading, pointBody, sectionHeading, showsSectionTitles } from './outline-lines.ts';
import { buildPointLink } from './text-fragment.ts';
import { stripInvalidXmlChars } from './xml-text.ts';

/** What the Word outline includes. */
export interface DocxExportOptions {
  /** Each point's own text as a body paragraph under its heading. */
  body?: boolean;
  /** `page` (default): markers as written; `gbt`: renumbered 一、 （一） 1. （1） ①. */
  numbering?: 'page' | 'gbt';
  /** Make each point's heading a link back to its place on the page (only when the outline has a url). */
  links?: boolean;
}

/** A font by its Chinese name, with the name Windows and macOS install it under when the GB2312 edition is missing. */
interface OfficialFont {
  name: string;
  fallback: string;
}

/** GB/T 9704: title 小标宋, level 1 黑体, level 2 楷体, level 3 and below 仿宋 (also the body). */
export const OFFICIAL_FONTS = {
  title: { name: '方正小标宋简体', fallback: 'FZXiaoBiaoSong-B05S' },
  level1: { name: '黑体', fallback: 'SimHei' },
  level2: { name: '楷体_GB2312', fallback: 'KaiTi' },
  body: { name: '仿宋_GB2312', fallback: 'FangSong' },
} as const satisfies Record<string, OfficialFont>;

/** Digits and Latin letters in official documents. */
const LATIN_FONT = 'Times New Roman';

/** Sizes in half-points: 二号 22pt for the title, 三号 16pt for everything else. */
const TITLE_SIZE = 44;
const BODY_SIZE = 32;
/** Fixed 28pt lines (GB/T 9704's 22 lines a page) and a two-character first-line indent, in twips. */
const LINE_TWIPS = 560;
const INDENT_TWIPS = 640;

const HEADINGS = [
  HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6,
] as const;

/**
 * Builds the .docx bytes: the page title in the Title style, each section as
 * Heading 1 (left out when the only section is titled like the page), points
 * as Heading 2…6 by depth (deeper points stay at Heading 6), optional body
 * paragraphs in the Normal style.
 */
export async function buildDocxExport(doc: OutlineDocument, options: DocxExportOptions = {}): Promise<Uint8Array<ArrayBuffer>> {
  const withSections = showsSectionTitles(doc);
  const offset = withSections ? 1 : 0;
  const links = (options.links ?? false) && !!doc.url;
  const children: Paragraph[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(clean(documentHeading(doc)))] }),
  ];
  doc.sections.forEach((section, i) => {
    if (withSections) children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(clean(sectionHeading(section, i)))] }));
    appendPoints(children, section.points, 1, offset, options, links ? doc.url : null);
  });

  const document = new Document({
    title: clean(documentHeading(doc)),
    creator: '讲话提纲助手',
    styles: { default: buildStyles(withSections) },
    sections: [{ children }],
  });
  const bytes = await Packer.pack(document, 'uint8array', false, [{ path: 'word/fontTable.xml', data: buildFontTable() }]);
  return new Uint8Array(bytes);
}

function appendPoints(children: Paragraph[], points: OutlinePoint[], depth: number, offset: number, options: DocxExportOptions, url: string | null): void {
  points.forEach((p, i) => {
    const text = clean(options.numbering === 'gbt' ? describePoint(p, gbtMarker(depth, i + 1)) : describePoint(p));
    const link = url ? buildPointLink(url, p) : null;
    const run: ParagraphChild = link
      ? new ExternalHyperlink({ link, children: [new TextRun(text)] })
      : new TextRun(text);
    const heading = HEADINGS[Math.min(depth + offset, HEADINGS.length) - 1] ?? HeadingLevel.HEADING_6;
    children.push(new Paragraph({ heading, children: [run] }));
    const body = options.body ? clean(pointBody(p)) : '';
    if (body !== '') children.push(new Paragraph({ children: [new TextRun(body)] }));
    appendPoints(children, p.children, depth + 1, offset, options, url);
  });
}

/** Run fonts: the Chinese face for East Asian text, Times New Roman for digits and Latin letters. */
function fontsOf(font: OfficialFont): IFontAttributesProperties {
  return { ascii: LATIN_FONT, hAnsi: LATIN_FONT, cs: LATIN_FONT, eastAsia: font.name };
}

function headingStyle(font: OfficialFont, outlineLevel: number, centered = false): IBaseParagraphStyleOptions {
  return {
    run: { font: fontsOf(font), size: centered ? 36 : BODY_SIZE, bold: false, color: '000000' },
    paragraph: {
      outlineLevel,
      keepNext: true,
      alignment: centered ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
      indent: centered ? undefined : { firstLine: INDENT_TWIPS },
      spacing: { line: LINE_TWIPS, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
    },
  };
}

/** Title, Heading 1…6 and Normal, mapped to the official fonts by point depth. */
function buildStyles(withSections: boolean) {
  const pointFont = (depth: number): OfficialFont =>
    depth === 1 ? OFFICIAL_FONTS.level1 : depth === 2 ? OFFICIAL_FONTS.level2 : OFFICIAL_FONTS.body;
  const offset = withSections ? 1 : 0;
  const heading = (level: number): IBaseParagraphStyleOptions =>
    withSections && level === 1
      ? headingStyle(OFFICIAL_FONTS.title, 0, true) // a speech's own title, 小二 centred
      : headingStyle(pointFont(level - offset), level - 1);
  return {
    document: {
      run: { font: fontsOf(OFFICIAL_FONTS.body), size: BODY_SIZE },
      paragraph: { indent: { firstLine: INDENT_TWIPS }, spacing: { line: LINE_TWIPS, lineRule: LineRuleType.EXACT } },
    },
    title: {
      run: { font: fontsOf(OFFICIAL_FONTS.title), size: TITLE_SIZE, bold: false, color: '000000' },
      paragraph: { alignment: AlignmentType.CENTER, spacing: { line: 700, lineRule: LineRuleType.EXACT, after: LINE_TWIPS } },
    },
    heading1: heading(1),
    heading2: heading(2),
    heading3: heading(3),
    heading4: heading(4),
    heading5: heading(5),
    heading6: heading(6),
  };
}

/**
 * The font table, which the `docx` library leaves empty. Each Chinese font is
 * listed with its charset (86 = GB2312) and the name it is installed under on
 * systems without the GB2312 edition (Windows and macOS ship 楷体 as KaiTi and
 * 仿宋 as FangSong), which Word and WPS use to find a substitute.
 */
export function buildFontTable(): string {
  const font = (f: OfficialFont) =>
    `<w:font w:name="${f.name}"><w:altName w:val="${f.fallback}"/><w:charset w:val="86"/><w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font>`;
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">',
    ...Object.values(OFFICIAL_FONTS).map(font),
    `<w:font w:name="${LATIN_FONT}"><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>`,
    '</w:fonts>',
  ].join('');
}

/** The `docx` library escapes XML specials itself but keeps characters XML 1.0 forbids. */
function clean(text: string): string {
  return stripInvalidXmlChars(text);
}
