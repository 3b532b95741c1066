// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ExportPanel } from '../../components/ExportPanel.tsx';
import { NotesPanel } from '../../components/NotesPanel.tsx';
import { UserWordsCard } from '../../components/options/UserWordsCard.tsx';
import type { ExportFile } from '../../core/export/index.ts';
import { pointKey } from '../../core/export/point-keys.ts';
import { saveAnnotation } from '../../storage/annotation-store.ts';
import { loadUserWords } from '../../storage/user-words.ts';
import { SPEECH_SITES } from '../../sites/speech-sites.ts';
import { draft, freshDatabase, savedOutline } from '../storage/fixtures.ts';
import { notesApiOn } from './notes-api-in-memory.ts';
import { mount, unmountAll, until } from './preact-harness.ts';
import { pinLanguage } from '../i18n/pin-language.ts';

// These tests read the words in Chinese, the product's first language.
pinLanguage('zh_CN');


async function input(el: HTMLInputElement | HTMLTextAreaElement, value: string): Promise<void> {
  await act(() => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

afterEach(() => {
  unmountAll();
  fakeBrowser.reset();
});

describe('the notes search box', () => {
  it('finds a note by a word inside its sentence and marks the word', async () => {
    const db = freshDatabase();
    await saveAnnotation(db, draft({ quote: '要持之以恒加强党的作风建设，坚决反对形式主义。', note: '' }), '讲话', 1000);
    await saveAnnotation(db, draft({ quote: '督查工作扎实有力', note: '督查要点' }), '讲话', 2000);
    const el = await mount(<NotesPanel api={notesApiOn(db)} />);
    await until(() => el.querySelectorAll('.note').length === 2);
    await input(el.querySelector<HTMLInputElement>('.note-search')!, '作风建设');
    await until(() => el.querySelector('[data-search-results]') !== null);
    expect(el.querySelectorAll('.note').length).toBe(1);
    expect([...el.querySelectorAll('.note mark')].map((m) => m.textContent)).toEqual(['作风建设']);
    expect(el.querySelector('[data-search-results] .notes-total')?.textContent).toMatch(/1/);
  });

  it('says so when nothing matches', async () => {
    const db = freshDatabase();
    await saveAnnotation(db, draft({ quote: '督查工作扎实有力', note: '' }), '讲话', 1000);
    const el = await mount(<NotesPanel api={notesApiOn(db)} />);
    await until(() => el.querySelectorAll('.note').length === 1);
    await input(el.querySelector<HTMLInputElement>('.note-search')!, '意识形态');
    await until(() => el.querySelector('[data-notes-no-match]') !== null);
    expect(el.textContent).toContain('意识形态');
  });
});

describe('ExportPanel', () => {
  const outline = savedOutline('x').outline;

  it('previews Markdown, adds keywords when asked, and downloads the chosen format named after the page', async () => {
    const saved: ExportFile[] = [];
    const keywords = new Map([[pointKey(0, ['一、']), ['党性', '根本']]]);
    const el = await mount(<ExportPanel outline={outline} save={(f) => saved.push(f)} loadKeywords={async () => ({ ok: true, value: keywords })} copy={async () => undefined} />);
    await until(() => (el.querySelector('[data-export-preview]')?.textContent ?? '') !== '');
    expect(el.querySelector('[data-export-preview]')?.textContent).toMatch(/^# 在全省党委秘书长会议讲话/);
    await act(() => el.querySelector<HTMLInputElement>('[data-option="keywords"]')!.click());
    await until(() => (el.querySelector('[data-export-preview]')?.textContent ?? '').includes('关键词：党性、根本'));
    await act(() => el.querySelector<HTMLInputElement>('[data-format="docx"]')!.click());
    await until(() => el.querySelector('.export-filename')?.textContent === '在全省党委秘书长会议讲话.docx');
    await act(() => el.querySelector<HTMLButtonElement>('[data-export-download]')!.click());
    expect(saved.map((f) => f.filename)).toEqual(['在全省党委秘书长会议讲话.docx']);
    expect(saved[0]!.data).toBeInstanceOf(Uint8Array);
    expect(el.querySelector('[data-export-copy]')).toBeNull();
  });

  it('copies the GB/T text', async () => {
    const copied: string[] = [];
    const el = await mount(<ExportPanel outline={outline} copy={async (t) => void copied.push(t)} save={() => undefined} />);
    await act(() => el.querySelector<HTMLInputElement>('[data-format="gbt"]')!.click());
    await until(() => (el.querySelector('.export-filename')?.textContent ?? '').endsWith('（公文格式）.txt'));
    await act(() => el.querySelector<HTMLButtonElement>('[data-export-copy]')!.click());
    await until(() => copied.length === 1);
    expect(copied[0]).toContain('一、党性是根本');
  });
});

describe('ExportPanel choices', () => {
  const two = {
    ...savedOutline('y').outline,
    sections: [
      { title: '篇1:在全省党委秘书长会议讲话', points: [{ marker: '(一)', ordinal: 1, depth: 1, inline: false, title: '党性是根本', text: '党性是根本。', children: [] }] },
      { title: '在市委办公室系统工作会议上的讲话', points: [{ marker: '一要', ordinal: 1, depth: 1, inline: false, title: '重视调研', text: '重视调研，摸清实情。', children: [] }] },
    ],
  };

  it('exports one speech, renumbered as 公文 with its body, and keeps the choices for the next panel', async () => {
    const el = await mount(<ExportPanel outline={two} save={() => undefined} copy={async () => undefined} />);
    const preview = () => el.querySelector('[data-export-preview]')?.textContent ?? '';
    await until(() => preview().includes('党性是根本'));
    const scope = el.querySelector<HTMLSelectElement>('[data-export-scope]')!;
    expect([...scope.options].map((o) => o.textContent)).toEqual(['整页（2 篇）', '篇1:在全省党委秘书长会议讲话', '篇2：在市委办公室系统工作会议上的讲话']);
    await act(() => {
      scope.value = '1';
      scope.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await act(() => el.querySelector<HTMLInputElement>('[data-format="txt"]')!.click());
    await act(() => el.querySelector<HTMLInputElement>('[data-numbering="gbt"]')!.click());
    await act(() => el.querySelector<HTMLInputElement>('[data-option="body"]')!.click());
    await until(() => preview().includes('一、要重视调研'));
    expect(preview()).toContain('摸清实情');
    expect(preview()).not.toContain('党性是根本');
    expect(el.querySelector('.export-filename')?.textContent).toBe('在市委办公室系统工作会议上的讲话.txt');
    unmountAll();
    const again = await mount(<ExportPanel outline={two} save={() => undefined} copy={async () => undefined} />);
    await until(() => again.querySelector<HTMLInputElement>('[data-format="txt"]')?.checked === true);
    expect(again.querySelector<HTMLInputElement>('[data-numbering="gbt"]')?.checked).toBe(true);
    expect(again.querySelector<HTMLInputElement>('[data-option="body"]')?.checked).toBe(true);
    // The speech is not remembered: a new panel starts with the whole page.
    expect(again.querySelector<HTMLSelectElement>('[data-export-scope]')?.value).toBe('');
  });
});

describe('UserWordsCard', () => {
  it('saves one word per line, counts them, and clears them', async () => {
    const el = await mount(<UserWordsCard />);
    const area = el.querySelector<HTMLTextAreaElement>('textarea')!;
    await input(area, '全面从严治党\n\n两个确立\n全面从严治党 ');
    expect(el.querySelector('[data-user-words-count]')?.textContent).toMatch(/^3\b/);
    await act(() => el.querySelector<HTMLButtonElement>('[data-user-words-save]')!.click());
    await until(() => el.querySelector('[role="status"]') !== null);
    expect(await loadUserWords()).toEqual(['全面从严治党', '两个确立']);
    expect(el.querySelector('[role="status"]')?.textContent).toMatch(/2/);
    expect(el.querySelector('[data-user-words-count]')?.textContent).toMatch(/^2\b/);
    await act(() => el.querySelector<HTMLButtonElement>('[data-user-words-clear]')!.click());
    await until(() => el.querySelector('[data-user-words-count]')?.textContent?.startsWith('0') === true);
    expect(await loadUserWords()).toEqual([]);
  });
});

describe('EmptyState', () => {
  it('lists every curated site of sites/speech-sites.ts', async () => {
    const el = await mount(<EmptyState />);
    const text = el.querySelector('.empty-sites')?.textContent ?? '';
    for (const site of SPEECH_SITES) {
      const host = site.pattern.replace('*://*.', '').replace('/*', '');
      // Chinese names a site by its name, English by its host.
      expect((site.name !== '' && text.includes(site.name)) || text.includes(host), `${site.name || host}`).toBe(true);
    }
  });
});
