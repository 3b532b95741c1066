/**
 * A page that is not a speech can still be highlighted and annotated; there
 * the reading panel has no outline and shows only 本页笔记 (NotesOnlyPanel).
 * Its tab is not put on every page of a listed site: only on a page that has
 * notes, or where the reader ran the extension (在此页运行). This module says
 * when the reading session should keep such a panel.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createStore, type Store } from '../store.ts';
import { pageNotesChannel } from '../annotate/page-notes-channel.ts';

/** Why the notes-only panel is there: the reader ran the extension on this page. One per copy of the script. */
export const notesOnlyPage: Store<{ ranHere: boolean }> = createStore({ ranHere: false });

/** The page's note count as the annotator listed it (0 while no annotator runs). */
export function pageNoteCount(): number {
  return pageNotesChannel.get().channel?.notes.get().notes.length ?? 0;
}

/** Whether a page without an outline gets the notes-only panel: it has notes, or the reader ran the extension here. */
export function wantsNotesOnly(): boolean {
  return notesOnlyPage.get().ranHere || pageNoteCount() > 0;
}

/** Calls `changed` whenever `wantsNotesOnly()` may have turned (notes listed, the first one made, the last one deleted, 在此页运行), until `ctx` stops. */
export function watchNotesOnly(ctx: ContentScriptContext, changed: () => void): void {
  let last = wantsNotesOnly();
  const check = () => {
    const now = wantsNotesOnly();
    if (now !== last) {
      last = now;
      changed();
    }
  };
  let unsubscribeNotes: (() => void) | null = null;
  const follow = () => {
    unsubscribeNotes?.();
    unsubscribeNotes = pageNotesChannel.get().channel?.notes.subscribe(check) ?? null;
    check();
  };
  const stops = [pageNotesChannel.subscribe(follow), notesOnlyPage.subscribe(check)];
  follow();
  ctx.onInvalidated(() => {
    for (const stop of stops) stop();
    unsubscribeNotes?.();
  });
}
