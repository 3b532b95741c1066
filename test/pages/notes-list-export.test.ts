import { describe, expect, it } from 'vitest';
import type { Annotation, PageRecord } from '../../core/annotation-types.ts';
import { buildNotesListExport } from '../../pages/notes-export.ts';

function note(id: string, url: string, quote: string): Annotation {
  return {
    id,
    url,
    kind: 'golden',
    color: 'yellow',
    quote,
    note: '',
    tags: [],
    selectors: [],
    context: null,
    createdAt: 1_700_000_000_000,
    updatedAt: 1_700_000_000_000,
  } as unknown as Annotation;
}

function page(url: string, title: string): PageRecord {
  return { url, title, site: 'example.org', firstSeenAt: 0, lastSeenAt: 0 };
}

function pageColumn(csv: string): string[] {
  return csv.replace(/^\uFEFF/, '').trim().split('\r\n').slice(1).map((row) => row.split(',')[0]!);
}

describe('notes list export as CSV (popup, library)', () => {
  it('fills the 页面 column with the page title for notes from several pages', () => {
    const a = 'https://example.org/a.html';
    const b = 'https://example.org/b.html';
    const file = buildNotesListExport('csv', [note('1', a, '党性是根本'), note('2', b, '坚持人民至上')], [page(a, '在中央党校的讲话'), page(b, '在全国两会上的讲话')]);
    expect(pageColumn(file.data as string).sort()).toEqual(['在中央党校的讲话', '在全国两会上的讲话'].sort());
  });

  it('fills the 页面 column when all notes are from one page', () => {
    const a = 'https://example.org/a.html';
    const file = buildNotesListExport('csv', [note('1', a, '党性是根本')], [page(a, '在中央党校的讲话')]);
    expect(pageColumn(file.data as string)).toEqual(['在中央党校的讲话']);
  });
});
