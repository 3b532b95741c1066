// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { LibraryApp } from '../../components/LibraryApp.tsx';
import { NotesPanel } from '../../components/NotesPanel.tsx';
import { SavedOutlinesPanel } from '../../components/SavedOutlinesPanel.tsx';
import { saveAnnotation, saveOutline } from '../../storage/annotation-store.ts';
import { draft, freshDatabase, savedOutline, SPEECH_URL } from '../storage/fixtures.ts';
import { notesApiOn } from './notes-api-in-memory.ts';
import { mount, unmountAll, until } from './preact-harness.ts';
import { pinLanguage } from '../i18n/pin-language.ts';

// These tests read the words in Chinese, the product's first language.
pinLanguage('zh_CN');

const GOV_URL = 'https://www.gov.cn/zhengce/2024/jianghua.html';

async function seeded() {
  const db = freshDatabase();
  await saveAnnotation(db, draft({ note: '办公厅首先是政治机关', tags: ['党建'] }), '在全省党委秘书长会议讲话', 1000);
  await saveAnnotation(db, draft({ url: GOV_URL, quote: '坚持把抓落实作为办公室第一职责', note: '', kind: 'golden', color: 'pink', tags: ['落实'] }), '政府秘书长会议讲话', 2000);
  await saveAnnotation(db, draft({ quote: '督查工作扎实有力', note: '督查要点', color: 'green' }), '在全省党委秘书长会议讲话', 3000);
  return db;
}

const titles = (el: HTMLElement) => [...el.querySelectorAll('.note-group-title')].map((h) => h.textContent);
const quotes = (el: HTMLElement) => [...el.querySelectorAll('.note-quote')].map((q) => q.textContent);

afterEach(() => {
  unmountAll();
});

describe('NotesPanel', () => {
  it('groups the notes by page, the page with the newest note first', async () => {
    const el = await mount(<NotesPanel api={notesApiOn(await seeded())} />);
    await until(() => el.querySelectorAll('.note').length === 3);
    expect(titles(el)).toEqual(['在全省党委秘书长会议讲话', '政府秘书长会议讲话']);
    expect(quotes(el)).toEqual(['督查工作扎实有力', '党性是根本。党委办公厅(室)姓党', '坚持把抓落实作为办公室第一职责']);
    expect(el.querySelector('.note-context')?.textContent).toBe('篇1 › 一 › （一） 党性是根本');
    await until(() => el.querySelector('.notes-total') !== null);
    expect(el.querySelector('.notes-total')?.textContent).toMatch(/3/);
  });

  it('narrows the list by colour and finds notes by a word of their text', async () => {
    const el = await mount(<NotesPanel api={notesApiOn(await seeded())} />);
    await until(() => el.querySelectorAll('.note').length === 3);
    const color = el.querySelector<HTMLSelectElement>('[data-filter="color"]')!;
    color.value = 'pink';
    await act(() => {
      color.dispatchEvent(new Event('change'));
    });
    await until(() => el.querySelectorAll('.note').length === 1);
    expect(quotes(el)).toEqual(['坚持把抓落实作为办公室第一职责']);
    // The count is of the notes the filter shows, not of all three.
    await until(() => el.querySelector('.notes-total') !== null);
    expect(el.querySelector('.notes-total')?.textContent).toBe('共 1 条笔记');

    color.value = '';
    await act(() => {
      color.dispatchEvent(new Event('change'));
    });
    await until(() => el.querySelectorAll('.note').length === 3);
    const search = el.querySelector<HTMLInputElement>('.note-search')!;
    search.value = '政治机关';
    await act(() => {
      search.dispatchEvent(new Event('input'));
    });
    await until(() => el.querySelectorAll('.note').length === 1);
    expect(el.querySelector('.note-text')?.textContent).toBe('办公厅首先是政治机关');
  });

  it('edits a note in place and deletes one with undo', async () => {
    const db = await seeded();
    const el = await mount(<NotesPanel api={notesApiOn(db)} />);
    await until(() => el.querySelectorAll('.note').length === 3);
    const first = () => el.querySelector('.note')!;
    await act(() => (first().querySelector('.note-actions .link-button') as HTMLButtonElement).click());
    const textarea = first().querySelector('textarea')!;
    textarea.value = '督查要点：清单化';
    await act(() => {
      textarea.dispatchEvent(new Event('input'));
    });
    await act(() => {
      first().querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    });
    await until(() => first().querySelector('.note-text')?.textContent === '督查要点：清单化');

    await act(() => (first().querySelector('.link-button--danger') as HTMLButtonElement).click());
    await until(() => el.querySelectorAll('.note').length === 2);
    expect(await db.annotations.count()).toBe(2);
    await act(() => (el.querySelector('.toast-undo') as HTMLButtonElement).click());
    await until(() => el.querySelectorAll('.note').length === 3);
    expect(quotes(el)[0]).toBe('督查工作扎实有力');
    expect(await db.annotations.count()).toBe(3);
  });

  it('opens the page of a note when its quote is clicked', async () => {
    const api = notesApiOn(await seeded());
    const el = await mount(<NotesPanel api={api} />);
    await until(() => el.querySelectorAll('.note').length === 3);
    await act(() => (el.querySelector('.note-quote') as HTMLButtonElement).click());
    expect(api.revealed.map((a) => a.quote)).toEqual(['督查工作扎实有力']);
  });

  it('explains how to take notes when there are none', async () => {
    const el = await mount(<NotesPanel api={notesApiOn(freshDatabase())} />);
    await until(() => el.querySelector('[data-notes-empty]') !== null);
    expect(el.textContent).toMatch(/还没有笔记/);
  });

  it('loads 10,000 notes a page at a time', async () => {
    const db = freshDatabase();
    await db.annotations.bulkPut(Array.from({ length: 10_000 }, (_, i) => ({ ...draft({ url: `${SPEECH_URL}?p=${i % 400}` }), id: `n${i}`, createdAt: i, updatedAt: i })));
    const el = await mount(<NotesPanel api={notesApiOn(db)} />);
    await until(() => el.querySelectorAll('.note').length > 0);
    expect(el.querySelectorAll('.note')).toHaveLength(24);
    await act(() => (el.querySelector('.load-more') as HTMLButtonElement).click());
    await until(() => el.querySelectorAll('.note').length === 84);
    // Writing 10,000 notes through fake-indexeddb (and the search postings) takes seconds on a busy 2-core machine.
  }, 30_000);
});

describe('SavedOutlinesPanel and LibraryApp', () => {
  it('lists saved outlines by page and opens one as a tree', async () => {
    const db = freshDatabase();
    await saveOutline(db, savedOutline('x').outline as ReturnType<typeof savedOutline>['outline'] & { url: string }, 1000);
    const el = await mount(<SavedOutlinesPanel api={notesApiOn(db)} />);
    await until(() => el.querySelector('[data-saved-outline]') !== null);
    expect(titles(el)).toEqual(['在全省党委秘书长会议讲话']);
    expect(el.querySelector('.point-title')?.textContent).toBe('党性是根本');
  });

  it('switches between notes and saved outlines with the arrow keys', async () => {
    const el = await mount(<LibraryApp search="" api={notesApiOn(freshDatabase())} />);
    const tab = el.querySelector<HTMLElement>('[data-tab="notes"]')!;
    expect(tab.getAttribute('aria-selected')).toBe('true');
    await act(() => {
      tab.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    });
    expect(el.querySelector('[data-tab="saved"]')?.getAttribute('aria-selected')).toBe('true');
    await until(() => el.querySelector('[data-saved-empty]') !== null);
  });
});
