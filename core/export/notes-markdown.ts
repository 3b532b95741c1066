/** A page's notes as Markdown, grouped under the outline points they fall in. */
import type { Annotation } from '../annotation-types.ts';
import type { OutlineDocument } from '../types.ts';
import { isWebUrl } from '../web-url.ts';
import { buildAnnotationLines, type QuoteStyle } from './annotation-markdown.ts';
import { placeAnnotations, sortByPagePosition } from './annotation-groups.ts';
import { escapeMarkdown, escapeMarkdownHeading, markdownLinkTarget } from './markdown-escape.ts';
import { describePoint, flattenLine, sectionHeading } from './outline-lines.ts';
import { pointKey, visitOutline } from './point-keys.ts';

/** The page the notes belong to. */
export interface NotesPage {
  url: string;
  title: string;
}

/** How the notes are laid out. */
export interface NotesMarkdownOptions {
  /** The page's outline, for the order and names of the points; without it the notes' own contexts are used. */
  outline?: OutlineDocument;
  /** `highlight` (default): quotes as ==…==; `blockquote`: as `> …`. */
  quoteStyle?: QuoteStyle;
  /** A link back to each quote on the page; default true. */
  links?: boolean;
}

/** One heading and the annotations under it. */
interface NoteGroup {
  heading: string;
  /** Depth of the heading: 2 for a section, 3 for a point. */
  level: number;
  annotations: Annotation[];
}

/**
 * Builds the notes of one page as Markdown: `# title`, the page address, then
 * per point (`### 二、（三）标题`, preceded by `## section` where the page has
 * several) the quotes, notes, tags and links in page order. Notes whose place
 * is unknown come last under `## 其他`. Ends with a newline.
 */
export function buildNotesMarkdown(page: NotesPage, annotations: readonly Annotation[], options: NotesMarkdownOptions = {}): string {
  const lineOptions = { quoteStyle: options.quoteStyle ?? 'highlight', links: options.links ?? true } as const;
  const blocks = [`# ${escapeMarkdownHeading(flattenLine(page.title) || '（无标题）')}`];
  // A link only to a web page; any other address is written as plain text, never made clickable.
  if (page.url) blocks.push(isWebUrl(page.url) ? `原文：[${escapeMarkdown(page.url)}](${markdownLinkTarget(page.url)})` : `原文：${escapeMarkdown(page.url)}`);
  const groups = options.outline ? groupByOutline(options.outline, annotations) : groupByContext(annotations);
  for (const group of groups) {
    if (group.heading) blocks.push(`${'#'.repeat(group.level)} ${escapeMarkdownHeading(group.heading)}`);
    for (const a of group.annotations) blocks.push(buildAnnotationLines(a, lineOptions).join('\n'));
  }
  return blocks.join('\n\n') + '\n';
}

function groupByOutline(doc: OutlineDocument, annotations: readonly Annotation[]): NoteGroup[] {
  const { byKey, unplaced } = placeAnnotations(doc, annotations);
  const many = doc.sections.length > 1;
  const groups: NoteGroup[] = [];
  doc.sections.forEach((section, i) => {
    const sectionGroups: NoteGroup[] = [];
    const loose = byKey.get(pointKey(i, []));
    if (loose) sectionGroups.push({ heading: '', level: 3, annotations: loose });
    visitOutline({ ...doc, sections: doc.sections.map((s, j) => (j === i ? s : { ...s, points: [] })) }, ({ point, path, key }) => {
      const list = byKey.get(key);
      if (list) sectionGroups.push({ heading: path.slice(0, -1).join('') + describePoint(point), level: 3, annotations: list });
    });
    if (sectionGroups.length === 0) return;
    if (many) groups.push({ heading: sectionHeading(section, i), level: 2, annotations: [] });
    groups.push(...sectionGroups);
  });
  if (unplaced.length > 0) groups.push({ heading: '其他', level: 2, annotations: unplaced });
  return groups;
}

/** Without an outline: one group per distinct context, in page order of their first note. */
function groupByContext(annotations: readonly Annotation[]): NoteGroup[] {
  const sorted = sortByPagePosition(annotations);
  const sections = new Set(sorted.filter((a) => a.context).map((a) => a.context?.sectionIndex));
  const many = sections.size > 1;
  const groups: NoteGroup[] = [];
  const byKey = new Map<string, NoteGroup>();
  const loose: Annotation[] = [];
  let lastSection: number | null = null;
  for (const a of sorted) {
    const ctx = a.context;
    if (!ctx) {
      loose.push(a);
      continue;
    }
    const key = pointKey(ctx.sectionIndex, ctx.path);
    let group = byKey.get(key);
    if (!group) {
      if (many && ctx.sectionIndex !== lastSection) {
        groups.push({ heading: flattenLine(ctx.sectionTitle) || `第${ctx.sectionIndex + 1}部分`, level: 2, annotations: [] });
        lastSection = ctx.sectionIndex;
      }
      group = { heading: ctx.path.map((m) => m.trim()).join('') + flattenLine(ctx.pointTitle), level: 3, annotations: [] };
      byKey.set(key, group);
      groups.push(group);
    }
    group.annotations.push(a);
  }
  if (loose.length > 0) groups.push({ heading: '其他', level: 2, annotations: loose });
  return groups;
}
