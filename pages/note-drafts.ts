/**
 * What the reader typed in the note editor and has not saved yet, kept in the
 * editor frame's sessionStorage (the extension's origin, this tab only): when
 * the editor is closed and opened again on the same selection or note, the
 * words come back. A successful save forgets the draft.
 */
import type { EditorValues } from '../protocol/note-frame-wire.ts';
import { isColor } from '../protocol/annotation-checks.ts';

const PREFIX = 'note-draft:';

function storage(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null; // storage switched off: drafts live as long as the editor
  }
}

/** The kept draft of `key`, or null. */
export function readDraft(key: string): EditorValues | null {
  try {
    const raw = storage()?.getItem(PREFIX + key);
    if (!raw) return null;
    const v = JSON.parse(raw) as Partial<EditorValues>;
    if (typeof v.note !== 'string' || !Array.isArray(v.tags) || !isColor(v.color) || typeof v.golden !== 'boolean') return null;
    return { note: v.note, tags: v.tags.filter((t): t is string => typeof t === 'string'), color: v.color, golden: v.golden };
  } catch {
    return null;
  }
}

/** Keeps `values` as the draft of `key` (a no-op when they equal what was stored). */
export function keepDraft(key: string, values: EditorValues): void {
  try {
    storage()?.setItem(PREFIX + key, JSON.stringify(values));
  } catch {
    // Full or switched off: the editor still holds the words.
  }
}

/** Forgets the draft of `key` (it was saved). */
export function forgetDraft(key: string): void {
  try {
    storage()?.removeItem(PREFIX + key);
  } catch {
    // nothing kept
  }
}
