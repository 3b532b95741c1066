/**
 * The plain-text outline the CLI prints (`--format txt`). The implementation
 * and its line helpers live in core/export; this module keeps the names other
 * code already imports.
 */
import { buildTextExport } from './export/outline-text.ts';
import type { OutlineDocument } from './types.ts';

export { describePoint, documentHeading, flattenLine, sectionHeading, showsSectionTitles } from './export/outline-lines.ts';

/**
 * Builds the outline as plain text: the title, a blank line, then each
 * section's title followed by its points, one per line, `marker + title`,
 * indented by two ideographic spaces (　　) per level below the top.
 * Sections are separated by a blank line. Ends with a newline.
 */
export function buildOutlineText(doc: OutlineDocument): string {
  return buildTextExport(doc);
}
