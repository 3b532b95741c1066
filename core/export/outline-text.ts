/** The outline as plain text: with the page's own markers, or renumbered for an official draft. */
import type { OutlineDocument, OutlinePoint } from '../types.ts';
import { pointMarker } from './gbt-numbering.ts';
import { describePoint, documentHeading, flattenLine, LEVEL_INDENT, pointBody, sectionHeading, showsSectionTitles } from './outline-lines.ts';

/** How the plain-text outline numbers and lays out its points. */
export interface TextExportOptions {
  /**
   * `page` (default): the markers as the page wrote them, indented 　　 per level.
   * `gbt`: renumbered 一、 （一） 1. （1） ① by depth (GB/T 9704), every line
   * indented 　　 as a paragraph of an official document is, whatever its level.
   */
  numbering?: 'page' | 'gbt';
  /** Add each point's own text (without its heading) on the line after it. */
  body?: boolean;
}

/**
 * Builds the outline as plain text: the title, a blank line, then each
 * section's title followed by its points, one per line, `marker + title`.
 * Sections are separated by a blank line. Ends with a newline.
 */
export function buildTextExport(doc: OutlineDocument, options: TextExportOptions = {}): string {
  const gbt = options.numbering === 'gbt';
  const lines: string[] = [documentHeading(doc)];
  const withHeadings = showsSectionTitles(doc);
  doc.sections.forEach((section, i) => {
    lines.push('');
    if (withHeadings) lines.push(sectionHeading(section, i));
    appendPoints(lines, section.points, 1, gbt, options.body ?? false);
  });
  return lines.join('\n') + '\n';
}

function appendPoints(lines: string[], points: OutlinePoint[], depth: number, gbt: boolean, body: boolean): void {
  points.forEach((p, i) => {
    const indent = gbt ? LEVEL_INDENT : LEVEL_INDENT.repeat(depth - 1);
    // pointMarker keeps the word a marker carries (一要重视 → （一）要重视), as every other format does.
    const marker = gbt ? pointMarker(p.marker, depth, i + 1, 'gbt') : flattenLine(p.marker);
    const text = body ? pointBody(p) : '';
    if (text !== '' && flattenLine(p.title) === '') {
      // A lone marker heads its paragraph: one line, not a cut-off snippet followed by the same text.
      lines.push(indent + marker + text);
    } else {
      lines.push(indent + describePoint(p, marker));
      if (text !== '') lines.push((gbt ? LEVEL_INDENT : LEVEL_INDENT.repeat(depth)) + text);
    }
    appendPoints(lines, p.children, depth + 1, gbt, body);
  });
}
