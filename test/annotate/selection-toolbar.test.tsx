// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { AnnotateNotice } from '../../entrypoints/content/annotate/ui/AnnotateNotice.tsx';
import { AnnotationEditor } from '../../components/AnnotationEditor.tsx';
import { placePopover } from '../../entrypoints/content/annotate/ui/AnnotatorApp.tsx';
import { SelectionToolbar } from '../../entrypoints/content/annotate/ui/SelectionToolbar.tsx';
import { t } from '../../i18n/t.ts';
import { useLocale, pinLanguage } from '../i18n/pin-language.ts';

// The product speaks Chinese first: these tests read the Chinese words.
pinLanguage('zh_CN');

let root: HTMLElement | undefined;
function mount(vnode: preact.ComponentChild): HTMLElement {
  const el = document.createElement('div');
  root = el;
  document.body.append(el);
  act(() => render(vnode, el));
  return el;
}
afterEach(() => {
  if (root) render(null, root);
  root?.remove();
});

function toolbar(overrides: Partial<Parameters<typeof SelectionToolbar>[0]> = {}) {
  const props = { copyStatus: 'idle' as const, autoFocus: false, onHighlight: vi.fn(), onNote: vi.fn(), onGolden: vi.fn(), onCopy: vi.fn(), onClose: vi.fn(), ...overrides };
  return { props, el: mount(<SelectionToolbar {...props} />) };
}

describe('SelectionToolbar', () => {
  it('offers five highlight colours, a note, 金句 and copy, each named for screen readers', () => {
    const { el } = toolbar();
    expect(el.querySelector('[role="toolbar"]')!.getAttribute('aria-label')).toBe('批注工具条');
    const labels = [...el.querySelectorAll('button')].map((b) => b.getAttribute('aria-label'));
    expect(labels).toEqual(['用黄色划线', '用绿色划线', '用蓝色划线', '用粉色划线', '用紫色划线', '为所选文字写笔记', '将所选文字存为金句', '复制所选文字（不含隐藏水印）']);
  });

  it('calls back with the colour pressed, and for note, 金句 and copy', () => {
    const { el, props } = toolbar();
    act(() => el.querySelector<HTMLButtonElement>('[data-color="green"]')!.click());
    expect(props.onHighlight).toHaveBeenCalledWith('green');
    act(() => el.querySelector<HTMLButtonElement>('[data-action="note"]')!.click());
    act(() => el.querySelector<HTMLButtonElement>('[data-action="golden"]')!.click());
    act(() => el.querySelector<HTMLButtonElement>('[data-action="copy"]')!.click());
    expect([props.onNote, props.onGolden, props.onCopy].map((f) => (f as ReturnType<typeof vi.fn>).mock.calls.length)).toEqual([1, 1, 1]);
  });

  it('takes focus when the selection was made with the keyboard; arrows move along, Escape closes', () => {
    const { el, props } = toolbar({ autoFocus: true });
    const buttons = [...el.querySelectorAll('button')];
    expect(document.activeElement).toBe(buttons[0]);
    act(() => void buttons[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true })));
    expect(document.activeElement).toBe(buttons[1]);
    act(() => void buttons[1]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true })));
    expect(document.activeElement).toBe(buttons[buttons.length - 1]);
    act(() => void buttons[7]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true })));
    expect(document.activeElement).toBe(buttons[0]);
    act(() => void buttons[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    expect(props.onClose).toHaveBeenCalled();
  });

  it('says 已复制 after copying', () => {
    const { el } = toolbar({ copyStatus: 'copied' });
    expect(el.querySelector('[data-action="copy"]')!.textContent).toBe('已复制');
  });
});

describe('AnnotationEditor', () => {
  it('hands back the note, free-word tags, colour and 金句', () => {
    const onSave = vi.fn();
    const el = mount(<AnnotationEditor quote="党性是根本" initial={{ note: '', tags: [], color: 'yellow', golden: false }} isNew status={null} onSave={onSave} onDelete={vi.fn()} onCancel={vi.fn()} />);
    expect(el.querySelector('[data-action="delete"]')).toBeNull();
    const area = el.querySelector('textarea')!;
    const tags = el.querySelector<HTMLInputElement>('input[name="tags"]')!;
    act(() => {
      area.value = '  开头可用 ';
      area.dispatchEvent(new Event('input', { bubbles: true }));
      tags.value = '党建，作风 落实';
      tags.dispatchEvent(new Event('input', { bubbles: true }));
    });
    act(() => el.querySelector<HTMLInputElement>('input[value="blue"]')!.click());
    act(() => el.querySelector<HTMLInputElement>('input[name="golden"]')!.click());
    act(() => el.querySelector<HTMLButtonElement>('[data-action="save"]')!.click());
    expect(onSave).toHaveBeenCalledWith({ note: '开头可用', tags: ['党建', '作风', '落实'], color: 'blue', golden: true });
  });

  it('offers Delete for an existing annotation', () => {
    const onDelete = vi.fn();
    const el = mount(<AnnotationEditor quote="q" initial={{ note: 'n', tags: ['a'], color: 'pink', golden: false }} isNew={false} status={null} onSave={vi.fn()} onDelete={onDelete} onCancel={vi.fn()} />);
    act(() => el.querySelector<HTMLButtonElement>('[data-action="delete"]')!.click());
    expect(onDelete).toHaveBeenCalled();
  });
});

describe('AnnotateNotice', () => {
  it('reads 已删除 · 撤销 and undoes', () => {
    const onUndo = vi.fn();
    const el = mount(<AnnotateNotice message="已删除" onUndo={onUndo} onDismiss={vi.fn()} />);
    expect(el.textContent).toBe('已删除 · 撤销');
    act(() => el.querySelector<HTMLButtonElement>('[data-action="undo"]')!.click());
    expect(onUndo).toHaveBeenCalled();
  });
});

describe('placePopover and the strings', () => {
  it('places the toolbar above the selection, below it near the top, always inside the window', () => {
    const view = { width: 1000, height: 800 };
    expect(placePopover({ left: 100, top: 300, right: 400, bottom: 320 }, 300, 40, view, true)).toEqual({ left: 100, top: 252 });
    expect(placePopover({ left: 900, top: 10, right: 990, bottom: 30 }, 300, 40, view, true)).toEqual({ left: 692, top: 38 });
  });

  it('speaks English outside Chinese browsers', () => {
    useLocale('en');
    expect(t('annotate_highlightIn', 'yellow')).toBe('Highlight in yellow');
    useLocale('zh_CN');
    expect(t('annotate_reattach')).toBe('重新定位到所选文字');
  });
});
