/**
 * The in-page shortcuts: Alt+J / Alt+K step through the points, with Shift
 * through the top-level points only, Alt+O opens the panel, Alt+H switches the
 * highlights. Keys are matched by `code` (the physical key), because on macOS
 * Alt turns `key` into another character (Alt+J is "∆").
 */
import type { ReadingCommand } from '../../../protocol/reading-commands.ts';

/** The parts of a KeyboardEvent the shortcuts look at. */
export interface KeyPress {
  code: string;
  altKey: boolean;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  isComposing?: boolean;
}

/** A shortcut as the help section shows it. */
export interface Shortcut {
  keys: string;
  command: ReadingCommand;
}

/** Every in-page shortcut, in the order the help section lists them. */
export const SHORTCUTS: readonly Shortcut[] = [
  { keys: 'Alt+J', command: 'next-point' },
  { keys: 'Alt+K', command: 'prev-point' },
  { keys: 'Alt+Shift+J', command: 'next-top-point' },
  { keys: 'Alt+Shift+K', command: 'prev-top-point' },
  { keys: 'Alt+O', command: 'toggle-panel' },
  { keys: 'Alt+H', command: 'toggle-highlights' },
];

/** The command a key press asks for, or null when it is not one of the shortcuts. */
export function commandForKey(press: KeyPress): ReadingCommand | null {
  if (!press.altKey || press.ctrlKey || press.metaKey || press.isComposing) return null;
  switch (press.code) {
    case 'KeyJ':
      return press.shiftKey ? 'next-top-point' : 'next-point';
    case 'KeyK':
      return press.shiftKey ? 'prev-top-point' : 'prev-point';
    case 'KeyO':
      return press.shiftKey ? null : 'toggle-panel';
    case 'KeyH':
      return press.shiftKey ? null : 'toggle-highlights';
    default:
      return null;
  }
}

/** Input types that take no typed text, so a shortcut pressed in them is still a shortcut. */
const NON_TEXT_INPUTS = new Set(['button', 'checkbox', 'color', 'file', 'hidden', 'image', 'radio', 'range', 'reset', 'submit']);

/**
 * True when `el` takes typed text: a text-like <input>, a <textarea>, a <select>
 * (typing picks an option) or anything editable (contenteditable, designMode).
 */
export function isTypingTarget(el: EventTarget | null): boolean {
  if (!el || typeof (el as Node).nodeType !== 'number' || (el as Node).nodeType !== 1) return false;
  const element = el as HTMLElement;
  const tag = element.tagName.toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') return !NON_TEXT_INPUTS.has((element.getAttribute('type') ?? 'text').toLowerCase());
  if (element.isContentEditable) return true;
  // happy-dom and older engines lack isContentEditable: look for the attribute on the way up.
  const editable = element.closest?.('[contenteditable]');
  if (editable && editable.getAttribute('contenteditable') !== 'false') return true;
  return element.ownerDocument?.designMode === 'on';
}

/**
 * The command of a keydown event, or null when it is no shortcut or the reader
 * is typing. The innermost target is taken from `composedPath()` so an input
 * inside a page's own shadow DOM counts as typing too.
 */
export function commandForKeyEvent(event: KeyboardEvent): ReadingCommand | null {
  const command = commandForKey(event);
  if (!command) return null;
  const inner = typeof event.composedPath === 'function' ? (event.composedPath()[0] ?? event.target) : event.target;
  if (isTypingTarget(inner) || isTypingTarget(event.target)) return null;
  return command;
}
