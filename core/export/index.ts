/**
 * Exports of the outline and the notes: pure functions from records to a file's
 * name, type and contents. UI code calls buildExport / buildNotesExport and
 * hands the result to utils/download-file.ts; the CLI writes it to disk.
 */
import type { Annotation } from '../annotation-types.ts';
import type { OutlineDocument } from '../types.ts';
import type { QuoteStyle } from './annotation-markdown.ts';
import type { Numbering } from './gbt-numbering.ts';
import { scopeAnnotations, scopeOutline } from './export-scope.ts';
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
export { scopeOutline, scopeAnnotations, type ExportScope, type ScopedOutline } from './export-scope.ts';
export { buildNotesMarkdown, type NotesMarkdownOptions, type NotesPage } from './notes-markdown.ts';
export { buildNotesCsv, csvCell, type NotesCsvOptions } from './notes-csv.ts';
export { buildWebAnnotationJson, normalizeSource, toWebAnnotation, type WebAnnotation, type WebAnnotationCollection, type WebAnnotationOptions } from './notes-web-annotation.ts';
export { buildTextFragmentUrl, buildPointLink, encodeTextDirective } from './text-fragment.ts';
export { gbtMarker, pointMarker, toChineseNumeral, type Numbering } from './gbt-numbering.ts';
export { pointKey, type PointKeywords } from './point-keys.ts';
export type { QuoteStyle } from './annotation-markdown.ts';

/**
 * The outline formats: JSON v1, Markdown, plain text, GB/T-renumbered text,
 * OPML (notes as `_note`, for 幕布 and most outliners), OPML for XMind
 * (notes as `type="note"` children), Word.
 */
export const OUTLINE_EXPORT_FORMATS = ['json', 'md', 'txt', 'gbt', 'opml', 'xmind', 'docx'] as const;
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

/**
 * Options for buildExport; each format reads the ones that apply to it
 * (EXPORT_OPTION_FORMATS). `section` applies to all: the 0-based index of
 * the one speech to export, whole page when left out.
 */
export interface OutlineExportOptions extends MarkdownExportOptions {
  /** Only this section (0-based, as OutlineContext.sectionIndex); the whole page when undefined. */
  section?: number;
  /** Each point's own text under its heading (md, txt, gbt, docx; OPML's notes, on unless false). */
  body?: boolean;
  /** `page`: markers as written; `gbt`: renumbered 一、（一）1.（1）① (md, txt, opml, docx; `gbt` always renumbers). */
  numbering?: Numbering;
  /** OPML's dateCreated; default now. */
  now?: Date;
}

/** Which formats read each option beyond `section` (the CLI refuses an option a format would ignore). */
export const EXPORT_OPTION_FORMATS = {
  body: ['md', 'txt', 'gbt', 'opml', 'xmind', 'docx'],
  numbering: ['md', 'txt', 'opml', 'xmind', 'docx'],
  links: ['md', 'opml', 'xmind', 'docx'],
} as const satisfies Record<string, readonly OutlineExportFormat[]>;

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
export async function buildExport(format: OutlineExportFormat, whole: OutlineDocument, options: OutlineExportOptions = {}): Promise<ExportFile> {
  const scoped = scopeOutline({ outline: whole, annotations: options.annotations, keywords: options.keywords }, { section: options.section });
  const { outline, annotations } = scoped;
  const name = (ext: string, suffix = '') => buildExportFileName(outline.title ? outline.title + suffix : '', ext, '提纲' + suffix);
  const { body, numbering, links, now } = options;
  switch (format) {
    case 'json':
      return { filename: name('json'), mime: MIME.json, data: buildJsonExport(outline) };
    case 'md':
      return { filename: name('md'), mime: MIME.md, data: buildMarkdownExport(outline, { ...options, annotations, keywords: scoped.keywords }) };
    case 'txt':
      return { filename: name('txt'), mime: MIME.txt, data: buildTextExport(outline, { body, numbering }) };
    case 'gbt':
      return { filename: name('txt', '（公文格式）'), mime: MIME.gbt, data: buildTextExport(outline, { numbering: 'gbt', body }) };
    case 'opml':
    case 'xmind': {
      const data = buildOpmlExport(outline, { now, links, body, numbering, annotations, notes: format === 'xmind' ? 'child' : 'attribute' });
      return { filename: name('opml', format === 'xmind' ? '（XMind）' : ''), mime: MIME.opml, data };
    }
    case 'docx': {
      const { buildDocxExport } = await import('./outline-docx.ts');
      const data = await buildDocxExport(outline, { body, numbering, links, annotations });
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
  /** Only the notes in this section (0-based); all of them when undefined. */
  section?: number;
  /** JSON-LD: the collection's IRI (default a new urn:uuid). */
  collectionId?: string;
}

/**
 * Builds one notes export for a page (`page`), or for everything when the
 * annotations span several pages (CSV and JSON-LD).
 */
export function buildNotesExport(format: NotesExportFormat, wholePage: NotesPage, all: readonly Annotation[], options: NotesExportOptions = {}): ExportFile {
  const { page, annotations, outline } = scopeNotes(wholePage, all, options);
  const name = (ext: string) => buildExportFileName(page.title ? `${page.title}（笔记）` : '', ext, '笔记');
  switch (format) {
    case 'md':
      return { filename: name('md'), mime: MIME.md, data: buildNotesMarkdown(page, annotations, { ...options, outline }) };
    case 'csv':
      return { filename: name('csv'), mime: MIME.csv, data: buildNotesCsv(annotations, options) };
    case 'jsonld': {
      const label = page.title ? `${page.title} 笔记` : undefined;
      return { filename: name('jsonld'), mime: MIME.jsonld, data: buildWebAnnotationJson(annotations, { label, id: options.collectionId }) };
    }
  }
}

/** The page, notes and outline of one section (titled like the speech), or all of them. */
function scopeNotes(page: NotesPage, annotations: readonly Annotation[], options: NotesExportOptions) {
  const index = options.section;
  if (index === undefined) return { page, annotations, outline: options.outline };
  const scopedNotes = scopeAnnotations(annotations, index);
  if (!options.outline) {
    const title = annotations.find((a) => a.context?.sectionIndex === index)?.context?.sectionTitle;
    return { page: { ...page, title: title || page.title }, annotations: scopedNotes, outline: undefined };
  }
  const outline = scopeOutline({ outline: options.outline }, { section: index }).outline;
  return { page: { ...page, title: outline.title }, annotations: scopedNotes, outline };
}
