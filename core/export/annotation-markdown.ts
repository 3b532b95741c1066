/** One annotation as Markdown lines, shared by the outline and notes exports. */
import type { Annotation, TextQuoteSelector } from '../annotation-types.ts';
import { escapeMarkdown, escapeMarkdownInline, markdownLinkTarget } from './markdown-escape.ts';
import { buildTextFragmentUrl } from './text-fragment.ts';
import { isWebUrl } from '../web-url.ts';

/** How a quote is set off: `==highlight==` (Obsidian, Typora, 语雀) or a `> blockquote` (everywhere). */
export type QuoteStyle = 'highlight' | 'blockquote';

/** Options for one annotation's lines. */
export interface AnnotationMarkdownOptions {
  quoteStyle: QuoteStyle;
  /** Add a link back to the quote on the page. */
  links: boolean;
}

/**
 * The annotation as block Markdown, without indentation: the quote (金句
 * labelled), the note (line breaks kept), then tags and a link back to the
 * quote on the page.
 */
export function buildAnnotationLines(a: Annotation, options: AnnotationMarkdownOptions): string[] {
  const lines: string[] = [];
  const label = a.kind === 'golden' ? '**金句** ' : '';
  const quote = oneLine(a.quote);
  if (quote !== '') {
    if (options.quoteStyle === 'blockquote') {
      lines.push(`> ${label}${escapeMarkdown(quote)}`);
    } else {
      // escapeMarkdown already escapes `==`; a lone = at the end would still join the closing ==.
      lines.push(`${label}==${escapeMarkdown(quote).replace(/=$/, '\\=')}==`);
    }
  } else if (label) {
    lines.push(label.trim());
  }

  const noteLines = a.note.replace(/\r\n?/g, '\n').split('\n').map((l) => l.trim()).filter((l) => l !== '');
  if (noteLines.length > 0) {
    if (lines.length > 0) lines.push('');
    // A backslash at the end of a line is CommonMark's hard line break.
    lines.push(...noteLines.map((l, i) => escapeMarkdown(l) + (i < noteLines.length - 1 ? '\\' : '')));
  }

  const footer: string[] = [];
  // Tags as `#标签`, the form Obsidian and 语雀 recognise: no spaces, no leading #.
  const tags = a.tags.map((t) => t.trim().replace(/^#+/, '').replace(/\s+/g, '-')).filter((t) => t !== '');
  if (tags.length > 0) footer.push(`标签：${tags.map((t) => `#${escapeMarkdownInline(t)}`).join(' ')}`);
  const link = options.links ? annotationLink(a) : null;
  if (link) footer.push(`[原文](${markdownLinkTarget(link)})`);
  if (footer.length > 0) {
    if (lines.length > 0) lines.push('');
    lines.push(footer.join(' · '));
  }
  return lines;
}

/** The deep link to the annotation's quote on its page, or null when neither url nor quote is known. */
export function annotationLink(a: Annotation): string | null {
  const quoteSelector = a.selectors.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
  const text = quoteSelector?.exact || a.quote;
  // Deep links only into web pages (a note's address could be javascript: or file: after a hand-edited import).
  if (!isWebUrl(a.url) || oneLine(text) === '') return null;
  return buildTextFragmentUrl(a.url, text);
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
