import type { OutlineDocument, OutlinePoint } from './types.ts';
import { describePoint, documentHeading, sectionHeading, showsSectionTitles } from './format-text.ts';

/**
 * Builds the outline as Markdown: `# title`, a `## heading` per section (left
 * out when the only section is titled like the page), and the points as a
 * nested `- ` list, two spaces of indent per level, each item `marker title`
 * exactly as written. Markdown syntax in the page's text is escaped, so the
 * rendered outline shows `##年` or `机要__` literally. Ends with a newline.
 */
export function buildOutlineMarkdown(doc: OutlineDocument): string {
  const blocks: string[] = [`# ${escapeHeading(documentHeading(doc))}`];
  const withHeadings = showsSectionTitles(doc);
  doc.sections.forEach((section, i) => {
    if (withHeadings) blocks.push(`## ${escapeHeading(sectionHeading(section, i))}`);
    const items: string[] = [];
    appendItems(items, section.points, 0);
    if (items.length > 0) blocks.push(items.join('\n'));
  });
  return blocks.join('\n\n') + '\n';
}

function appendItems(lines: string[], points: OutlinePoint[], level: number): void {
  for (const p of points) {
    lines.push(`${'  '.repeat(level)}- ${escapeMarkdown(describePoint(p))}`);
    appendItems(lines, p.children, level + 1);
  }
}

/**
 * Escapes one line of page text so Markdown shows it as written. Inline syntax
 * (emphasis, links, code, HTML, entities) is escaped anywhere; block syntax
 * (headings, quotes, list markers, fences, rules) only where it would start
 * the line's content, which is the only place it takes effect.
 */
export function escapeMarkdown(line: string): string {
  const inline = line
    .replace(/[\\`*_[\]<~]/g, '\\$&')
    // `&amp;` or `&#20320;` would render as the character; a lone & is harmless.
    .replace(/&(?=#?[0-9A-Za-z]+;)/g, '\\&');
  return inline
    .replace(/^([#>+-])/, '\\$1')
    .replace(/^=/, '\\=')
    .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}

/** Like escapeMarkdown, plus a trailing ` ##` that would be read as the heading's closing sequence. */
function escapeHeading(text: string): string {
  return escapeMarkdown(text).replace(/(\s)(#+)$/, '$1\\$2');
}
