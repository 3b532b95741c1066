/**
 * How the outline panel's notes section reaches the annotator. The panel is
 * mounted by the reading session, which knows nothing of annotations; the
 * annotator publishes here and the section subscribes. The section shows only
 * the count: the notes themselves are listed in an extension frame whose
 * address (with a one-time token) the annotator hands out.
 * One channel per copy of the content script (each copy has its own modules).
 */
import { createStore, type Store } from '../store.ts';
import type { PageNotesState } from './page-annotations.ts';
import type { ReadingOutline } from '../reading/reading-outline.ts';

/** The notes list frame as the section embeds it. */
export interface NotesFrameState {
  /** The frame's address with a fresh session token; null while none is open. */
  src: string | null;
  /** The height the frame's content asked for. */
  height: number;
}

/** The annotator as the notes section sees it. */
export interface PageNotesChannel {
  /** The page's notes (the section reads only how many there are). */
  notes: Store<PageNotesState>;
  frame: Store<NotesFrameState>;
  /** The section shows the list, grouped under `outline`'s points: open a session for its frame (again whenever the notes change). */
  openList(outline: ReadingOutline | null): void;
  /** The section hid the list. */
  closeList(): void;
}

/** The published channel, or null while no annotator runs. */
export const pageNotesChannel: Store<{ channel: PageNotesChannel | null }> = createStore<{ channel: PageNotesChannel | null }>({ channel: null });

/** Publishes `channel` until the returned function is called. */
export function publishPageNotes(channel: PageNotesChannel): () => void {
  pageNotesChannel.set({ channel });
  return () => {
    if (pageNotesChannel.get().channel === channel) pageNotesChannel.set({ channel: null });
  };
}
