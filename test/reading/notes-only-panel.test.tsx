// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReadingPanel } from '../../entrypoints/content/reading/panel/ReadingPanel.tsx';
import { createStore } from '../../entrypoints/content/store.ts';
import { initialViewState, type ReadingActions } from '../../entrypoints/content/reading/view-state.ts';
import { publishPageNotes, type NotesFrameState } from '../../entrypoints/content/annotate/page-notes-channel.ts';
import type { PageNotesState } from '../../entrypoints/content/annotate/page-annotations.ts';
import { notesOnlyPage, wantsNotesOnly } from '../../entrypoints/content/reading/notes-only.ts';
import type { Annotation } from '../../core/annotation-types.ts';
import { createPageRoom } from '../../entrypoints/content/reading/page-room.ts';
import { pinLanguage } from '../i18n/pin-language.ts';

pinLanguage('zh_CN');

let root: HTMLElement | undefined;
let unpublish: (() => void) | null = null;

/** A page's notes as the annotator lists them (only what the panel reads of them). */
function notes(count: number): Annotation[] {
  return Array.from({ length: count }, (_, i) => ({ id: `n${i}`, quote: `第${i + 1}句`, note: '', kind: 'note', color: 'yellow' }) as unknown as Annotation);
}

/** Renders the panel with no outline (a page that is not a speech), the annotator publishing `count` notes. */
function mount(count: number) {
  const noteStore = createStore<PageNotesState>({ loaded: true, notes: notes(count), places: {} });
  const openList = vi.fn();
  unpublish = publishPageNotes({ notes: noteStore, frame: createStore<NotesFrameState>({ src: null, height: 0 }), openList, closeList: vi.fn() });
  const store = createStore({ ...initialViewState(), outline: null });
  const actions = { setPanelOpen: vi.fn((open: boolean) => store.set({ panelOpen: open })) } as unknown as ReadingActions;
  const el = document.createElement('div');
  root = el;
  document.body.append(el);
  act(() => render(<ReadingPanel store={store} actions={actions} lang="zh-CN" dock={{ room: createPageRoom(document), initialWidth: 360, saveWidth: vi.fn() }} />, el));
  return { el, noteStore, openList };
}

const clickOn = (el: HTMLElement, selector: string) => act(() => (el.querySelector(selector) as HTMLElement).click());

afterEach(() => {
  if (root) render(null, root);
  root?.remove();
  unpublish?.();
  notesOnlyPage.set({ ranHere: false });
});

describe('the reading panel of a page that is not a speech', () => {
  it('adds nothing to a page with no notes where the reader did not run the extension', () => {
    const { el } = mount(0);
    expect(wantsNotesOnly()).toBe(false);
    expect(el.innerHTML).toBe('');
  });

  it('shows a 笔记 N tab once the page has notes, opening into 本页笔记 and the plain line, with no outline parts', () => {
    const { el, noteStore, openList } = mount(0);
    act(() => noteStore.set({ notes: notes(2) }));
    expect(wantsNotesOnly()).toBe(true);
    const tab = el.querySelector('[data-panel-tab][data-notes-only]')!;
    expect(tab.textContent).toBe('笔记2');
    expect(tab.getAttribute('aria-label')).toBe('打开本页笔记（2 条）');
    clickOn(el, '[data-panel-tab]');
    expect(el.querySelector('[data-panel][data-notes-only] .doc-title')?.textContent).toBe('本页笔记');
    expect(el.querySelector('[data-notes-only-hint]')?.textContent).toBe('这一页不是讲话稿，没有提纲；划线和笔记照常可用。');
    expect(el.querySelector('[data-notes-section]')?.getAttribute('data-notes-count')).toBe('2');
    // The list is grouped without an outline.
    expect(openList).toHaveBeenCalledWith(null);
    expect(el.querySelectorAll('[data-view], [data-point-id], [data-counts]').length).toBe(0);
    clickOn(el, '[data-panel-close]');
    expect(el.querySelector('[data-panel]')).toBeNull();
  });

  it('after 在此页运行 shows the tab with no notes yet, and the panel tells how to start', () => {
    const { el } = mount(0);
    act(() => notesOnlyPage.set({ ranHere: true }));
    expect(el.querySelector('[data-panel-tab]')?.textContent).toBe('笔记0');
    clickOn(el, '[data-panel-tab]');
    expect(el.querySelector('[data-notes-only-empty]')?.textContent).toBe('选中页面上的文字，就能划线、写笔记或存为金句。');
    expect(el.querySelector('[data-notes-section]')).toBeNull();
  });
});
