/**
 * The Markdown outline the CLI prints (`--format md`). The implementation
 * lives in core/export; this module keeps the names other code already imports.
 */
import { buildMarkdownExport } from './export/outline-markdown.ts';
import type { OutlineDocument } from './types.ts';

export { escapeMarkdown } from './export/markdown-escape.ts';

/**
 * Builds the outline as Markdown: `# title`, a `## heading` per section (left
 * out when the only section is titled like the page), and the points as a
 * nested `- ` list, two spaces of indent per level, each item `marker title`
 * exactly as written. Markdown syntax in the page's text is escaped, so the
 * rendered outline shows `##年` or `机要__` literally. Ends with a newline.
 * No links, notes or keywords: see buildMarkdownExport for those.
 */
export function buildOutlineMarkdown(doc: OutlineDocument): string {
  return buildMarkdownExport(doc, { links: false });
}
