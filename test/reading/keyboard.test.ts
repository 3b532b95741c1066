// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { commandForKey, commandForKeyEvent, isTypingTarget } from '../../entrypoints/content/reading/keyboard.ts';

const press = (code: string, mods: { alt?: boolean; shift?: boolean; ctrl?: boolean; meta?: boolean } = {}) => ({
  code, altKey: mods.alt ?? false, shiftKey: mods.shift ?? false, ctrlKey: mods.ctrl ?? false, metaKey: mods.meta ?? false,
});

afterEach(() => {
  document.body.innerHTML = '';
});

describe('commandForKey', () => {
  it.each([
    ['Alt+J', press('KeyJ', { alt: true }), 'next-point'],
    ['Alt+K', press('KeyK', { alt: true }), 'prev-point'],
    ['Alt+Shift+J', press('KeyJ', { alt: true, shift: true }), 'next-top-point'],
    ['Alt+Shift+K', press('KeyK', { alt: true, shift: true }), 'prev-top-point'],
    ['Alt+O', press('KeyO', { alt: true }), 'toggle-panel'],
    ['Alt+H', press('KeyH', { alt: true }), 'toggle-highlights'],
    ['J alone', press('KeyJ'), null],
    ['Ctrl+Alt+J', press('KeyJ', { alt: true, ctrl: true }), null],
    ['Alt+Shift+O', press('KeyO', { alt: true, shift: true }), null],
    ['Alt+X', press('KeyX', { alt: true }), null],
  ])('reads %s as %s', (_name, key, expected) => {
    expect(commandForKey(key)).toBe(expected);
  });

  it('ignores keys pressed while an input method is composing', () => {
    expect(commandForKey({ ...press('KeyJ', { alt: true }), isComposing: true })).toBeNull();
  });
});

describe('isTypingTarget', () => {
  it.each([
    ['<input type="text">', true],
    ['<input>', true],
    ['<input type="search">', true],
    ['<input type="checkbox">', false],
    ['<textarea></textarea>', true],
    ['<select><option>a</option></select>', true],
    ['<div contenteditable="true"><p>x</p></div>', true],
    ['<div contenteditable="false"><p>x</p></div>', false],
    ['<p>讲话正文</p>', false],
  ])('%s takes typing: %s', (html, expected) => {
    document.body.innerHTML = html;
    const el = document.body.querySelector('p') ?? document.body.firstElementChild;
    expect(isTypingTarget(el)).toBe(expected);
  });

  it('is false for no target and for text nodes', () => {
    expect(isTypingTarget(null)).toBe(false);
    expect(isTypingTarget(document.createTextNode('x'))).toBe(false);
  });
});

describe('commandForKeyEvent', () => {
  function keydownOn(target: Element, code: string): KeyboardEvent {
    let seen: KeyboardEvent | null = null;
    const listener = (e: Event) => {
      seen = e as KeyboardEvent;
    };
    window.addEventListener('keydown', listener, true);
    target.dispatchEvent(new KeyboardEvent('keydown', { code, altKey: true, bubbles: true, composed: true }));
    window.removeEventListener('keydown', listener, true);
    return seen!;
  }

  it('answers a shortcut pressed on the page', () => {
    document.body.innerHTML = '<p>同志们：</p>';
    expect(commandForKeyEvent(keydownOn(document.querySelector('p')!, 'KeyJ'))).toBe('next-point');
  });

  it('stays silent while the reader types in an input, a textarea or an editable region', () => {
    document.body.innerHTML = '<input><textarea></textarea><div contenteditable="true"><span>x</span></div>';
    for (const el of [document.querySelector('input')!, document.querySelector('textarea')!, document.querySelector('span')!]) {
      expect(commandForKeyEvent(keydownOn(el, 'KeyJ'))).toBeNull();
    }
  });
});
