/** The outline as Markdown: a nested list, optionally with headings, keywords, notes and links. */
import type { Annotation } from '../annotation-types.ts';
import type { OutlineDocument, OutlinePoint } from '../types.ts';
import { buildAnnotationLines, type QuoteStyle } from './annotation-markdown.ts';
import { placeAnnotations, type AnnotationPlacement } from './annotation-groups.ts';
import { escapeMarkdown, escapeMarkdownHeading, escapeMarkdownInline, markdownLinkTarget } from './markdown-escape.ts';
import { pointMarker, type Numbering } from './gbt-numbering.ts';
import { describePoint, documentHeading, markCutBody, sectionHeading, showsSectionTitles, splitPoint } from './outline-lines.ts';
import { keywordsOf, pointKey, type PointKeywords } from './point-keys.ts';
import { buildPointLink } from './text-fragment.ts';

/** What the Markdown outline includes besides the points. */
export interface MarkdownExportOptions {
  /** Points of the first two levels as headings (### / ####), deeper ones as lists under them. */
  headings?: boolean;
  /** Keywords per point (see pointKey); a point's own `keywords` field is used otherwise. */
  keywords?: PointKeywords;
  /** Notes and 金句 to show under the points they fall in. */
  annotations?: readonly Annotation[];
  /** How quotes of annotations are set off; default `highlight` (==…==). */
  quoteStyle?: QuoteStyle;
  /** Link each point and quote back to its place on the page (`#:~:text=`); default false, used only when the outline has a url. */
  links?: boolean;
  /** Each point's own text (without its heading) under it. */
  body?: boolean;
  /** `page` (default): markers as written; `gbt`: renumbered 一、 （一） 1. （1） ①. */
  numbering?: Numbering;
}

interface Context {
  doc: OutlineDocument;
  options: MarkdownExportOptions;
  placement: AnnotationPlacement;
  links: boolean;
  /** Heading level of a depth-1 point in headings mode. */
  firstHeadingLevel: number;
}

/**
 * Builds the outline as Markdown: `# title`, a `## heading` per section (left
 * out when the only section is titled like the page), and the points as a
 * nested `- ` list, two spaces of indent per level, each item `marker title`
 * exactly as written (or renumbered). Page text is escaped, so `##年`,
 * `机要__` or `==` show as written. Notes and 金句 are block quotes under
 * their point, before its sub-points. Ends with a newline.
 */
export function buildMarkdownExport(doc: OutlineDocument, options: MarkdownExportOptions = {}): string {
  const withSections = showsSectionTitles(doc);
  const ctx: Context = {
    doc,
    options,
    placement: placeAnnotations(doc, options.annotations ?? []),
    links: (options.links ?? false) && doc.url !== null && doc.url !== '',
    firstHeadingLevel: withSections ? 3 : 2,
  };
  const blocks: string[] = [`# ${escapeMarkdownHeading(documentHeading(doc))}`];
  doc.sections.forEach((section, i) => {
    if (withSections) blocks.push(`## ${escapeMarkdownHeading(sectionHeading(section, i))}`);
    blocks.push(...annotationBlocks(ctx, pointKey(i, [])));
    if (options.headings) appendHeadingPoints(ctx, blocks, section.points, i, [], 1);
    else pushList(blocks, listLines(ctx, section.points, i, [], 0));
  });
  if (ctx.placement.unplaced.length > 0) {
    blocks.push('## 其他批注');
    blocks.push(...ctx.placement.unplaced.map((a) => quoteLines(buildAnnotationLines(a, annotationOptions(ctx))).join('\n')));
  }
  return blocks.join('\n\n') + '\n';
}

function appendHeadingPoints(ctx: Context, blocks: string[], points: OutlinePoint[], sectionIndex: number, parentPath: string[], depth: number): void {
  points.forEach((p, i) => {
    const path = [...parentPath, p.marker.trim()];
    const key = pointKey(sectionIndex, path);
    const level = ctx.firstHeadingLevel + depth - 1;
    const { line, body } = describe(ctx, p, depth, i);
    blocks.push(`${'#'.repeat(level)} ${pointLabel(ctx, p, escapeMarkdownHeading(line))}`);
    const keywords = keywordsOf(p, key, ctx.options.keywords);
    if (keywords.length > 0) blocks.push(`关键词：${keywords.map(escapeMarkdownInline).join('、')}`);
    if (body !== '') blocks.push(escapeMarkdown(body));
    blocks.push(...annotationBlocks(ctx, key));
    if (depth < 2) appendHeadingPoints(ctx, blocks, p.children, sectionIndex, path, depth + 1);
    else pushList(blocks, listLines(ctx, p.children, sectionIndex, path, 0, depth + 1));
  });
}

function listLines(ctx: Context, points: OutlinePoint[], sectionIndex: number, parentPath: string[], level: number, depth = level + 1): string[] {
  const lines: string[] = [];
  const pad = '  '.repeat(level + 1); // the item's content column
  points.forEach((p, i) => {
    const path = [...parentPath, p.marker.trim()];
    const key = pointKey(sectionIndex, path);
    const keywords = keywordsOf(p, key, ctx.options.keywords);
    const suffix = keywords.length > 0 ? ` — 关键词：${keywords.map(escapeMarkdownInline).join('、')}` : '';
    const { line, body } = describe(ctx, p, depth, i);
    // The body continues the item's paragraph after a hard line break (a backslash), so the list stays tight.
    lines.push(`${'  '.repeat(level)}- ${pointLabel(ctx, p, escapeMarkdown(line))}${suffix}${body !== '' ? '\\' : ''}`);
    if (body !== '') lines.push(pad + escapeMarkdown(body));
    for (const a of ctx.placement.byKey.get(key) ?? []) {
      lines.push(...quoteLines(buildAnnotationLines(a, annotationOptions(ctx))).map((l) => pad + l));
    }
    lines.push(...listLines(ctx, p.children, sectionIndex, path, level + 1, depth + 1));
  });
  return lines;
}

/** The point's line (marker + heading) and, when asked for, its body; a lone marker's heading is then its whole first sentence. */
function describe(ctx: Context, p: OutlinePoint, depth: number, index: number): { line: string; body: string } {
  const marker = pointMarker(p.marker, depth, index + 1, ctx.options.numbering);
  if (!ctx.options.body) return { line: describePoint(p, marker), body: '' };
  const parts = splitPoint(p);
  return { line: marker + parts.heading, body: markCutBody(parts.body, p) };
}

/** Block lines as one block quote: the reader's words set apart from the speech's. */
function quoteLines(lines: readonly string[]): string[] {
  return lines.map((l) => (l === '' ? '>' : `> ${l}`));
}

/** The point's escaped line, as a link to its place on the page when links are on. */
function pointLabel(ctx: Context, p: OutlinePoint, escaped: string): string {
  const link = ctx.links ? buildPointLink(ctx.doc.url, p) : null;
  return link ? `[${escaped}](${markdownLinkTarget(link)})` : escaped;
}

function annotationBlocks(ctx: Context, key: string): string[] {
  return (ctx.placement.byKey.get(key) ?? []).map((a) => quoteLines(buildAnnotationLines(a, annotationOptions(ctx))).join('\n'));
}

function annotationOptions(ctx: Context) {
  return { quoteStyle: ctx.options.quoteStyle ?? 'highlight', links: ctx.links } as const;
}

function pushList(blocks: string[], lines: string[]): void {
  if (lines.length > 0) blocks.push(lines.join('\n'));
}
