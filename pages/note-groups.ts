/**
 * The notes list's grouping: notes arrive newest first, a page at a time; each
 * page of the site gets one group, placed where its newest note first appeared.
 */
import type { Annotation, PageRecord } from '../core/annotation-types.ts';

/** One page's notes as the list shows them. */
export interface NoteGroup {
  url: string;
  page: PageRecord | null;
  annotations: Annotation[];
}

/** Groups `annotations` (newest first) by page, keeping that order inside and between groups. */
export function groupNotesByPage(annotations: readonly Annotation[], pages: ReadonlyMap<string, PageRecord>): NoteGroup[] {
  const groups = new Map<string, NoteGroup>();
  for (const a of annotations) {
    let group = groups.get(a.url);
    if (!group) {
      group = { url: a.url, page: pages.get(a.url) ?? null, annotations: [] };
      groups.set(a.url, group);
    }
    group.annotations.push(a);
  }
  return [...groups.values()];
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** A date and time as the reader's language writes it (2024年5月3日 14:05). Formatters are cached: building one costs ~0.1 ms. */
export function formatTime(ms: number, language: string | undefined = globalThis.navigator?.language): string {
  const locale = !language || language.toLowerCase().startsWith('zh') ? 'zh-CN' : language;
  let format = formatters.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    formatters.set(locale, format);
  }
  return format.format(ms);
}

/** Tags as typed in the editor ("党建，作风, 金句") → a clean list. */
export function parseTagInput(input: string): string[] {
  const tags: string[] = [];
  for (const raw of input.split(/[,，、;；\n]/)) {
    const tag = raw.trim().slice(0, 64);
    if (tag && !tags.includes(tag)) tags.push(tag);
  }
  return tags.slice(0, 32);
}
