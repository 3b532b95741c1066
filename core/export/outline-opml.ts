/**
 * The outline as OPML 2.0, which 幕布, XMind, OmniOutliner and most outliners
 * import. One root outline holds everything, so a mind map opens with the
 * speech (or page) as its central topic and the points as its branches.
 */
import type { Annotation } from '../annotation-types.ts';
import type { OutlineDocument, OutlinePoint } from '../types.ts';
import { placeAnnotations, type AnnotationPlacement } from './annotation-groups.ts';
import { describeAnnotation } from './annotation-text.ts';
import { pointMarker, type Numbering } from './gbt-numbering.ts';
import { documentHeading, markCutBody, sectionHeading, showsSectionTitles, splitPoint } from './outline-lines.ts';
import { pointKey } from './point-keys.ts';
import { buildPointLink } from './text-fragment.ts';
import { escapeXml } from './xml-text.ts';

/** Where an outliner looks for a topic's note. */
export type OpmlNotes =
  /** `_note` attributes: 幕布, OmniOutliner, Workflowy, Dynalist and most outliners. */
  | 'attribute'
  /** A child `<outline type="note">`: the only note XMind's OPML importer reads. */
  | 'child';

/** What the OPML file records besides the points. */
export interface OpmlExportOptions {
  /** The file's dateCreated; default now. */
  now?: Date;
  /** Give each point a `url` back to its place on the page; default false, used only when the outline has a url. */
  links?: boolean;
  /** Each point's own text (without its heading) as its note; default true. */
  body?: boolean;
  /** `page` (default): markers as written; `gbt`: renumbered 一、 （一） 1. （1） ①. */
  numbering?: Numbering;
  /** The reader's notes and 金句, as child topics of the points they fall in. */
  annotations?: readonly Annotation[];
  /** `attribute` (default) or `child` (XMind). */
  notes?: OpmlNotes;
}

/** An `<outline>` before it is written out. */
interface OutlineNode {
  text: string;
  note?: string;
  url?: string;
  children: OutlineNode[];
}

interface Context {
  options: OpmlExportOptions;
  url: string | null;
  placement: AnnotationPlacement;
}

/**
 * Builds an OPML 2.0 document: head with title and dateCreated (RFC 822),
 * then one root outline named like the document. Under it, a child per
 * section when the page has several (else the points directly), and per
 * point an outline whose text is marker + heading and whose note is the
 * point's own text without the heading; the reader's notes and 金句 come as
 * child outlines (【金句】“…”) before the sub-points.
 */
export function buildOpmlExport(doc: OutlineDocument, options: OpmlExportOptions = {}): string {
  const ctx: Context = {
    options,
    url: options.links && doc.url ? doc.url : null,
    placement: placeAnnotations(doc, options.annotations ?? []),
  };
  const withSections = showsSectionTitles(doc);
  const root: OutlineNode = { text: documentHeading(doc), children: [] };
  doc.sections.forEach((section, i) => {
    const nodes = [...annotationNodes(ctx.placement.byKey.get(pointKey(i, []))), ...pointNodes(ctx, section.points, i, [], 1)];
    if (withSections) root.children.push({ text: sectionHeading(section, i), children: nodes });
    else root.children.push(...nodes);
  });
  if (ctx.placement.unplaced.length > 0) root.children.push({ text: '其他批注', children: annotationNodes(ctx.placement.unplaced) });

  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<opml version="2.0">',
    '  <head>',
    `    <title>${escapeXml(documentHeading(doc))}</title>`,
    `    <dateCreated>${(options.now ?? new Date()).toUTCString()}</dateCreated>`,
    '  </head>',
    '  <body>',
  ];
  writeNode(lines, root, 2, options.notes ?? 'attribute');
  lines.push('  </body>', '</opml>');
  return lines.join('\n') + '\n';
}

function pointNodes(ctx: Context, points: OutlinePoint[], sectionIndex: number, parentPath: string[], depth: number): OutlineNode[] {
  return points.map((p, i) => {
    const path = [...parentPath, p.marker.trim()];
    const parts = splitPoint(p);
    const note = ctx.options.body ?? true ? markCutBody(parts.body, p) : '';
    const url = ctx.url ? buildPointLink(ctx.url, p) ?? undefined : undefined;
    return {
      text: pointMarker(p.marker, depth, i + 1, ctx.options.numbering) + parts.heading,
      ...(note !== '' ? { note } : {}),
      ...(url ? { url } : {}),
      children: [
        ...annotationNodes(ctx.placement.byKey.get(pointKey(sectionIndex, path))),
        ...pointNodes(ctx, p.children, sectionIndex, path, depth + 1),
      ],
    };
  });
}

/** 【金句】/【摘录】/【划线】“quote” (or 【批注】 and the note's first line when nothing was quoted), the rest as its note. */
function annotationNodes(annotations: readonly Annotation[] | undefined): OutlineNode[] {
  return (annotations ?? []).map((a) => {
    const { label, quoteLabel, quote, noteLines, tags } = describeAnnotation(a);
    const rest = quote !== '' ? noteLines : noteLines.slice(1);
    const text = quote !== '' ? `【${quoteLabel}】“${quote}”` : `【${label}】${noteLines[0] ?? ''}`;
    const note = [...rest, ...(tags.length > 0 ? [`标签：${tags.map((t) => `#${t}`).join(' ')}`] : [])].join('\n');
    return { text, ...(note !== '' ? { note } : {}), children: [] };
  });
}

function writeNode(lines: string[], node: OutlineNode, level: number, notes: OpmlNotes): void {
  const pad = '  '.repeat(level);
  let attrs = `text="${escapeXml(node.text)}"`;
  if (node.note && notes === 'attribute') attrs += ` _note="${escapeXml(node.note)}"`;
  if (node.url) attrs += ` type="link" url="${escapeXml(node.url)}"`;
  const children = node.note && notes === 'child' ? [`${pad}  <outline type="note" text="${escapeXml(node.note)}"/>`] : [];
  if (children.length === 0 && node.children.length === 0) {
    lines.push(`${pad}<outline ${attrs}/>`);
    return;
  }
  lines.push(`${pad}<outline ${attrs}>`, ...children);
  for (const child of node.children) writeNode(lines, child, level + 1, notes);
  lines.push(`${pad}</outline>`);
}
