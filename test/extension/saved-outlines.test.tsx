// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { OutlineView } from '../../components/OutlineView.tsx';
import { SavedOutlinesPanel } from '../../components/SavedOutlinesPanel.tsx';
import { saveOutline } from '../../storage/annotation-store.ts';
import { freshDatabase, savedOutline, SPEECH_URL } from '../storage/fixtures.ts';
import { point, speechOutline } from './fixtures.ts';
import { notesApiOn } from './notes-api-in-memory.ts';
import { mount, unmountAll, until } from './preact-harness.ts';
import { pinLanguage } from '../i18n/pin-language.ts';

pinLanguage('zh_CN');
afterEach(() => unmountAll());

const click = (el: Element | null | undefined) => act(() => (el as HTMLButtonElement).click());
const byText = (el: ParentNode, selector: string, text: string) => [...el.querySelectorAll(selector)].find((b) => b.textContent === text);

async function withSaved(url = SPEECH_URL) {
  const db = freshDatabase();
  const doc = { ...savedOutline('x').outline, url };
  await saveOutline(db, doc as typeof doc & { url: string }, 1000);
  return db;
}

describe('SavedOutlinesPanel', () => {
  it('renames a saved outline and keeps the name', async () => {
    const db = await withSaved();
    const el = await mount(<SavedOutlinesPanel api={notesApiOn(db)} />);
    await until(() => el.querySelector('[data-saved-outline]') !== null);
    await click(el.querySelector('[data-saved-rename]'));
    const input = el.querySelector<HTMLInputElement>('.saved-rename input')!;
    expect(input.value).toBe('在全省党委秘书长会议讲话');
    input.value = '秘书长会议·学习用';
    await act(() => {
      input.dispatchEvent(new Event('input'));
    });
    await act(() => {
      el.querySelector('.saved-rename')!.dispatchEvent(new Event('submit', { cancelable: true }));
    });
    await until(() => el.querySelector('.saved-outline-name')?.textContent === '秘书长会议·学习用');
    expect((await db.outlines.toArray())[0]).toMatchObject({ name: '秘书长会议·学习用' });
  });

  it('deletes only after asking, and 撤销 or Ctrl+Z puts the outline back', async () => {
    const db = await withSaved();
    const el = await mount(<SavedOutlinesPanel api={notesApiOn(db)} />);
    await until(() => el.querySelector('[data-saved-outline]') !== null);
    await click(byText(el, '.saved-outline-actions button', '删除'));
    expect(el.querySelector('.confirm')?.textContent).toContain('删除这份已存提纲？');
    expect(await db.outlines.count()).toBe(1);
    await click(el.querySelector('[data-confirm-yes]'));
    await until(() => el.querySelector('[data-saved-empty]') !== null);
    expect(await db.outlines.count()).toBe(0);
    await click(el.querySelector('.toast-undo'));
    await until(() => el.querySelector('[data-saved-outline]') !== null);
    expect(await db.outlines.count()).toBe(1);

    await click(byText(el, '.saved-outline-actions button', '删除'));
    await click(el.querySelector('[data-confirm-yes]'));
    await until(() => el.querySelector('[data-saved-empty]') !== null);
    await act(() => {
      document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'z', ctrlKey: true, bubbles: true }));
    });
    await until(() => el.querySelector('[data-saved-outline]') !== null);
  });

  it('opens the original page for an http(s) address only', async () => {
    const api = notesApiOn(await withSaved());
    const el = await mount(<SavedOutlinesPanel api={api} />);
    await until(() => el.querySelector('[data-saved-outline]') !== null);
    await click(el.querySelector('[data-saved-open]'));
    expect(api.opened).toEqual([SPEECH_URL]);

    const local = await mount(<SavedOutlinesPanel api={notesApiOn(await withSaved('file:///home/me/讲话.html'))} />);
    await until(() => local.querySelector('[data-saved-outline]') !== null);
    expect(local.querySelector('[data-saved-open]')).toBeNull();
  });
});

describe('OutlineView in the popup', () => {
  it('reports a clicked point with its index in document order', async () => {
    const outline = speechOutline();
    outline.sections.push({ title: '篇2:党委秘书长会议讲话', points: [point('一、', '文秘工作严谨规范'), point('二、', '信息工作成效明显')] });
    const picked: Array<[number, string]> = [];
    const el = await mount(<OutlineView outline={outline} onSelectPoint={(index, p) => picked.push([index, p.title])} />);
    await click(byText(el, '.point-label--button', '二、信息工作成效明显'));
    await click(byText(el, '.point-label--button', '一是政治上的敏感性'));
    expect(picked).toEqual([[4, '信息工作成效明显'], [1, '政治上的敏感性']]);
  });

  it('shows only the top level with 只看一级, and everything again when it is pressed once more', async () => {
    const el = await mount(<OutlineView outline={speechOutline()} />);
    const markers = () => [...el.querySelectorAll('.point-marker')].map((m) => m.textContent);
    expect(markers()).toEqual(['一、', '一是', '二、']);
    await click(el.querySelector('[data-level-one]'));
    expect(el.querySelector('[data-level-one]')?.getAttribute('aria-pressed')).toBe('true');
    expect(markers()).toEqual(['一、', '二、']);
    await click(el.querySelector('[data-level-one]'));
    expect(markers()).toEqual(['一、', '一是', '二、']);
  });
});
