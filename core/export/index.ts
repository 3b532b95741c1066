/**
 * Exports of the outline and the notes: pure functions from records to a file's
 * name, type and contents. UI code calls buildExport / buildNotesExport and
 * hands the result to utils/download-file.ts; the CLI writes it to disk.
 */
import type { Annotation } from '../annotation-types.ts';
import type { OutlineDocument } from '../types.ts';
import type { QuoteStyle } from './annotation-markdown.ts';
import type { DocxExportOptions } from './outline-docx.ts';
import { buildExportFileName } from './file-name.ts';
import { buildJsonExport } from './outline-json.ts';
import { buildMarkdownExport, type MarkdownExportOptions } from './outline-markdown.ts';
import { buildOpmlExport } from './outline-opml.ts';
import { buildTextExport } from './outline-text.ts';
import { buildNotesCsv, type NotesCsvOptions } from './notes-csv.ts';
import { buildNotesMarkdown, type NotesPage } from './notes-markdown.ts';
import { buildWebAnnotationJson } from './notes-web-annotation.ts';

export { buildExportFileName } from './file-name.ts';
export { buildJsonExport } from './outline-json.ts';
export { buildMarkdownExport, type MarkdownExportOptions } from './outline-markdown.ts';
export { buildTextExport, type TextExportOptions } from './outline-text.ts';
export { buildOpmlExport, type OpmlExportOptions } from './outline-opml.ts';
export type { DocxExportOptions } from './outline-docx.ts';
export { buildNotesMarkdown, type NotesMarkdownOptions, type NotesPage } from './notes-markdown.ts';
export { buildNotesCsv, csvCell, type NotesCsvOptions } from './notes-csv.ts';
export { buildWebAnnotationJson, toWebAnnotation, type WebAnnotation, type WebAnnotationCollection } from './notes-web-annotation.ts';
export { buildTextFragmentUrl, buildPointLink, encodeTextDirective } from './text-fragment.ts';
export { gbtMarker, toChineseNumeral } from './gbt-numbering.ts';
export { pointKey, type PointKeywords } from './point-keys.ts';
export type { QuoteStyle } from './annotation-markdown.ts';

/** The outline formats: JSON v1, Markdown, plain text, GB/T-renumbered text, OPML, Word. */
export const OUTLINE_EXPORT_FORMATS = ['json', 'md', 'txt', 'gbt', 'opml', 'docx'] as const;
export type OutlineExportFormat = (typeof OUTLINE_EXPORT_FORMATS)[number];

/** The notes formats: Markdown, CSV for Excel/WPS, W3C Web Annotation JSON-LD. */
export const NOTES_EXPORT_FORMATS = ['md', 'csv', 'jsonld'] as const;
export type NotesExportFormat = (typeof NOTES_EXPORT_FORMATS)[number];

/** A file ready to save or download. */
export interface ExportFile {
  filename: string;
  mime: string;
  data: string | Uint8Array<ArrayBuffer>;
}

/** Options for buildExport; each format reads the ones that apply to it. */
export interface OutlineExportOptions extends MarkdownExportOptions {
  /** Point text under each heading (txt, gbt, docx). */
  body?: boolean;
  /** Renumber the Word headings GB/T-style (docx; `gbt` text always renumbers). */
  numbering?: DocxExportOptions['numbering'];
  /** OPML's dateCreated; default now. */
  now?: Date;
}

const MIME = {
  json: 'application/json',
  md: 'text/markdown;charset=utf-8',
  txt: 'text/plain;charset=utf-8',
  gbt: 'text/plain;charset=utf-8',
  opml: 'text/x-opml;charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  csv: 'text/csv;charset=utf-8',
  jsonld: 'application/ld+json;profile="http://www.w3.org/ns/anno.jsonld"',
} as const;

/**
 * Builds one outline export: file name from the page title, MIME type and
 * contents (text, or bytes for .docx). The Word writer is loaded on demand so
 * pages that never export to Word do not load it.
 */
export async function buildExport(format: OutlineExportFormat, outline: OutlineDocument, options: OutlineExportOptions = {}): Promise<ExportFile> {
  const name = (ext: string, suffix = '') => buildExportFileName(outline.title ? outline.title + suffix : '', ext, '提纲' + suffix);
  switch (format) {
    case 'json':
      return { filename: name('json'), mime: MIME.json, data: buildJsonExport(outline) };
    case 'md':
      return { filename: name('md'), mime: MIME.md, data: buildMarkdownExport(outline, options) };
    case 'txt':
      return { filename: name('txt'), mime: MIME.txt, data: buildTextExport(outline, { body: options.body }) };
    case 'gbt':
      return { filename: name('txt', '（公文格式）'), mime: MIME.gbt, data: buildTextExport(outline, { numbering: 'gbt', body: options.body }) };
    case 'opml':
      return { filename: name('opml'), mime: MIME.opml, data: buildOpmlExport(outline, { now: options.now, links: options.links }) };
    case 'docx': {
      const { buildDocxExport } = await import('./outline-docx.ts');
      const data = await buildDocxExport(outline, { body: options.body, numbering: options.numbering, links: options.links });
      return { filename: name('docx'), mime: MIME.docx, data };
    }
  }
}

/** Options for buildNotesExport. */
export interface NotesExportOptions extends NotesCsvOptions {
  /** The page's outline, to group Markdown notes under its points. */
  outline?: OutlineDocument;
  quoteStyle?: QuoteStyle;
  links?: boolean;
}

/**
 * Builds one notes export for a page (`page`), or for everything when the
 * annotations span several pages (CSV and JSON-LD).
 */
export function buildNotesExport(format: NotesExportFormat, page: NotesPage, annotations: readonly Annotation[], options: NotesExportOptions = {}): ExportFile {
  const name = (ext: string) => buildExportFileName(page.title ? `${page.title}（笔记）` : '', ext, '笔记');
  switch (format) {
    case 'md':
      return { filename: name('md'), mime: MIME.md, data: buildNotesMarkdown(page, annotations, options) };
    case 'csv':
      return { filename: name('csv'), mime: MIME.csv, data: buildNotesCsv(annotations, options) };
    case 'jsonld':
      return { filename: name('jsonld'), mime: MIME.jsonld, data: buildWebAnnotationJson(annotations, page.title ? `${page.title} 笔记` : undefined) };
  }
}
