/**
 * The panel's notes list as the annotator serves it: while the panel shows
 * the list, every change of the page's notes opens a fresh frame session with
 * the list's layout (groups under outline points, ids and places — page text
 * and numbers, never the reader's words) and hands the new frame address to
 * the panel. The frame fetches the notes themselves from the background.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { NotesListSession, FrameTheme } from '../../../protocol/note-frame-wire.ts';
import type { ReadingOutline } from '../reading/reading-outline.ts';
import { createStore, type Store } from '../store.ts';
import { openNoteFrame } from './frame-sessions.ts';
import { groupPageNotes } from './group-notes.ts';
import type { PageNotesState } from './page-annotations.ts';
import type { NotesFrameState } from './page-notes-channel.ts';

/** The notes list frame of one page. */
export interface NotesListFrame {
  readonly frame: Store<NotesFrameState>;
  /** The panel shows the list, grouped under `outline`'s points. */
  open(outline: ReadingOutline | null): void;
  close(): void;
  /** The frame asked for this height. */
  resize(height: number): void;
}

/** The list's layout now: groups by outline point (page text), ids and places; no note text. */
export function notesListLayout(state: PageNotesState, outline: ReadingOutline | null, url: string, theme: FrameTheme): NotesListSession {
  const { notes, places } = state;
  const { groups, orphans } = groupPageNotes(notes, places, outline);
  return {
    kind: 'notes',
    theme,
    url,
    outlined: outline !== null,
    groups: groups.map((g) => ({
      key: g.key,
      title: g.location === '' ? '' : `${g.location} ${g.pointTitle}`.trim().slice(0, 1000),
      pointId: g.pointId < 0 ? null : String(g.pointId),
      ids: g.notes.map((n) => n.id),
    })),
    orphans: orphans.map((n) => n.id),
    pending: notes.filter((n) => places[n.id]?.state === 'pending').map((n) => n.id),
  };
}

/** Serves the notes list frame for the notes in `notes` of the page at `url()` (a single-page site moves on). */
export function createNotesListFrame(ctx: ContentScriptContext, notes: Store<PageNotesState>, url: () => string, theme: () => FrameTheme): NotesListFrame {
  const frame = createStore<NotesFrameState>({ src: null, height: 0 });
  let open = false;
  let outline: ReadingOutline | null = null;
  let timer = 0;
  /** A fresh session for the frame (a burst of changes makes one). */
  const refresh = () => {
    if (!open) return;
    clearTimeout(timer);
    timer = ctx.setTimeout(() => {
      if (!open || notes.get().notes.length === 0) return;
      void openNoteFrame(notesListLayout(notes.get(), outline, url(), theme())).then((src) => {
        if (src && open) frame.set({ src });
      });
    }, 30);
  };
  notes.subscribe(refresh);
  return {
    frame,
    open(shownOutline) {
      open = true;
      outline = shownOutline;
      refresh();
    },
    close() {
      open = false;
      frame.set({ src: null });
    },
    resize: (height) => frame.set({ height }),
  };
}
