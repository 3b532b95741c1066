/**
 * The note editor popover's side of the annotator: opening an editor frame for
 * a new note on the reader's selection or for a saved one, keeping what the
 * reader typed and did not save (by draft key, in this isolated world's memory
 * only), and remembering where each new note was made until its save is heard
 * of (the frame may still be retrying).
 */
import type { HighlightColor, OutlineContext } from '../../../core/annotation-types.ts';
import type { TextSpan } from '../../../dom/annotation-offsets.ts';
import type { EditorValues, NoteEditorSession } from '../../../protocol/note-frame-wire.ts';
import { t } from '../../../i18n/t.ts';
import type { Store } from '../store.ts';
import type { AnnotatorPopover, AnnotatorViewState, ViewportBox } from './annotator-view.ts';
import { openNoteFrame } from './frame-sessions.ts';
import type { PageAnnotations } from './page-annotations.ts';

/** What the editors need of the annotator. */
export interface NoteEditorsOptions {
  view: Store<AnnotatorViewState>;
  list: PageAnnotations;
  /** Tells the reader something went wrong. */
  notify(message: string): void;
  /** Makes sure the annotator's host is on the page, to show the popover. */
  show(): void;
}

/** The editor popover's frames and what they keep. */
export interface NoteEditors {
  /** Opens the editor of saved note `id` at `box`. */
  edit(id: string, box: ViewportBox): void;
  /** Opens a new note's editor on `span` (shown at `box`), made in `context`. */
  compose(span: TextSpan, box: ViewportBox, context: OutlineContext | null, color: HighlightColor, golden: boolean): void;
  /** The open editor's frame asks to keep what the reader typed. */
  keepDraft(values: EditorValues): void;
  /** `popover` closed without a save: a saved note's editor forgets it (a new note's place is kept until its save is heard of). */
  closed(popover: AnnotatorPopover): void;
  /** The save or deletion of note `id` was heard of: its draft is dropped; returns where it was made, when it is a new note of this visit. */
  settled(id: string, draftKey: string | null): TextSpan | null;
}

/** The annotator's note editors. */
export function createNoteEditors({ view, list, notify, show }: NoteEditorsOptions): NoteEditors {
  /** New notes whose editor is open or saving: where they were made. */
  const newSpans = new Map<string, TextSpan>();
  /** What the reader typed in an editor and did not save, by draft key. */
  const drafts = new Map<string, EditorValues>();

  /** Opens the editor frame at `box` for `session` (a new note on the selection, or an existing one). */
  const open = async (box: ViewportBox, id: string, isNew: boolean, session: NoteEditorSession) => {
    const kept = drafts.get(session.draftKey);
    const src = await openNoteFrame(kept ? { ...session, initial: kept } : session);
    if (!src) {
      notify(t('annotate_saveFailed', t('annotate_frameExpired')));
      return;
    }
    view.set({ popover: { kind: 'editor', box, src, id, isNew, draftKey: session.draftKey } });
    show();
  };

  return {
    edit(id, box) {
      const note = list.store.get().notes.find((n) => n.id === id);
      if (!note) return;
      const initial: EditorValues = { note: note.note, tags: note.tags, color: note.color, golden: note.kind === 'golden' };
      void open(box, id, false, { kind: 'editor', theme: view.get().theme, quote: note.quote, initial, draft: null, pageTitle: document.title.slice(0, 1000), id, draftKey: `edit:${id}` });
    },
    compose(span, box, context, color, golden) {
      const id = crypto.randomUUID();
      const draft = list.draft(id, { ...span, kind: golden ? 'golden' : 'note', color, note: '', tags: [], context });
      if (!draft) return;
      newSpans.set(id, span);
      const initial: EditorValues = { note: '', tags: [], color, golden };
      const draftKey = `new:${span.start}-${span.end}:${draft.quote.length}`;
      void open(box, id, true, { kind: 'editor', theme: view.get().theme, quote: draft.quote, initial, draft, pageTitle: document.title.slice(0, 1000), id: null, draftKey });
    },
    keepDraft(values) {
      const popover = view.get().popover;
      if (popover.kind === 'editor') drafts.set(popover.draftKey, values);
    },
    closed(popover) {
      if (popover.kind === 'editor' && !popover.isNew) newSpans.delete(popover.id);
    },
    settled(id, draftKey) {
      if (draftKey !== null) drafts.delete(draftKey);
      const span = newSpans.get(id) ?? null;
      newSpans.delete(id);
      return span;
    },
  };
}
