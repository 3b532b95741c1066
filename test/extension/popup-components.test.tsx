// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { EmptyState } from '../../components/EmptyState.tsx';
import { OutlineView } from '../../components/OutlineView.tsx';
import { point, speechOutline } from './fixtures.ts';
import { pinLanguage } from '../i18n/pin-language.ts';

// These tests read the words in Chinese, the product's first language.
pinLanguage('zh_CN');

let root: HTMLElement;

function mount(vnode: preact.ComponentChild): HTMLElement {
  root = document.createElement('div');
  document.body.append(root);
  act(() => render(vnode, root));
  return root;
}

afterEach(() => {
  render(null, root);
  root.remove();
});

describe('OutlineView', () => {
  it('shows the title, counts and confidence, and each section with its nested points', () => {
    const el = mount(<OutlineView outline={speechOutline()} />);
    expect(el.querySelector('.outline-title')?.textContent).toBe('在全省党委秘书长会议讲话');
    expect(el.querySelector('.outline-counts')?.textContent).toBe('1 篇 · 3 个要点');
    expect(el.querySelector('.outline-confidence')?.textContent).toContain('97%');
    expect(el.querySelector('[data-section-title]')?.textContent).toBe('篇1:在全省党委秘书长会议讲话');
    const nested = el.querySelector('[data-point-depth="1"] [data-point-depth="2"] .point-title');
    expect(nested?.textContent).toBe('政治上的敏感性');
    expect([...el.querySelectorAll('.point-marker')].map((m) => m.textContent)).toEqual(['一、', '一是', '二、']);
  });

  it('stands in the start of the text for a point whose marker stands alone', () => {
    const outline = speechOutline();
    outline.sections[0]!.points = [{ ...point('(一)', ''), text: '对办公厅(室)系统的工作，我讲四句话。' }];
    const el = mount(<OutlineView outline={outline} />);
    expect(el.querySelector('.point-title--untitled')?.textContent).toBe('对办公厅(室)系统的工作，我讲四句话。');
  });

  it('opens every nested list with one button and closes them again', () => {
    const deep = speechOutline();
    deep.sections[0]!.points = [point('一、', '甲', [point('(一)', '乙', [point('1.', '丙', [point('(1)', '丁', [], 4)], 3)], 2)])];
    const el = mount(<OutlineView outline={deep} />);
    const openCount = () => [...el.querySelectorAll('.point details')].filter((d) => (d as HTMLDetailsElement).open).length;
    expect(openCount()).toBe(1);
    act(() => (el.querySelector('.outline-toggle') as HTMLButtonElement).click());
    expect(openCount()).toBe(3);
    act(() => (el.querySelector('.outline-toggle') as HTMLButtonElement).click());
    expect(openCount()).toBe(1);
  });
});

describe('EmptyState', () => {
  it('says the page was not recognised as a speech and what to do', () => {
    const el = mount(<EmptyState />);
    expect(el.querySelector('[data-empty-state] h1')?.textContent).toBe('此页面未识别为讲话稿');
    expect(el.querySelectorAll('p')).toHaveLength(2);
  });
});
