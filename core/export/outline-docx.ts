/**
 * The outline as a Word document (.docx, written by the `docx` library, which
 * runs in Node and in browsers). Sections and points are real headings, so
 * Word's and WPS's navigation pane show the outline; the page, fonts and
 * page numbers follow GB/T 9704 (see docx-page.ts).
 */
import { Document, ExternalHyperlink, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { ParagraphChild } from 'docx';
import type { Annotation } from '../annotation-types.ts';
import type { OutlineDocument, OutlinePoint } from '../types.ts';
import { placeAnnotations, type AnnotationPlacement } from './annotation-groups.ts';
import { describeAnnotation } from './annotation-text.ts';
import { buildDocxStyles, buildFontTable, buildPageSetup, READER_NOTE_STYLE } from './docx-page.ts';
import { pointMarker, type Numbering } from './gbt-numbering.ts';
import { documentHeading, markCutBody, sectionHeading, showsSectionTitles, splitPoint } from './outline-lines.ts';
import { pointKey } from './point-keys.ts';
import { buildPointLink } from './text-fragment.ts';
import { stripInvalidXmlChars } from './xml-text.ts';

export { buildFontTable, OFFICIAL_FONTS, PAGE_MARGINS } from './docx-page.ts';

/** What the Word outline includes. */
export interface DocxExportOptions {
  /** Each point's own text (without its heading) as a body paragraph under its heading. */
  body?: boolean;
  /** `page` (default): markers as written; `gbt`: renumbered 一、 （一） 1. （1） ①, keeping 要 of 一要. */
  numbering?: Numbering;
  /** Make each point's heading a link back to its place on the page (only when the outline has a url). */
  links?: boolean;
  /** The reader's notes and 金句, set under the points they fall in, in the 读者批注 style. */
  annotations?: readonly Annotation[];
}

interface Context {
  options: DocxExportOptions;
  url: string | null;
  placement: AnnotationPlacement;
  /** 1 when speeches have their own Heading 1, so points start at Heading 2. */
  offset: number;
  children: Paragraph[];
}

const HEADINGS = [
  HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6,
] as const;

/**
 * Builds the .docx bytes: the page title in the Title style, each section as
 * Heading 1 (left out when the only section is titled like the page; from
 * the second on, each speech starts a new page), points as Heading 2…6 by
 * depth (deeper points stay at Heading 6), then as asked the body paragraphs
 * and the reader's notes. A heading keeps with the next paragraph only when
 * that paragraph belongs to it (its body, notes or first sub-point), so a
 * page breaks anywhere between points and never strands a heading.
 */
export async function buildDocxExport(doc: OutlineDocument, options: DocxExportOptions = {}): Promise<Uint8Array<ArrayBuffer>> {
  const withSections = showsSectionTitles(doc);
  const ctx: Context = {
    options,
    url: (options.links ?? false) && doc.url ? doc.url : null,
    placement: placeAnnotations(doc, options.annotations ?? []),
    offset: withSections ? 1 : 0,
    children: [],
  };
  ctx.children.push(new Paragraph({ heading: HeadingLevel.TITLE, keepNext: true, children: [new TextRun(clean(documentHeading(doc)))] }));
  doc.sections.forEach((section, i) => {
    const loose = ctx.placement.byKey.get(pointKey(i, [])) ?? [];
    if (withSections) {
      ctx.children.push(new Paragraph({
        heading: HeadingLevel.HEADING_1,
        keepNext: section.points.length > 0 || loose.length > 0,
        pageBreakBefore: i > 0,
        children: [new TextRun(clean(sectionHeading(section, i)))],
      }));
    }
    appendAnnotations(ctx, loose);
    appendPoints(ctx, section.points, i, [], 1);
  });
  if (ctx.placement.unplaced.length > 0) {
    ctx.children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, keepNext: true, children: [new TextRun('其他批注')] }));
    appendAnnotations(ctx, ctx.placement.unplaced);
  }

  const document = new Document({
    title: clean(documentHeading(doc)),
    creator: '讲话提纲助手',
    styles: buildDocxStyles(withSections),
    evenAndOddHeaderAndFooters: true,
    sections: [{ ...buildPageSetup(), children: ctx.children }],
  });
  const bytes = await Packer.pack(document, 'uint8array', false, [{ path: 'word/fontTable.xml', data: buildFontTable() }]);
  return new Uint8Array(bytes);
}

function appendPoints(ctx: Context, points: OutlinePoint[], sectionIndex: number, parentPath: string[], depth: number): void {
  points.forEach((p, i) => {
    const path = [...parentPath, p.marker.trim()];
    const parts = splitPoint(p);
    const body = ctx.options.body ? clean(markCutBody(parts.body, p, '\u2060')) : '';
    const notes = ctx.placement.byKey.get(pointKey(sectionIndex, path)) ?? [];
    const text = clean(pointMarker(p.marker, depth, i + 1, ctx.options.numbering) + parts.heading);
    const link = ctx.url ? buildPointLink(ctx.url, p) : null;
    const run: ParagraphChild = link ? new ExternalHyperlink({ link, children: [new TextRun(text)] }) : new TextRun(text);
    ctx.children.push(new Paragraph({
      heading: HEADINGS[Math.min(depth + ctx.offset, HEADINGS.length) - 1] ?? HeadingLevel.HEADING_6,
      keepNext: body !== '' || notes.length > 0 || p.children.length > 0,
      children: [run],
    }));
    if (body !== '') ctx.children.push(new Paragraph({ children: [new TextRun(body)] }));
    appendAnnotations(ctx, notes);
    appendPoints(ctx, p.children, sectionIndex, path, depth + 1);
  });
}

/** Each annotation as 读者批注 paragraphs: 【金句】“quote”, then the note's lines, then its tags. */
function appendAnnotations(ctx: Context, annotations: readonly Annotation[]): void {
  for (const a of annotations) {
    const { label, quoteLabel, quote, noteLines, tags } = describeAnnotation(a);
    const lines: Array<{ lead: string; text: string }> = [];
    if (quote !== '') lines.push({ lead: `【${quoteLabel}】`, text: `“${quote}”` });
    noteLines.forEach((line, n) => lines.push({ lead: n > 0 ? '' : quote !== '' ? '批注：' : `【${label}】`, text: line }));
    if (tags.length > 0) lines.push({ lead: '标签：', text: tags.map((t) => `#${t}`).join(' ') });
    for (const line of lines) {
      ctx.children.push(new Paragraph({
        style: READER_NOTE_STYLE,
        children: [...(line.lead ? [new TextRun({ text: line.lead, bold: true })] : []), new TextRun(clean(line.text))],
      }));
    }
  }
}

/** The `docx` library escapes XML specials itself but keeps characters XML 1.0 forbids. */
function clean(text: string): string {
  return stripInvalidXmlChars(text);
}
