/**
 * How the Word export's page looks, after GB/T 9704-2012 (党政机关公文格式):
 * A4, 版心 156 mm × 225 mm with its margins, 22 lines of 三号仿宋 a page,
 * the page number as "— 1 —" in 四号宋体 under the 版心 (odd pages right,
 * even pages left, one character in from the edge), and the fonts each level
 * uses, declared under the names Word and WPS find on the reader's machine.
 */
import { AlignmentType, BorderStyle, Footer, LineRuleType, PageNumber, Paragraph, TextRun } from 'docx';
import type { IBaseParagraphStyleOptions, IFontAttributesProperties, IParagraphStyleOptions, ISectionOptions } from 'docx';

/** A Chinese font as the font table declares it, so a program without it can pick a look-alike. */
export interface DeclaredFont {
  /** The name in the runs: the family name Windows, WPS and macOS Office install the font under. */
  name: string;
  /** Its other name (English, or the GB/T 9704 edition), for programs that match by either. */
  altName: string;
  /** PANOSE and Unicode/code-page signature of the real font: Word's substitution matches on them. */
  panose: string;
  family: 'auto' | 'modern' | 'roman';
  pitch: 'fixed' | 'variable';
  sig: string;
}

/** Signature of 宋体-style fonts (Unicode ranges incl. CJK, code pages Latin-1 and GB2312). */
const SONG_SIG = 'w:usb0="00000003" w:usb1="288F0000" w:usb2="00000016" w:usb3="00000000" w:csb0="00040001" w:csb1="00000000"';
/** Signature of 仿宋/楷体/黑体 as Windows ships them. */
const FANG_SIG = 'w:usb0="800002BF" w:usb1="38CF7CFA" w:usb2="00000016" w:usb3="00000000" w:csb0="00040001" w:csb1="00000000"';

/**
 * The fonts GB/T 9704 asks for. The standard names 仿宋_GB2312 and
 * 楷体_GB2312, which Windows has not shipped since XP and macOS never did;
 * declaring them makes Word fall back to 宋体 on most machines, so the runs
 * name 仿宋 (FangSong) and 楷体 (KaiTi), the same designs every Windows, WPS
 * and Office for Mac install has. The title's 方正小标宋简体 has no stock
 * twin: where it is missing, its 宋体 signature leads Word and WPS to 宋体.
 */
export const OFFICIAL_FONTS = {
  title: { name: '方正小标宋简体', altName: '宋体', panose: '02000000000000000000', family: 'auto', pitch: 'variable', sig: SONG_SIG },
  heiti: { name: '黑体', altName: 'SimHei', panose: '02010609060101010101', family: 'modern', pitch: 'fixed', sig: FANG_SIG },
  kaiti: { name: '楷体', altName: 'KaiTi', panose: '02010609060101010101', family: 'modern', pitch: 'fixed', sig: FANG_SIG },
  fangsong: { name: '仿宋', altName: 'FangSong', panose: '02010609060101010101', family: 'modern', pitch: 'fixed', sig: FANG_SIG },
  songti: { name: '宋体', altName: 'SimSun', panose: '02010600030101010101', family: 'auto', pitch: 'variable', sig: SONG_SIG },
} as const satisfies Record<string, DeclaredFont>;

/** Digits and Latin letters in official documents. */
const LATIN_FONT = 'Times New Roman';

/** Millimetres in twips (1/1440 inch). */
const mm = (value: number) => Math.round((value * 1440) / 25.4);

/** GB/T 9704 §5.2: 天头 37 mm, 订口 28 mm, 版心 156 × 225 mm on A4 (210 × 297 mm). */
export const PAGE_MARGINS = { top: mm(37), bottom: mm(297 - 37 - 225), left: mm(28), right: mm(210 - 28 - 156) } as const;
/** The page number's line sits 7 mm under the 版心: its bottom about 22 mm above the paper's edge. */
const FOOTER_DISTANCE = mm(22);

/** Sizes in half-points: 二号 22pt, 小二 18pt, 三号 16pt, 四号 14pt. */
const SIZE = { title: 44, speech: 36, body: 32, small: 28 } as const;
/** 28.95pt lines: 22 lines fill the 225 mm 版心. */
export const LINE_TWIPS = 579;
/** Two characters of 三号 text: the first-line indent of every paragraph. */
const INDENT_TWIPS = 640;
/** One 四号 character: how far the page number stands in from the edge. */
const PAGE_NUMBER_INSET = 280;

/** The reader's notes and 金句: a style of their own, so they never pass for the speech's words. */
export const READER_NOTE_STYLE = 'ReaderNote';
/** Page-number paragraphs. */
const PAGE_NUMBER_STYLE = 'PageNumber';

/** Run fonts: the Chinese face for East Asian text, Times New Roman for digits and Latin letters. */
function fontsOf(font: DeclaredFont, latin = LATIN_FONT): IFontAttributesProperties {
  return { ascii: latin, hAnsi: latin, cs: latin, eastAsia: font.name };
}

const exactLines = (before = 0, after = 0) => ({ line: LINE_TWIPS, lineRule: LineRuleType.EXACT, before, after });

function headingStyle(font: DeclaredFont, outlineLevel: number, speechTitle = false): IBaseParagraphStyleOptions {
  return {
    run: { font: fontsOf(font), size: speechTitle ? SIZE.speech : SIZE.body, bold: false, color: '000000' },
    paragraph: {
      outlineLevel,
      alignment: speechTitle ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
      indent: speechTitle ? { firstLine: 0 } : { firstLine: INDENT_TWIPS },
      spacing: speechTitle ? exactLines(LINE_TWIPS, LINE_TWIPS) : exactLines(),
    },
  };
}

/**
 * Title, Heading 1…6, Normal and the two styles of this export. Point
 * headings: 黑体 for the first level, 楷体 for the second, 仿宋 below, all
 * 三号 (GB/T 9704 §7.3.3). With several speeches, Heading 1 is a speech's
 * title (小二 小标宋, centred) and points start at Heading 2.
 */
export function buildDocxStyles(withSections: boolean) {
  const pointFont = (depth: number): DeclaredFont =>
    depth === 1 ? OFFICIAL_FONTS.heiti : depth === 2 ? OFFICIAL_FONTS.kaiti : OFFICIAL_FONTS.fangsong;
  const offset = withSections ? 1 : 0;
  const heading = (level: number): IBaseParagraphStyleOptions =>
    withSections && level === 1 ? headingStyle(OFFICIAL_FONTS.title, 0, true) : headingStyle(pointFont(level - offset), level - 1);
  const paragraphStyles: IParagraphStyleOptions[] = [
    {
      id: READER_NOTE_STYLE,
      name: '读者批注',
      basedOn: 'Normal',
      quickFormat: true,
      run: { font: fontsOf(OFFICIAL_FONTS.kaiti), size: SIZE.small, color: '1F4E79' },
      paragraph: {
        indent: { left: INDENT_TWIPS, firstLine: 0 },
        spacing: { line: 440, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
        border: { left: { style: BorderStyle.SINGLE, size: 12, color: '8EAADB', space: 6 } },
      },
    },
    {
      id: PAGE_NUMBER_STYLE,
      name: '页码',
      basedOn: 'Normal',
      run: { font: fontsOf(OFFICIAL_FONTS.songti, OFFICIAL_FONTS.songti.name), size: SIZE.small },
      paragraph: { indent: { firstLine: 0 }, spacing: { line: 360, lineRule: LineRuleType.AT_LEAST } },
    },
  ];
  return {
    default: {
      document: {
        // zh-CN, so a program that must substitute a font picks a Simplified Chinese one (not Japanese glyph forms).
        run: { font: fontsOf(OFFICIAL_FONTS.fangsong), size: SIZE.body, language: { value: 'zh-CN', eastAsia: 'zh-CN' } },
        paragraph: { alignment: AlignmentType.JUSTIFIED, indent: { firstLine: INDENT_TWIPS }, spacing: exactLines() },
      },
      title: {
        run: { font: fontsOf(OFFICIAL_FONTS.title), size: SIZE.title, bold: false, color: '000000' },
        paragraph: { alignment: AlignmentType.CENTER, indent: { firstLine: 0 }, spacing: { line: 700, lineRule: LineRuleType.EXACT, after: LINE_TWIPS } },
      },
      heading1: heading(1),
      heading2: heading(2),
      heading3: heading(3),
      heading4: heading(4),
      heading5: heading(5),
      heading6: heading(6),
    },
    paragraphStyles,
  };
}

function pageNumberFooter(alignment: 'right' | 'left'): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: PAGE_NUMBER_STYLE,
        alignment: alignment === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: alignment === 'right' ? { right: PAGE_NUMBER_INSET } : { left: PAGE_NUMBER_INSET },
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'] })],
      }),
    ],
  });
}

/**
 * The section's page: A4 portrait, GB/T margins, and the page number footer
 * (default footer = odd pages, right; even pages, left). The document must
 * turn on evenAndOddHeaderAndFooters for the even footer to apply.
 */
export function buildPageSetup(): Omit<ISectionOptions, 'children'> {
  return {
    properties: {
      page: {
        size: { width: mm(210), height: mm(297) },
        margin: { ...PAGE_MARGINS, header: mm(15), footer: FOOTER_DISTANCE },
      },
    },
    footers: { default: pageNumberFooter('right'), even: pageNumberFooter('left') },
  };
}

/**
 * The font table, which the `docx` library leaves empty: every font the
 * styles use, with its other name, PANOSE, charset (86 = GB2312), family,
 * pitch and signature, which Word and WPS use to substitute a missing font.
 */
export function buildFontTable(): string {
  const font = (f: DeclaredFont) =>
    `<w:font w:name="${f.name}"><w:altName w:val="${f.altName}"/><w:panose1 w:val="${f.panose}"/><w:charset w:val="86"/>` +
    `<w:family w:val="${f.family}"/><w:pitch w:val="${f.pitch}"/><w:sig ${f.sig}/></w:font>`;
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">',
    ...Object.values(OFFICIAL_FONTS).map(font),
    `<w:font w:name="${LATIN_FONT}"><w:panose1 w:val="02020603050405020304"/><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>`,
    '</w:fonts>',
  ].join('');
}
