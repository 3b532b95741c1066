/** Escaping page text for Markdown, shared by the outline and notes exports. */

/**
 * Escapes one line of page text so Markdown shows it as written. Inline syntax
 * (emphasis, links, code, HTML, entities) is escaped anywhere; block syntax
 * (headings, quotes, list markers, fences, rules) only where it would start
 * the line's content, which is the only place it takes effect.
 */
export function escapeMarkdown(line: string): string {
  return escapeMarkdownInline(line)
    .replace(/^([#>+-])/, '\\$1')
    .replace(/^=/, '\\=')
    .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}

/** Escapes inline syntax only (including `==`, read as a highlight by many editors), for text that never starts a line (tags, keywords after a label). */
export function escapeMarkdownInline(text: string): string {
  return text
    .replace(/[\\`*_[\]<~]/g, '\\$&')
    // `==` is a highlight in Obsidian, Typora and 语雀: escape every = that touches another.
    .replace(/=(?==)|(?<==)=/g, '\\=')
    // `&amp;` or `&#20320;` would render as the character; a lone & is harmless.
    .replace(/&(?=#?[0-9A-Za-z]+;)/g, '\\&');
}

/** Like escapeMarkdown, plus a trailing ` ##` that would be read as the heading's closing sequence. */
export function escapeMarkdownHeading(text: string): string {
  return escapeMarkdown(text).replace(/(\s)(#+)$/, '$1\\$2');
}

/**
 * A link destination in angle brackets (`<…>`), which allows parentheses;
 * the few characters that would end it are percent-encoded.
 */
export function markdownLinkTarget(url: string): string {
  return `<${url.replace(/[<>\s]/g, (c) => encodeURIComponent(c))}>`;
}
