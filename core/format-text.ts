import type { OutlineDocument, OutlinePoint, OutlineSection } from './types.ts';

/** Indent for one level below the top: two ideographic spaces, as Chinese documents indent. */
const LEVEL_INDENT = '\u3000\u3000';

/** How much of a point's text stands in for an empty title. */
const SNIPPET_LENGTH = 40;

/**
 * The line that names a point: its marker exactly as written, then its title;
 * when the marker stands alone (empty title), the start of its text instead,
 * so a reader still sees what the point is about.
 */
export function describePoint(point: OutlinePoint): string {
  const marker = flattenLine(point.marker);
  const title = flattenLine(point.title);
  if (title !== '') return marker + title;
  return marker + textSnippet(point.text, marker);
}

/**
 * Whether a document's sections need their own headings: a page with one
 * speech whose heading is just the page title gains nothing from repeating it.
 */
export function showsSectionTitles(doc: OutlineDocument): boolean {
  const only = doc.sections.length === 1 ? doc.sections[0] : undefined;
  return !(only && flattenLine(only.title) === flattenLine(doc.title));
}

/** A section's heading text, with a stand-in for a section the engine left untitled. */
export function sectionHeading(section: OutlineSection, index: number): string {
  return flattenLine(section.title) || `第${index + 1}部分`;
}

/** The document's title, with a stand-in so the first line is never blank. */
export function documentHeading(doc: OutlineDocument): string {
  return flattenLine(doc.title) || '（无标题）';
}

/**
 * Builds the outline as plain text: the title, a blank line, then each
 * section's title followed by its points, one per line, `marker + title`,
 * indented by two ideographic spaces (　　) per level below the top.
 * Sections are separated by a blank line. Ends with a newline.
 */
export function buildOutlineText(doc: OutlineDocument): string {
  const lines: string[] = [documentHeading(doc)];
  const withHeadings = showsSectionTitles(doc);
  doc.sections.forEach((section, i) => {
    lines.push('');
    if (withHeadings) lines.push(sectionHeading(section, i));
    appendPoints(lines, section.points, 0);
  });
  return lines.join('\n') + '\n';
}

function appendPoints(lines: string[], points: OutlinePoint[], level: number): void {
  for (const p of points) {
    lines.push(LEVEL_INDENT.repeat(level) + describePoint(p));
    appendPoints(lines, p.children, level + 1);
  }
}

/**
 * One output line from page text: line breaks and tabs become a space so a
 * title can never split the outline's structure; other characters stay as written.
 */
export function flattenLine(s: string): string {
  return s.replace(/[\r\n\t\f\v\u2028\u2029\u0085]+/g, ' ').trim();
}

function textSnippet(text: string, marker: string): string {
  let t = flattenLine(text);
  // The engine may or may not repeat the marker at the start of `text`.
  if (marker !== '' && t.startsWith(marker)) t = t.slice(marker.length).trimStart();
  const chars = Array.from(t); // code points, so a surrogate pair is never cut in half
  if (chars.length <= SNIPPET_LENGTH) return t;
  return chars.slice(0, SNIPPET_LENGTH).join('') + '…';
}
