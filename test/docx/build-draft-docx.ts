/**
 * Builds .docx drafts with real Word structure, the way a 秘书 sets one up:
 * 方正小标宋 title, 仿宋_GB2312 body, 黑体/楷体 headings, a multilevel list
 * 一、 （一） 1. （1） defined in numbering.xml (so Word, not the text,
 * shows the numbers), heading styles, a table, a footnote and a bullet.
 */
import {
  AlignmentType, Document, FootnoteReferenceRun, HeadingLevel, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType,
} from 'docx';

/** How the draft's numbered paragraphs get their numbers. */
export interface DraftOptions {
  /** Word numbering (numbering.xml) instead of typed markers. */
  autoNumber: boolean;
  /** lvlText of the four levels; GB/T by default. */
  levelTexts?: [string, string, string, string];
}

const GB_LEVELS: [string, string, string, string] = ['%1、', '（%2）', '%3.', '（%4）'];
const TYPED_MARKER = /^(?:([一二三四五六七八九十]+)、|（([一二三四五六七八九十]+)）|(\d+)\.|（(\d+)）)/;
const FONTS = ['黑体', '楷体_GB2312', '仿宋_GB2312', '仿宋_GB2312'] as const;

function bodyRun(text: string): TextRun {
  return new TextRun({ text, font: '仿宋_GB2312', size: 32 });
}

/** The level (0–3) of a line that starts with a GB/T marker, and the line without it. */
function typedLevel(line: string): { level: number; rest: string } | null {
  const m = TYPED_MARKER.exec(line);
  if (!m) return null;
  const level = [1, 2, 3, 4].find((i) => m[i] !== undefined) ?? 1;
  return { level: level - 1, rest: line.slice(m[0].length) };
}

function paragraphOf(line: string, index: number, options: DraftOptions): Paragraph {
  if (index === 0) {
    return new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun({ text: line, font: '方正小标宋简体', size: 44 })] });
  }
  const typed = typedLevel(line);
  const footnote = index === 2 ? [new FootnoteReferenceRun(1)] : [];
  if (!typed) return new Paragraph({ indent: { firstLine: 640 }, children: [bodyRun(line), ...footnote] });
  const text = options.autoNumber ? typed.rest : line;
  const run = new TextRun({ text, font: FONTS[typed.level], size: 32 });
  const heading = typed.level === 0 ? HeadingLevel.HEADING_1 : typed.level === 1 ? HeadingLevel.HEADING_2 : undefined;
  return new Paragraph({
    ...(heading ? { heading } : {}),
    ...(options.autoNumber ? { numbering: { reference: 'gongwen', level: typed.level } } : {}),
    indent: { firstLine: 640 },
    children: [run],
  });
}

const FORMATS = [LevelFormat.CHINESE_COUNTING, LevelFormat.CHINESE_COUNTING, LevelFormat.DECIMAL, LevelFormat.DECIMAL];

/** A .docx of `text` (first line the title), numbered by Word or by hand. */
export async function buildDraftDocx(text: string, options: DraftOptions): Promise<Uint8Array> {
  const lines = text.split('\n');
  const levelTexts = options.levelTexts ?? GB_LEVELS;
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [['工作事项', '完成情况'], ['公文处理', '按期办结'], ['信息报送', '超额完成']].map(
      (cells) => new TableRow({ children: cells.map((c) => new TableCell({ children: [new Paragraph({ children: [bodyRun(c)] })] })) }),
    ),
  });
  const doc = new Document({
    creator: '市委办公室',
    title: '讲话稿',
    numbering: {
      config: [
        {
          reference: 'gongwen',
          levels: levelTexts.map((t, level) => ({ level, format: FORMATS[level] as (typeof LevelFormat)[keyof typeof LevelFormat], text: t, alignment: AlignmentType.LEFT })),
        },
        { reference: 'dots', levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT }] },
      ],
    },
    footnotes: { 1: { children: [new Paragraph({ children: [bodyRun('数据来源：市委办公室年度统计。')] })] } },
    sections: [{
      children: [
        ...lines.map((line, i) => paragraphOf(line, i, options)),
        table,
        new Paragraph({ numbering: { reference: 'dots', level: 0 }, children: [bodyRun('附件：会议材料目录')] }),
      ],
    }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
