/**
 * An annotation as plain parts, for formats that lay notes out themselves
 * (Word paragraphs, OPML nodes) rather than as Markdown.
 */
import type { Annotation } from '../annotation-types.ts';

/** The parts of one highlight, note or 金句. */
export interface AnnotationParts {
  /** 金句, 批注 (a note) or 划线 (a bare highlight). */
  label: '金句' | '批注' | '划线';
  /** What the quote line is called: a note's quote is the page's words it comments on, 摘录. */
  quoteLabel: '金句' | '摘录' | '划线';
  /** The quoted page text on one line; '' when none was kept. */
  quote: string;
  /** The reader's note, line by line, blank lines dropped. */
  noteLines: string[];
  /** Tags without leading # or surrounding space. */
  tags: string[];
}

/** Splits an annotation into label, quote, note lines and tags. */
export function describeAnnotation(a: Annotation): AnnotationParts {
  const noteLines = a.note.replace(/\r\n?/g, '\n').split('\n').map((l) => l.trim()).filter((l) => l !== '');
  const label = a.kind === 'golden' ? '金句' : noteLines.length > 0 ? '批注' : '划线';
  const tags = a.tags.map((t) => t.trim().replace(/^#+/, '')).filter((t) => t !== '');
  const quoteLabel = label === '批注' ? '摘录' : label;
  return { label, quoteLabel, quote: a.quote.replace(/\s+/g, ' ').trim(), noteLines, tags };
}
