// @vitest-environment happy-dom
import { getNumberingRule } from '../../core/check/rules.ts';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReadingPanel, visibleRow } from '../../entrypoints/content/reading/panel/ReadingPanel.tsx';
import { extractOutline } from '../../core/index.ts';
import { readPage } from '../../dom/index.ts';
import { indexOutline, ancestorsOf, type ReadingOutline } from '../../entrypoints/content/reading/reading-outline.ts';
import { t } from '../../i18n/t.ts';
import { pinLanguage } from '../i18n/pin-language.ts';
import { createStore } from '../../entrypoints/content/store.ts';
import { initialViewState, type ReadingActions, type ReadingViewState } from '../../entrypoints/content/reading/view-state.ts';
import { loadFixture } from '../dom/load-fixture.ts';
import { createPageRoom } from '../../entrypoints/content/reading/page-room.ts';
import type { DockOptions } from '../../entrypoints/content/reading/panel/use-dock.ts';

// These tests read the words in Chinese, the product's first language.
pinLanguage('zh_CN');

function readingOutline(name: string): ReadingOutline {
  const page = readPage(loadFixture(name));
  return indexOutline(extractOutline(page.blocks, { title: page.title, url: null }));
}

let root: HTMLElement | undefined;

function mount(state: Partial<ReadingViewState>, dock: DockOptions = { room: createPageRoom(document), initialWidth: 360, saveWidth: vi.fn() }) {
  const store = createStore({ ...initialViewState(), ...state });
  const actions: ReadingActions = {
    setPanelOpen: vi.fn((open: boolean) => store.set({ panelOpen: open })),
    setHighlights: vi.fn((on: boolean) => store.set({ highlights: on })),
    setLevelOneOnly: vi.fn((on: boolean) => store.set({ levelOneOnly: on })),
    goToPoint: vi.fn(),
    copyOutline: vi.fn(),
    copyMarkdown: vi.fn(),
    openExport: vi.fn(),
    copySection: vi.fn(),
    goToSection: vi.fn(),
    exportSection: vi.fn(),
    saveSection: vi.fn(),
    checkNumbering: vi.fn(),
    goToFinding: vi.fn(),
  };
  const el = document.createElement('div');
  root = el;
  document.body.append(el);
  act(() => render(<ReadingPanel store={store} actions={actions} lang="zh-CN" dock={dock} />, el));
  return { store, actions, el, dock };
}

afterEach(() => {
  if (!root) return;
  render(null, root);
  root.remove();
});

describe('indexOutline', () => {
  it('numbers the points of seed-word.html in document order with parents and children', () => {
    const outline = readingOutline('seed-word.html');
    expect(outline.points.length).toBe(outline.sections.reduce((n, s) => n + s.count, 0));
    outline.points.forEach((p, i) => {
      expect(p.id).toBe(i);
      for (const c of p.children) expect(outline.points[c]!.parent).toBe(i);
      expect(p.depth).toBe(ancestorsOf(outline, i).length + 1);
    });
    expect(outline.document.format).toBe('speech-outline');
  });
});

describe('ReadingPanel', () => {
  it('shows nothing before the page has an outline', () => {
    const { el } = mount({});
    expect(el.innerHTML).toBe('');
  });

  it('starts as a small tab with the point count that opens the panel', () => {
    const outline = readingOutline('single-speech.html');
    const { el, actions } = mount({ outline });
    const tab = el.querySelector<HTMLButtonElement>('[data-panel-tab]')!;
    expect(tab.textContent).toMatch(new RegExp(`^(提纲|Outline)${outline.points.length}$`));
    expect(tab.getAttribute('aria-label')).toContain(String(outline.points.length));
    act(() => tab.click());
    expect(actions.setPanelOpen).toHaveBeenCalledWith(true);
    expect(el.querySelector('[data-panel]')).not.toBeNull();
  });

  it('lists sections and points with counts, and jumps to a point on click', () => {
    const outline = readingOutline('seed-word.html');
    const { el, actions } = mount({ outline, panelOpen: true });
    expect(el.querySelector('[data-counts]')?.textContent).toMatch(new RegExp(`^${outline.sections.length} (篇|sections) · ${outline.points.length} (个要点|points)$`));
    expect(el.querySelectorAll('[data-section-title]')).toHaveLength(outline.sections.length);
    const untitled = el.querySelector<HTMLButtonElement>('[data-point-id="0"] .go')!;
    expect(outline.points[0]!.title).toBe('');
    expect(untitled.textContent).toMatch(/^（一）对办公厅（室）系统的工作.*…$/);
    const titled = outline.points.find((p) => p.depth === 2 && p.title !== '')!;
    const button = el.querySelector<HTMLButtonElement>(`[data-point-id="${titled.id}"] .go`)!;
    expect(button.textContent).toBe(titled.marker + titled.title);
    act(() => button.click());
    expect(actions.goToPoint).toHaveBeenCalledWith(titled.id);
  });

  it('collapses and expands a point, a section, and everything', () => {
    const outline = readingOutline('single-speech.html');
    const { el } = mount({ outline, panelOpen: true });
    const parent = outline.points.find((p) => p.depth === 1 && p.children.length > 0)!;
    const twisty = () => el.querySelector<HTMLButtonElement>(`[data-point-id="${parent.id}"] > .row .twisty`)!;
    expect(twisty().getAttribute('aria-expanded')).toBe('true');
    act(() => twisty().click());
    expect(twisty().getAttribute('aria-expanded')).toBe('false');
    expect(el.querySelector(`[data-point-id="${parent.children[0]}"]`)).toBeNull();

    act(() => el.querySelector<HTMLButtonElement>('[data-action="expand-all"]')!.click());
    expect(el.querySelectorAll('[data-point-id]')).toHaveLength(outline.points.length);
    act(() => el.querySelector<HTMLButtonElement>('[data-action="expand-all"]')!.click());
    expect(el.querySelectorAll('[data-point-id]')).toHaveLength(outline.points.filter((p) => p.depth === 1).length);
  });

  it('shows only the top level with 只看一级 and marks the current point’s visible row', () => {
    const outline = readingOutline('single-speech.html');
    const deep = outline.points.find((p) => p.depth === 3)!;
    const { el, store } = mount({ outline, panelOpen: true, current: deep.id });
    act(() => el.querySelector<HTMLButtonElement>('[data-switch="level-one"]')!.click());
    expect(store.get().levelOneOnly).toBe(true);
    const rows = [...el.querySelectorAll('[data-point-id]')];
    expect(rows.every((r) => r.getAttribute('data-depth') === '1')).toBe(true);
    const top = ancestorsOf(outline, deep.id).at(-1)!;
    expect(el.querySelector('[aria-current="location"]')?.closest('[data-point-id]')?.getAttribute('data-point-id')).toBe(String(top));
    expect(visibleRow(outline, deep.id, new Set(), new Set(), false)).toBe(deep.id);
  });

  it('has a label on every control and lists the shortcuts', () => {
    const { el } = mount({ outline: readingOutline('single-speech.html'), panelOpen: true });
    for (const button of el.querySelectorAll('button')) expect(button.getAttribute('aria-label')).toBeTruthy();
    const seed = mount({ outline: readingOutline('seed-p.html'), panelOpen: true }).el;
    act(() => seed.querySelector<HTMLButtonElement>('[data-copy-section="1"]')!.click());
    act(() => seed.querySelector<HTMLButtonElement>('[data-view="check"]')!.click());
    for (const button of seed.querySelectorAll('button')) expect(button.getAttribute('aria-label')).toBeTruthy();
    expect(el.querySelector('.help')?.textContent).toContain('Alt+J');
  });

  it('asks for 序号检查 when its view opens, lists the findings and jumps to one on click', () => {
    const outline = readingOutline('seed-p.html');
    const { el, store, actions } = mount({ outline, panelOpen: true });
    act(() => el.querySelector<HTMLButtonElement>('[data-view="check"]')!.click());
    expect(actions.checkNumbering).toHaveBeenCalledWith('page');
    const finding = { rule: 'single-item' as const, block: 70, paragraph: 71, markerStart: 0, markerEnd: 3, marker: '(一)', expected: null, message: { zh: '本层只有「(一)」一项：只有一项时不必编号，或补足第二项', en: '' } };
    act(() => store.set({ findings: { signature: outline.signature, scheme: 'page', list: [finding], places: [{ section: 2, paragraph: 14 }], titles: { 'single-item': getNumberingRule('single-item').title } } }));
    expect(el.querySelector('[data-finding] .finding-rule')?.textContent).toBe(getNumberingRule('single-item').title.zh);
    expect(el.querySelector('[data-finding] .finding-place')?.textContent).toBe(`${outline.sections[2]!.title.slice(0, 14)}${outline.sections[2]!.title.length > 14 ? '…' : ''} · 第 14 段`);
    expect(outline.sections[2]!.title).toMatch(/^篇3/);
    expect(el.querySelector('[data-finding] .finding-usual')?.textContent).toBe('通常：不编号，或补足第二项');
    act(() => el.querySelector<HTMLButtonElement>('[data-finding]')!.click());
    expect(actions.goToFinding).toHaveBeenCalledWith(0);
    act(() => store.set({ findings: { signature: outline.signature, scheme: 'page', list: [], places: [], titles: {} } }));
    expect(el.querySelector('[data-check-clean]')?.textContent).toBe('未发现序号问题');
  });

  it('opens 复制本篇’s menu but copies only on the reader’s own (trusted) click', () => {
    const { el, actions } = mount({ outline: readingOutline('seed-p.html'), panelOpen: true });
    act(() => el.querySelector<HTMLButtonElement>('[data-copy-section="1"]')!.click());
    act(() => el.querySelector<HTMLButtonElement>('[data-section="1"] [data-copy-kind="markdown"]')!.click());
    // A script's click() is untrusted: nothing is copied.
    expect(actions.copySection).not.toHaveBeenCalled();
  });

  it('docks at the remembered width, makes the page give up that width, and gives it back on closing', () => {
    const room = { reserve: vi.fn(), release: vi.fn() };
    const { el, store } = mount({ outline: readingOutline('seed-p.html'), panelOpen: true }, { room, initialWidth: 420, saveWidth: vi.fn() });
    const panel = el.querySelector<HTMLElement>('[data-panel]')!;
    expect(panel.dataset.dock).toBe('docked');
    expect(panel.style.width).toBe('420px');
    expect(room.reserve).toHaveBeenLastCalledWith(420);
    act(() => store.set({ panelOpen: false }));
    expect(room.reserve).toHaveBeenLastCalledWith(0);
  });

  it('ignores a page script’s ←/→ on the resize handle', () => {
    const saveWidth = vi.fn();
    const { el } = mount({ outline: readingOutline('seed-p.html'), panelOpen: true }, { room: createPageRoom(document), initialWidth: 360, saveWidth });
    act(() => void el.querySelector('[data-panel-resize]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true })));
    expect(saveWidth).not.toHaveBeenCalled();
    expect(el.querySelector<HTMLElement>('[data-panel]')!.style.width).toBe('360px');
  });

  it('collapses to the strip on a window too narrow to dock, reserving only the strip', () => {
    const wide = window.innerWidth;
    Object.defineProperty(window, 'innerWidth', { value: 600, configurable: true });
    try {
      const room = { reserve: vi.fn(), release: vi.fn() };
      const outline = readingOutline('seed-p.html');
      const { el } = mount({ outline, panelOpen: true }, { room, initialWidth: 360, saveWidth: vi.fn() });
      expect(el.querySelector('[data-panel]')).toBeNull();
      expect(el.querySelector('[data-panel-strip]')?.textContent).toBe(`提纲${outline.points.length}`);
      expect(room.reserve).toHaveBeenLastCalledWith(36);
    } finally {
      Object.defineProperty(window, 'innerWidth', { value: wide, configurable: true });
    }
  });

  it('gives each speech a twisty that folds, a title that jumps (on a trusted click only) and a ⋯ menu button', () => {
    const outline = readingOutline('seed-p.html');
    const { el, actions } = mount({ outline, panelOpen: true });
    const twisty = () => el.querySelector<HTMLButtonElement>('[data-section-toggle="1"]')!;
    expect(twisty().getAttribute('aria-label')).toBe(`收起“${outline.sections[1]!.title}”`);
    act(() => twisty().click());
    expect(twisty().getAttribute('aria-expanded')).toBe('false');
    expect(el.querySelector('[data-section="1"] [data-point-id]')).toBeNull();
    const go = el.querySelector<HTMLButtonElement>('[data-section-go="1"]')!;
    expect(go.getAttribute('aria-label')).toBe(`跳到「${outline.sections[1]!.title}」的开头`);
    act(() => go.click());
    expect(actions.goToSection).not.toHaveBeenCalled();
    const more = el.querySelector<HTMLButtonElement>('[data-section-menu="1"]')!;
    expect(more.getAttribute('aria-haspopup')).toBe('menu');
    expect(more.getAttribute('aria-expanded')).toBe('false');
  });

  it('lists a speech without points as 无序号要点, its menu offering only 跳到开头 and saying why', () => {
    const outline = readingOutline('seed-p.html');
    const empty = outline.sections.findIndex((s) => s.count === 0);
    const { el } = mount({ outline, panelOpen: true });
    expect(el.querySelector(`[data-section="${empty}"] .section-count`)?.textContent).toBe('无序号要点');
    expect(el.querySelector(`[data-section-toggle="${empty}"]`)).toBeNull();
    act(() => el.querySelector<HTMLButtonElement>(`[data-section-menu="${empty}"]`)!.click());
    const items = [...el.querySelectorAll(`[data-section="${empty}"] [role="menuitem"]`)];
    expect(items.map((i) => [i.getAttribute('data-section-action'), i.getAttribute('aria-disabled')])).toEqual([
      ['go', null], ['copy-markdown', 'true'], ['copy-text', 'true'], ['export', 'true'], ['save', 'true'],
    ]);
    const why = el.querySelector(`[data-section="${empty}"] .menu-note`)!;
    expect(items[1]!.getAttribute('aria-describedby')).toBe(why.id);
  });

  it('moves through the ⋯ menu with the arrows; Escape closes the menu, not the panel', () => {
    const { el, store } = mount({ outline: readingOutline('seed-p.html'), panelOpen: true });
    act(() => el.querySelector<HTMLButtonElement>('[data-section-menu="2"]')!.click());
    const menu = el.querySelector<HTMLElement>('[data-section="2"] [role="menu"]')!;
    const focused = () => (document.activeElement as HTMLElement | null)?.getAttribute('data-section-action');
    expect(focused()).toBe('go');
    act(() => void document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true })));
    expect(focused()).toBe('save');
    act(() => void document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true })));
    expect(focused()).toBe('go');
    act(() => void menu.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    expect(el.querySelector('[role="menu"]')).toBeNull();
    expect(store.get().panelOpen).toBe(true);
    expect((document.activeElement as HTMLElement | null)?.getAttribute('data-section-menu')).toBe('2');
  });

  it('says beside the ⋯ what 保存本篇 came to', () => {
    const { el, store } = mount({ outline: readingOutline('seed-p.html'), panelOpen: true });
    act(() => store.set({ sectionNotice: { section: 3, kind: 'updated' } }));
    expect(el.querySelector('[data-section-status="3"]')?.textContent).toBe('已更新原来存的那份');
    expect(el.querySelector('[data-section-status="2"]')?.textContent).toBe('');
  });

  it('switches highlights and asks to copy', () => {
    const { el, actions } = mount({ outline: readingOutline('single-speech.html'), panelOpen: true });
    act(() => el.querySelector<HTMLButtonElement>('[data-switch="highlights"]')!.click());
    expect(actions.setHighlights).toHaveBeenCalledWith(false);
    act(() => el.querySelector<HTMLButtonElement>('[data-action="copy"]')!.click());
    expect(actions.copyOutline).toHaveBeenCalled();
    act(() => el.querySelector<HTMLButtonElement>('[data-action="copy-markdown"]')!.click());
    expect(actions.copyMarkdown).toHaveBeenCalled();
    act(() => el.querySelector<HTMLButtonElement>('[data-action="export"]')!.click());
    expect(actions.openExport).toHaveBeenCalled();
  });

  it('shows 已复制 on the button whose copy was made, not on the other', () => {
    const { el } = mount({ outline: readingOutline('single-speech.html'), panelOpen: true, copyStatus: 'copied', copyKind: 'markdown' });
    expect(el.querySelector('[data-action="copy-markdown"]')?.textContent).toBe(t('reading_copied'));
    expect(el.querySelector('[data-action="copy"]')?.textContent).toBe(t('reading_copy'));
  });

  it('shows keyword chips beside the top-level points and the speeches, and none without keywords', () => {
    const outline = readingOutline('seed-p.html');
    const first = outline.sections[0]!.roots[0]!;
    const { el, store } = mount({ outline, panelOpen: true });
    expect(el.querySelectorAll('[data-keywords]')).toHaveLength(0);
    act(() => store.set({ keywords: { points: new Map([[first, ['党性', '宗旨', '服务']]]), sections: new Map([[0, ['秘书长', '党委']]]) } }));
    const chips = el.querySelector(`[data-point-id="${first}"] > .row [data-keywords]`);
    expect([...chips!.querySelectorAll('.keyword')].map((c) => c.textContent)).toEqual(['党性', '宗旨', '服务']);
    expect(chips!.getAttribute('aria-label')).toBe(t('reading_keywords', '党性、宗旨、服务'));
    expect(el.querySelector('[data-section="0"] .section-head [data-keywords]')?.textContent).toBe('秘书长党委');
  });
});
