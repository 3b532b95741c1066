/**
 * Ctrl+Z (⌘Z on a Mac) anywhere on an extension page calls `onUndo` — except
 * while the reader types in a field, where the key belongs to the field's own
 * text undo.
 */
import { useEffect } from 'preact/hooks';

/** True when `target` takes typing (a text field, a select, an editable element). */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}

/** True for Ctrl+Z / ⌘Z without Shift or Alt (Shift would be redo). */
export function isUndoKey(e: KeyboardEvent): boolean {
  return (e.ctrlKey || e.metaKey) && !e.shiftKey && !e.altKey && e.key.toLowerCase() === 'z';
}

/** Listens for the undo key on the document while the component is mounted. */
export function useUndoKey(onUndo: () => void): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (!isUndoKey(e) || e.defaultPrevented || isTypingTarget(e.target)) return;
      e.preventDefault();
      onUndo();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [onUndo]);
}
