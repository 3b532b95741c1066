// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { LibraryApp } from '../../components/LibraryApp.tsx';
import { NotesPanel } from '../../components/NotesPanel.tsx';
import { TrashPanel } from '../../components/TrashPanel.tsx';
import { deleteAnnotation, saveAnnotation } from '../../storage/annotation-store.ts';
import { draft, freshDatabase } from '../storage/fixtures.ts';
import { notesApiOn } from './notes-api-in-memory.ts';
import { mount, unmountAll, until } from './preact-harness.ts';
import { pinLanguage } from '../i18n/pin-language.ts';

pinLanguage('zh_CN');
afterEach(() => unmountAll());

async function seeded() {
  const db = freshDatabase();
  await saveAnnotation(db, draft({ quote: '党性是根本', note: '办公厅首先是政治机关' }), '在全省党委秘书长会议讲话', 1000);
  await saveAnnotation(db, draft({ quote: '督查工作扎实有力', note: '督查要点', color: 'green' }), '在全省党委秘书长会议讲话', 3000);
  return db;
}

const quotes = (el: HTMLElement, selector = '.note-quote') => [...el.querySelectorAll(selector)].map((q) => q.textContent);

/** Presses Ctrl+Z on `target` (the document's body unless given). */
async function pressUndo(target: EventTarget = document.body): Promise<void> {
  await act(() => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key: 'z', ctrlKey: true, bubbles: true, cancelable: true }));
  });
}

const click = (el: Element | null) => act(() => (el as HTMLButtonElement).click());

describe('Ctrl+Z in the notes list', () => {
  it('brings a deleted note back from the 回收站 to its place', async () => {
    const db = await seeded();
    const el = await mount(<NotesPanel api={notesApiOn(db)} />);
    await until(() => el.querySelectorAll('.note').length === 2);
    await click(el.querySelector('.note .link-button--danger'));
    await until(() => el.querySelectorAll('.note').length === 1);
    expect(el.querySelector('.toast')?.textContent).toContain('已移到回收站');
    expect(await db.trash.count()).toBe(1);
    await pressUndo();
    await until(() => el.querySelectorAll('.note').length === 2);
    expect(quotes(el)).toEqual(['督查工作扎实有力', '党性是根本']);
    expect(await db.trash.count()).toBe(0);
    expect(await db.annotations.count()).toBe(2);
  });

  it('gives an edited note its previous words back', async () => {
    const db = await seeded();
    const el = await mount(<NotesPanel api={notesApiOn(db)} />);
    await until(() => el.querySelectorAll('.note').length === 2);
    const first = () => el.querySelector('.note')!;
    await click(first().querySelector('.note-actions .link-button'));
    const textarea = first().querySelector('textarea')!;
    textarea.value = '督查要点：清单化';
    await act(() => {
      textarea.dispatchEvent(new Event('input'));
    });
    await act(() => {
      first().querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    });
    await until(() => first().querySelector('.note-text')?.textContent === '督查要点：清单化');
    expect(el.querySelector('.toast')?.textContent).toContain('笔记已修改');
    await pressUndo();
    await until(() => first().querySelector('.note-text')?.textContent === '督查要点');
    const stored = await db.annotations.toArray();
    expect(stored.map((a) => a.note).sort()).toEqual(['办公厅首先是政治机关', '督查要点']);
  });

  it('leaves the search box its own undo: Ctrl+Z there restores nothing', async () => {
    const db = await seeded();
    const el = await mount(<NotesPanel api={notesApiOn(db)} />);
    await until(() => el.querySelectorAll('.note').length === 2);
    await click(el.querySelector('.note .link-button--danger'));
    await until(() => el.querySelectorAll('.note').length === 1);
    await pressUndo(el.querySelector('.note-search')!);
    await act(() => new Promise((r) => setTimeout(r, 50)));
    expect(el.querySelectorAll('.note')).toHaveLength(1);
    expect(await db.trash.count()).toBe(1);
  });
});

describe('the 回收站', () => {
  async function trashed() {
    const db = await seeded();
    const [a, b] = await db.annotations.orderBy('updatedAt').primaryKeys();
    await deleteAnnotation(db, a as string, 5000);
    await deleteAnnotation(db, b as string, 6000);
    return db;
  }

  it('lists deleted notes newest first with their page, and 恢复 puts one back among the notes', async () => {
    const db = await trashed();
    const el = await mount(<TrashPanel api={notesApiOn(db)} />);
    await until(() => el.querySelectorAll('[data-trash-id]').length === 2);
    expect(quotes(el)).toEqual(['督查工作扎实有力', '党性是根本']);
    expect(el.querySelector('.notes-total')?.textContent).toBe('回收站里有 2 条笔记');
    expect(el.querySelector('.note-page')?.textContent).toBe('在全省党委秘书长会议讲话');
    await click(el.querySelector('[data-trash-restore]'));
    await until(() => el.querySelectorAll('[data-trash-id]').length === 1);
    expect(el.querySelector('[role="status"]')?.textContent).toBe('已恢复到笔记中。');
    expect((await db.annotations.toArray()).map((a) => a.quote)).toEqual(['督查工作扎实有力']);
  });

  it('asks before 彻底删除; 取消 keeps the note, 确定删除 removes only that one', async () => {
    const db = await trashed();
    const el = await mount(<TrashPanel api={notesApiOn(db)} />);
    await until(() => el.querySelectorAll('[data-trash-id]').length === 2);
    const purgeButton = () => [...el.querySelectorAll('[data-trash-id] .link-button--danger')][0]!;
    await click(purgeButton());
    expect(el.querySelector('.confirm')?.textContent).toContain('彻底删除这条笔记？删除后无法恢复。');
    await click([...el.querySelectorAll('.confirm .button')].find((b) => b.textContent === '取消')!);
    expect(await db.trash.count()).toBe(2);
    await click(purgeButton());
    await click(el.querySelector('[data-confirm-yes]'));
    await until(() => el.querySelectorAll('[data-trash-id]').length === 1);
    expect(quotes(el)).toEqual(['党性是根本']);
    expect(await db.trash.count()).toBe(1);
    expect(await db.annotations.count()).toBe(0);
  });

  it('empties only after confirming, naming how many notes go', async () => {
    const db = await trashed();
    const el = await mount(<TrashPanel api={notesApiOn(db)} />);
    await until(() => el.querySelectorAll('[data-trash-id]').length === 2);
    await click([...el.querySelectorAll('.trash-header .button')].find((b) => b.textContent === '清空回收站')!);
    expect(el.querySelector('.trash-header .confirm')?.textContent).toContain('彻底删除回收站里的全部 2 条笔记？');
    expect(await db.trash.count()).toBe(2);
    await click(el.querySelector('.trash-header [data-confirm-yes]'));
    await until(() => el.querySelector('[data-trash-empty]') !== null);
    expect(await db.trash.count()).toBe(0);
  });

  it('is a tab of the library, opened by ?view=trash', async () => {
    const db = await trashed();
    const el = await mount(<LibraryApp search="?view=trash" api={notesApiOn(db)} />);
    expect(el.querySelector('[data-tab="trash"]')?.getAttribute('aria-selected')).toBe('true');
    await until(() => el.querySelectorAll('[data-trash-id]').length === 2);
  });
});
