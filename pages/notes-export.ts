/**
 * Exporting the notes list (popup, library): every note the current filters
 * show, fetched a page at a time, as Markdown (one part per page, under its
 * outline context), CSV or Web Annotation JSON-LD (core/export).
 */
import type { Annotation, PageRecord } from '../core/annotation-types.ts';
import { buildNotesExport, type ExportFile, type NotesExportFormat } from '../core/export/index.ts';
import type { AnnotationFilters } from '../protocol/annotation-wire.ts';
import type { Result } from '../protocol/result.ts';
import type { NotesApi } from './notes-api.ts';

/** Notes fetched per request while collecting an export. */
const EXPORT_PAGE_SIZE = 500;

/** Every note matching `filters` (no text filter: a search exports its hits instead), with their pages. */
export async function collectNotes(api: NotesApi, filters: AnnotationFilters): Promise<Result<{ annotations: Annotation[]; pages: PageRecord[] }>> {
  const annotations: Annotation[] = [];
  const pages = new Map<string, PageRecord>();
  for (let offset: number | null = 0; offset !== null; ) {
    const reply = await api.list(filters, offset, EXPORT_PAGE_SIZE);
    if (!reply.ok) return reply;
    annotations.push(...reply.value.annotations);
    for (const p of reply.value.pages) pages.set(p.url, p);
    offset = reply.value.nextOffset;
  }
  return { ok: true, value: { annotations, pages: [...pages.values()] } };
}

/**
 * One file of `annotations`: for one page it is named after the page; for
 * several, Markdown has one part per page (newest note's page first) and the
 * file is called 笔记.
 */
export function buildNotesListExport(format: NotesExportFormat, annotations: readonly Annotation[], pages: readonly PageRecord[]): ExportFile {
  const titles = new Map(pages.map((p) => [p.url, p.title]));
  const urls = [...new Set(annotations.map((a) => a.url))];
  // The titles go along so that the CSV's 页面 column is filled for every row.
  if (urls.length === 1) return buildNotesExport(format, { url: urls[0]!, title: titles.get(urls[0]!) ?? '' }, annotations, { pageTitles: titles });
  if (format !== 'md') return buildNotesExport(format, { url: '', title: '' }, annotations, { pageTitles: titles });
  const parts = urls.map((url) => buildNotesExport('md', { url, title: titles.get(url) ?? '' }, annotations.filter((a) => a.url === url)).data as string);
  return { ...buildNotesExport('md', { url: '', title: '' }, []), data: parts.join('\n---\n\n') };
}
