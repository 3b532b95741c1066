/**
 * How the outline panel's notes section reaches the annotator. The panel is
 * mounted by the reading session, which knows nothing of annotations; the
 * annotator publishes its list and actions here and the section subscribes.
 * One channel per copy of the content script (each copy has its own modules).
 */
import { createStore, type Store } from '../store.ts';
import type { PageNotesState } from './page-annotations.ts';

/** What the notes section may ask of the annotator. */
export interface PageNotesActions {
  /** Scrolls to the annotation and flashes it. */
  reveal(id: string): void;
  /** Opens the annotation's editor near its text. */
  edit(id: string): void;
  /** Anchors the annotation to the text selected on the page now. */
  reattach(id: string): void;
}

/** The annotator as the notes section sees it. */
export interface PageNotesChannel {
  notes: Store<PageNotesState>;
  /** Whether the page has a selection the reader could re-attach a note to. */
  selection: Store<{ available: boolean }>;
  actions: PageNotesActions;
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
