// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { Annotation, OutlineContext } from '../../core/annotation-types.ts';
import { extractOutline } from '../../core/index.ts';
import { readPage } from '../../dom/index.ts';
import { PageNotesList } from '../../components/PageNotesList.tsx';
import { notesListLayout } from '../../entrypoints/content/annotate/notes-list-frame.ts';
import type { PageNotesState } from '../../entrypoints/content/annotate/page-annotations.ts';
import { indexOutline, type ReadingOutline } from '../../entrypoints/content/reading/reading-outline.ts';
import { checkFrameSession, type NotesListSession } from '../../protocol/note-frame-wire.ts';
import { mount, unmountAll } from '../extension/preact-harness.ts';
import { pinLanguage } from '../i18n/pin-language.ts';
import { parseHtml, readFixture } from '../dom/load-fixture.ts';

pinLanguage('zh_CN');

const URL = 'http://127.0.0.1/news-report.html';

const note = (id: string, quote: string, context: OutlineContext | null = null): Annotation => ({ id, url: URL, kind: 'note', color: 'yellow', quote, note: '', tags: [], selectors: [], context, createdAt: 0, updatedAt: 0 });

/** A news report's notes: the second one sits earlier in the text, one was saved back when the page still read as a speech. */
const NOTES = [
  note('late', '入冬以来全市共排查整改火灾隐患1.2万处'),
  note('early', '秋冬季是火灾、道路交通和燃气事故的易发多发期'),
  note('old', '压紧压实安全生产责任', { sectionIndex: 0, sectionTitle: '', path: ['一、'], pointTitle: '压紧压实安全生产责任' }),
];
const STATE: PageNotesState = {
  loaded: true,
  notes: NOTES,
  places: { late: { state: 'placed', start: 300, end: 320, method: 'quote' }, early: { state: 'placed', start: 12, end: 35, method: 'quote' }, old: { state: 'placed', start: 100, end: 110, method: 'quote' } },
};

/** The list as the notes frame draws it, from the layout after it crossed the wire's check. */
async function drawn(layout: NotesListSession): Promise<HTMLElement> {
  const checked = checkFrameSession(layout);
  if (!checked.ok || checked.value.kind !== 'notes') throw new Error(`session refused: ${checked.ok ? checked.value.kind : checked.error}`);
  const none = () => {};
  return mount(<PageNotesList layout={checked.value} notes={new Map(NOTES.map((n) => [n.id, n]))} onReveal={none} onEdit={none} onReattach={none} />);
}

const quotes = (el: HTMLElement) => [...el.querySelectorAll('.note-quote')].map((q) => q.textContent);

afterEach(() => unmountAll());

describe('the notes list of a page without an outline', () => {
  it('lists every note in reading order with no 提纲之外 heading', async () => {
    const el = await drawn(notesListLayout(STATE, null, URL, 'light'));
    expect(quotes(el)).toEqual(['秋冬季是火灾、道路交通和燃气事故的易发多发期', '压紧压实安全生产责任', '入冬以来全市共排查整改火灾隐患1.2万处']);
    expect(el.querySelectorAll('.note-group-title')).toHaveLength(0);
    expect(el.textContent).not.toContain('提纲之外');
  });

  it('still names 提纲之外 on a speech page, for a note made outside every point', async () => {
    const page = readPage(parseHtml(readFixture('single-speech.html')));
    const outline: ReadingOutline = indexOutline(extractOutline(page.blocks, { title: page.title, url: null }));
    expect(outline.points.length).toBeGreaterThan(0);
    const el = await drawn(notesListLayout(STATE, outline, URL, 'light'));
    expect([...el.querySelectorAll('.note-group-title')].map((h) => h.textContent)).toContain('提纲之外');
  });

  it('is refused by the frame when the layout does not say whether the page has an outline', () => {
    const { outlined: _, ...layout } = notesListLayout(STATE, null, URL, 'light');
    expect(checkFrameSession(layout)).toMatchObject({ ok: false });
  });
});
