/**
 * Ctrl+Z (⌘Z) on the page: undoes the reader's last note change made during
 * this visit — a deletion is put back from the 回收站, an edit gets its
 * previous values, a new highlight goes to the 回收站. The key counts in the
 * panel, the selection toolbar, the notes frame (which sends it, see
 * entrypoints/note-frame/) and on the page itself, but never while a field of
 * the page has focus (the page's own undo) and never for a made-up event.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Annotation } from '../../../core/annotation-types.ts';
import type { AnnotationChanges } from '../../../protocol/annotation-wire.ts';
import type { Result } from '../../../protocol/result.ts';
import { isTypingTarget, isUndoKey } from '../../../hooks/use-undo-key.ts';
import type { PageAnnotations } from './page-annotations.ts';

/** A change the reader made that Ctrl+Z can take back. */
export type UndoableChange = { kind: 'deleted'; record: Annotation } | { kind: 'created'; id: string } | { kind: 'edited'; before: Annotation };

/** The last change of this visit and how to take it back. */
export interface UndoLast {
  remember(change: UndoableChange): void;
  /** True when there is a change to take back. */
  has(): boolean;
  /** Forgets the last change (it was undone some other way, e.g. by the notice's button). */
  forget(): void;
  /** Takes the last change back; null when there was none (or an undo is already on its way). */
  undo(): Promise<Result<Annotation> | null>;
}

/** The fields an edit may have changed, as they were before it. */
function previousValues(before: Annotation): AnnotationChanges {
  return { kind: before.kind, color: before.color, note: before.note, tags: before.tags };
}

/** Undo for the annotations in `list`. */
export function createUndoLast(list: Pick<PageAnnotations, 'restore' | 'remove' | 'update'>): UndoLast {
  let last: UndoableChange | null = null;
  let busy = false;
  return {
    remember(change) {
      last = change;
    },
    has: () => last !== null,
    forget() {
      last = null;
    },
    async undo() {
      const change = last;
      if (!change || busy) return null;
      busy = true;
      try {
        const result =
          change.kind === 'deleted' ? await list.restore(change.record) : change.kind === 'created' ? await list.remove(change.id) : await list.update(change.before.id, previousValues(change.before));
        if (result.ok && last === change) last = null;
        return result;
      } finally {
        busy = false;
      }
    },
  };
}

/**
 * Calls `undo` on the reader's own Ctrl+Z / ⌘Z while `ready()` says there is
 * something to undo, unless a field of the page has focus. Listens on the
 * window in the capture phase, so a page that stops the key's propagation
 * cannot keep it from the panel.
 */
export function listenForUndoKey(ctx: ContentScriptContext, ready: () => boolean, undo: () => void): void {
  ctx.addEventListener(
    window,
    'keydown',
    (e: KeyboardEvent) => {
      if (!e.isTrusted || !isUndoKey(e) || e.defaultPrevented || !ready()) return;
      // A field of the page (or one inside its open shadow roots) keeps its own undo; the
      // extension's closed hosts show as the host element, which takes no typing.
      const deep = e.composedPath()[0] ?? e.target;
      if (isTypingTarget(deep) || isTypingTarget(document.activeElement)) return;
      e.preventDefault();
      undo();
    },
    { capture: true },
  );
}
