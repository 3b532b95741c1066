// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NoteEditorFrame } from '../../components/NoteEditorFrame.tsx';
import type { NoteEditorSession } from '../../protocol/note-frame-wire.ts';
import { pinLanguage } from '../i18n/pin-language.ts';

pinLanguage('zh_CN');

const session: NoteEditorSession = {
  kind: 'editor',
  theme: 'light',
  quote: '调查研究是谋事之基、成事之道',
  initial: { note: '已有的笔记', tags: [], color: 'yellow', golden: false },
  draft: null,
  pageTitle: '讲话',
  id: 'a1',
  draftKey: 'edit:a1',
};

let root: HTMLElement | undefined;
afterEach(() => {
  if (root) render(null, root);
  root?.remove();
});

function mount(): HTMLElement {
  root = document.createElement('div');
  document.body.append(root);
  const send = vi.fn(async () => ({ ok: true as const, value: null }));
  act(() => render(<NoteEditorFrame session={session} send={send as never} />, root!));
  return root;
}

describe('NoteEditorFrame and focus', () => {
  it('puts the caret at the end of the note when its frame gets focus (autofocus is blocked in a cross-origin frame)', () => {
    const el = mount();
    const note = el.querySelector<HTMLTextAreaElement>('textarea[name="note"]')!;
    note.blur();
    expect(document.activeElement).not.toBe(note);
    window.dispatchEvent(new Event('focus'));
    expect(document.activeElement).toBe(note);
    expect(note.selectionStart).toBe('已有的笔记'.length);
  });

  it('leaves focus on another field of the editor when the frame is focused again', () => {
    const el = mount();
    const tags = el.querySelector<HTMLInputElement>('input[name="tags"]')!;
    tags.focus();
    window.dispatchEvent(new Event('focus'));
    expect(document.activeElement).toBe(tags);
  });
});
