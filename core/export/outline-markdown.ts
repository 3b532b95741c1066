/** The outline as Markdown: a nested list, optionally with headings, keywords, notes and links. */
import type { Annotation } from '../annotation-types.ts';
import type { OutlineDocument, OutlinePoint } from '../types.ts';
import { asListItem, buildAnnotationLines, type QuoteStyle } from './annotation-markdown.ts';
import { placeAnnotations, type AnnotationPlacement } from './annotation-groups.ts';
import { escapeMarkdown, escapeMarkdownHeading, escapeMarkdownInline, markdownLinkTarget } from './markdown-escape.ts';
import { describePoint, documentHeading, sectionHeading, showsSectionTitles } from './outline-lines.ts';
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
  /** Link each point back to its place on the page; default true, used only when the outline has a url. */
  links?: boolean;
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
 * exactly as written. Page text is escaped, so `##年` or `机要__` show as
 * written. Ends with a newline.
 */
export function buildMarkdownExport(doc: OutlineDocument, options: MarkdownExportOptions = {}): string {
  const withSections = showsSectionTitles(doc);
  const ctx: Context = {
    doc,
    options,
    placement: placeAnnotations(doc, options.annotations ?? []),
    links: (options.links ?? true) && doc.url !== null && doc.url !== '',
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
    blocks.push(...ctx.placement.unplaced.map((a) => buildAnnotationLines(a, annotationOptions(ctx)).join('\n')));
  }
  return blocks.join('\n\n') + '\n';
}

function appendHeadingPoints(ctx: Context, blocks: string[], points: OutlinePoint[], sectionIndex: number, parentPath: string[], depth: number): void {
  for (const p of points) {
    const path = [...parentPath, p.marker.trim()];
    const key = pointKey(sectionIndex, path);
    const level = ctx.firstHeadingLevel + depth - 1;
    blocks.push(`${'#'.repeat(level)} ${pointLabel(ctx, p, escapeMarkdownHeading(describePoint(p)))}`);
    const keywords = keywordsOf(p, key, ctx.options.keywords);
    if (keywords.length > 0) blocks.push(`关键词：${keywords.map(escapeMarkdownInline).join('、')}`);
    blocks.push(...annotationBlocks(ctx, key));
    if (depth < 2) appendHeadingPoints(ctx, blocks, p.children, sectionIndex, path, depth + 1);
    else pushList(blocks, listLines(ctx, p.children, sectionIndex, path, 0));
  }
}

function listLines(ctx: Context, points: OutlinePoint[], sectionIndex: number, parentPath: string[], level: number): string[] {
  const lines: string[] = [];
  for (const p of points) {
    const path = [...parentPath, p.marker.trim()];
    const key = pointKey(sectionIndex, path);
    const keywords = keywordsOf(p, key, ctx.options.keywords);
    const suffix = keywords.length > 0 ? ` — 关键词：${keywords.map(escapeMarkdownInline).join('、')}` : '';
    lines.push(`${'  '.repeat(level)}- ${pointLabel(ctx, p, escapeMarkdown(describePoint(p)))}${suffix}`);
    for (const a of ctx.placement.byKey.get(key) ?? []) {
      lines.push(...asListItem(buildAnnotationLines(a, annotationOptions(ctx)), level + 1));
    }
    lines.push(...listLines(ctx, p.children, sectionIndex, path, level + 1));
  }
  return lines;
}

/** The point's escaped line, as a link to its place on the page when links are on. */
function pointLabel(ctx: Context, p: OutlinePoint, escaped: string): string {
  const link = ctx.links ? buildPointLink(ctx.doc.url, p) : null;
  return link ? `[${escaped}](${markdownLinkTarget(link)})` : escaped;
}

function annotationBlocks(ctx: Context, key: string): string[] {
  return (ctx.placement.byKey.get(key) ?? []).map((a) => buildAnnotationLines(a, annotationOptions(ctx)).join('\n'));
}

function annotationOptions(ctx: Context) {
  return { quoteStyle: ctx.options.quoteStyle ?? 'highlight', links: ctx.links } as const;
}

function pushList(blocks: string[], lines: string[]): void {
  if (lines.length > 0) blocks.push(lines.join('\n'));
}
