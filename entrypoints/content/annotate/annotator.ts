/**
 * The in-page annotator: a toolbar over the reader's selection (highlight in
 * a colour, note, 金句, copy the clean text), the page's annotations painted
 * with CSS highlights and re-anchored on every visit, editing by clicking a
 * highlight, and `annotation/reveal` from the popup. The reader's words are
 * written and listed in extension frames (./frame-sessions.ts), which save
 * through the background; this script paints what they saved. The DOM work is
 * in dom/ (offsets, highlighter), the list and its anchoring in
 * ./page-annotations.ts, painting in ./note-painter.ts, the reader's input
 * in ./reader-input.ts, the UI in ./ui/; this file wires them to the
 * page and `ctx`. Only the reader's own (trusted) input acts.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Annotation, AnnotationKind, HighlightColor, OutlineContext } from '../../../core/annotation-types.ts';
import { mountAnnotatorHost, type AnnotatorHost } from './ui/annotator-host.tsx';
import { indexRuns, type RunIndex, type TextSpan } from '../../../dom/annotation-offsets.ts';
import { createNoteHighlighter, noteAtPoint } from '../../../dom/annotation-highlighter.ts';
import type { PageText } from '../../../dom/index.ts';
import type { PageModel } from '../page-model.ts';
import { detectPageTheme } from '../../../dom/page-theme.ts';
import { extensionAnnotationApi } from './annotation-api.ts';
import { initialAnnotatorView, type AnnotatorActions, type AnnotatorViewState, type ViewportBox } from './annotator-view.ts';
import { openNoteFrame } from './frame-sessions.ts';
import { isFocusIn, returnFocusToPage } from './focus-return.ts';
import { readForListed, watchLocation } from './listed-page.ts';
import { readArticleSelection } from './article-selection.ts';
import { boxOf, createNotePainter } from './note-painter.ts';
import { listenToReader } from './reader-input.ts';
import { routeFrameRequest } from './frame-requests.ts';
import type { AnnotationChange, EditorValues, FrameRequest, NoteEditorSession } from '../../../protocol/note-frame-wire.ts';
import { createNotesListFrame } from './notes-list-frame.ts';
import { idleScheduler } from './idle-slices.ts';
import { createPageAnnotations } from './page-annotations.ts';
import { createUndoLast, listenForUndoKey } from './undo-last.ts';
import { publishPageNotes } from './page-notes-channel.ts';
import { createContextFinder } from './selection-context.ts';
import type { Result } from '../../../protocol/result.ts';
import { copyText } from '../copy-text.ts';
import { createStore } from '../store.ts';
import { LOG_PREFIX } from '../log.ts';
import { pageKey } from '../../../protocol/annotation-wire.ts';
import { t } from '../../../i18n/t.ts';

const COPY_FEEDBACK_MS = 2_000;

/** What the rest of the content script may ask of the annotator. */
export interface RunningAnnotator {
  /** Scrolls to annotation `id` and flashes it, once the page's annotations are placed; false when it is not on the page. */
  reveal(id: string): Promise<boolean>;
  /** A note frame saved or deleted an annotation (told by the background). */
  changed(change: AnnotationChange, annotation: Annotation): void;
  /** A note frame asks something of the page (told by the background). */
  request(request: FrameRequest): void;
}

/** Starts the annotator on the current document; it stops with `ctx`. */
export function startAnnotator(ctx: ContentScriptContext, model: PageModel): RunningAnnotator {
  const view = createStore<AnnotatorViewState>(initialAnnotatorView());
  /** The page's address as annotations key it; follows a single-page site's pushState. */
  let url = pageKey(location.href);
  const list = createPageAnnotations({ api: extensionAnnotationApi, url, pageTitle: () => document.title, schedule: idleScheduler(ctx) });
  const highlighter = createNoteHighlighter(document, 'light');
  let index: RunIndex | null = null;
  let host: AnnotatorHost | null = null;
  let hostPending: Promise<AnnotatorHost | null> | null = null;
  /** The selection the toolbar or new-note editor acts on, taken when it was shown. */
  let chosen: { span: TextSpan; range: Range } | null = null;
  const painter = createNotePainter(highlighter);
  /** The reader's last change of this visit, for Ctrl+Z. */
  const undoLast = createUndoLast(list);
  let copyTimer = 0;
  /** New notes whose editor is open or saving: where they were made. */
  const newSpans = new Map<string, TextSpan>();
  /** What the reader typed in an editor and did not save, by draft key (this isolated world's memory only). */
  const drafts = new Map<string, EditorValues>();

  /** The page's text as it reads now; re-anchors the annotations when it changed. */
  const readIndex = (read: PageText = model.page()): RunIndex => {
    // The same read as last time (the DOM did not change): nothing to map again.
    if (index && index.page === read) return index;
    const next = indexRuns(read);
    if (!index || next.text !== index.text) {
      index = next;
      painter.forgetRanges();
      view.set({ theme: detectPageTheme(next.page.root) });
      highlighter.setTheme(view.get().theme);
      list.setText(next.text);
    }
    return index;
  };

  // The address at the time of asking: a single-page site may have moved on since the start.
  const contextAt = (idx: RunIndex, offset: number): OutlineContext | null => createContextFinder(model, location.href)(idx.page, offset);

  const ensureHost = (): Promise<AnnotatorHost | null> => {
    if (host) {
      host.ensureMounted();
      return Promise.resolve(host);
    }
    hostPending ??= mountAnnotatorHost(ctx, { view, actions }).then(
      (h) => {
        host = h;
        describeHost();
        return h;
      },
      (error: unknown) => {
        console.warn(LOG_PREFIX, 'could not show the annotation toolbar:', error);
        return null;
      },
    );
    return hostPending;
  };

  const describeHost = () => {
    const { notes, places, loaded } = list.store.get();
    const count = (state: string) => String(notes.filter((n) => places[n.id]?.state === state).length);
    host?.setData({ loaded: String(loaded), notes: String(notes.length), placed: count('placed'), pending: count('pending'), orphans: count('orphan'), painted: String(painter.painted().length) });
  };

  const paint = () => {
    const { notes, places } = list.store.get();
    painter.paint(index, notes, places);
    describeHost();
  };
  list.store.subscribe(paint);

  const notify = (message: string, undo: Parameters<typeof list.restore>[0] | null = null) => {
    view.set({ notice: { message, undo } });
    void ensureHost();
  };
  const reportFailure = (result: Result<unknown>) => {
    if (!result.ok) notify(t('annotate_saveFailed', result.error));
  };

  const close = () => {
    const popover = view.get().popover;
    const focused = isFocusIn(host?.element);
    // A new note's place is kept until its save is heard of (the frame may still be retrying).
    view.set({ popover: { kind: 'none' }, copyStatus: 'idle' });
    if (popover.kind === 'editor' && !popover.isNew) newSpans.delete(popover.id);
    // Escape in the editor: back to the page, the new note's text selected again.
    if (popover.kind === 'editor' && focused) returnFocusToPage(popover.isNew ? chosen?.range ?? null : null, false);
  };

  /** Opens the editor frame at `box` for `session` (a new note on the selection, or an existing one). */
  const openEditor = async (box: ViewportBox, id: string, isNew: boolean, session: NoteEditorSession) => {
    const kept = drafts.get(session.draftKey);
    const src = await openNoteFrame(kept ? { ...session, initial: kept } : session);
    if (!src) {
      notify(t('annotate_saveFailed', t('annotate_frameExpired')));
      return;
    }
    view.set({ popover: { kind: 'editor', box, src, id, isNew, draftKey: session.draftKey } });
    void ensureHost();
  };

  const editExisting = (id: string, box: ViewportBox) => {
    const note = list.store.get().notes.find((n) => n.id === id);
    if (!note) return;
    const initial: EditorValues = { note: note.note, tags: note.tags, color: note.color, golden: note.kind === 'golden' };
    void openEditor(box, id, false, { kind: 'editor', theme: view.get().theme, quote: note.quote, initial, draft: null, pageTitle: document.title.slice(0, 1000), id, draftKey: `edit:${id}` });
  };

  const composeNew = (color: HighlightColor, golden: boolean) => {
    const target = chosen;
    if (!target || !index) return;
    const id = crypto.randomUUID();
    const draft = list.draft(id, { ...target.span, kind: golden ? 'golden' : 'note', color, note: '', tags: [], context: contextAt(index, target.span.start) });
    if (!draft) return;
    newSpans.set(id, target.span);
    const initial: EditorValues = { note: '', tags: [], color, golden };
    const draftKey = `new:${target.span.start}-${target.span.end}:${draft.quote.length}`;
    void openEditor(boxOf(target.range), id, true, { kind: 'editor', theme: view.get().theme, quote: draft.quote, initial, draft, pageTitle: document.title.slice(0, 1000), id: null, draftKey });
  };

  const create = async (kind: AnnotationKind, values: EditorValues) => {
    const target = chosen;
    if (!target || !index) return;
    close();
    document.getSelection()?.removeAllRanges();
    const created = await list.create({ ...target.span, kind, color: values.color, note: values.note, tags: values.tags, context: contextAt(index, target.span.start) });
    if (created.ok) undoLast.remember({ kind: 'created', id: created.value.id });
    reportFailure(created);
  };

  /** Ctrl+Z: takes the last change back and says so. */
  const undoLastChange = () =>
    void undoLast.undo().then((result) => {
      if (!result) return;
      if (result.ok) notify(t('annotate_undone'));
      else reportFailure(result);
    });

  const actions: AnnotatorActions = {
    highlight: (color) => void create('highlight', { note: '', tags: [], color, golden: false }),
    golden: () => void create('golden', { note: '', tags: [], color: 'yellow', golden: true }),
    compose: () => composeNew('yellow', false),
    copy() {
      if (!chosen || !index) return;
      const text = index.text.slice(chosen.span.start, chosen.span.end);
      void ensureHost().then((h) => (h ? copyText(text, h.shadow) : false)).then((copied) => {
        view.set({ copyStatus: copied ? 'copied' : 'failed' });
        clearTimeout(copyTimer);
        copyTimer = ctx.setTimeout(() => view.set({ copyStatus: 'idle' }), COPY_FEEDBACK_MS);
      });
    },
    close,
    undo() {
      const record = view.get().notice?.undo;
      view.set({ notice: null });
      if (record) undoLast.forget();
      if (record) void list.restore(record).then(reportFailure);
    },
    dismissNotice: () => view.set({ notice: null }),
  };

  const readSelection = () => readArticleSelection(() => readIndex());

  const onSelectionDone = (viaKeyboard: boolean) => {
    if (view.get().popover.kind === 'editor') return;
    const found = readSelection();
    if (!found) return;
    chosen = found;
    view.set({ popover: { kind: 'toolbar', box: boxOf(found.range), viaKeyboard }, copyStatus: 'idle' });
    void ensureHost();
  };

  listenToReader(ctx, (event) => event.composedPath().some((n) => n === host?.element), {
    selectionDone: onSelectionDone,
    selectionCleared: () => {
      if (view.get().popover.kind === 'toolbar') close();
    },
    clicked(x, y) {
      const painted = painter.painted();
      if (painted.length === 0) return;
      const id = noteAtPoint(document, x, y, painted);
      const hit = painted.find((p) => p.id === id);
      if (hit) editExisting(hit.id, boxOf(hit.range));
    },
    scrolled() {
      // A fixed popover would drift away from its text: follow it while it is on screen.
      const popover = view.get().popover;
      if (popover.kind === 'none') return;
      const range = popover.kind === 'editor' && !popover.isNew ? painter.painted().find((p) => p.id === popover.id)?.range : chosen?.range;
      if (range) view.set({ popover: { ...popover, box: boxOf(range) } });
    },
  });

  const reveal = painter.reveal;

  const reattach = (id: string) => {
    const found = readSelection();
    if (!found || !index) {
      notify(t('annotate_reattachNeedsSelection'));
      return;
    }
    document.getSelection()?.removeAllRanges();
    void list.reattach(id, found.span.start, found.span.end, contextAt(index, found.span.start)).then(reportFailure);
  };

  const editFromList = (id: string) => {
    const target = painter.painted().find((p) => p.id === id);
    if (target) reveal(id);
    editExisting(id, target ? boxOf(target.range) : { left: 24, top: 24, right: 24, bottom: 24 });
  };

  const notesList = createNotesListFrame(ctx, list.store, url, () => view.get().theme);
  const unpublish = publishPageNotes({ notes: list.store, frame: notesList.frame, openList: notesList.open, closeList: notesList.close });

  /** What the background tells of a frame's save or deletion. */
  const changed = (change: AnnotationChange, annotation: Annotation) => {
    const popover = view.get().popover;
    if (popover.kind === 'editor' && popover.id === annotation.id) {
      const focused = isFocusIn(host?.element);
      drafts.delete(popover.draftKey);
      view.set({ popover: { kind: 'none' } });
      // Saved from the keyboard: the caret goes to the end of the new note's text.
      if (focused) returnFocusToPage(popover.isNew ? chosen?.range ?? null : null, true);
      else if (popover.isNew) document.getSelection()?.removeAllRanges();
    }
    const before = list.store.get().notes.find((n) => n.id === annotation.id);
    if (change === 'deleted') {
      list.forget(annotation.id);
      undoLast.remember({ kind: 'deleted', record: annotation });
      notify(t('annotate_deleted'), annotation);
    } else {
      undoLast.remember(before ? { kind: 'edited', before } : { kind: 'created', id: annotation.id });
      list.accept(annotation, newSpans.get(annotation.id) ?? null);
    }
    newSpans.delete(annotation.id);
  };

  const request = (asked: FrameRequest) =>
    routeFrameRequest(asked, {
      closeEditor: close,
      keepDraft(values) {
        const popover = view.get().popover;
        if (popover.kind === 'editor') drafts.set(popover.draftKey, values);
      },
      resizeNotes: (height) => notesList.resize(height),
      resizeEditor: (height) => view.set({ editorHeight: height }),
      reveal,
      edit: editFromList,
      reattach,
      undo: undoLastChange,
    });

  listenForUndoKey(ctx, undoLast.has, undoLastChange);

  ctx.onInvalidated(() => {
    unpublish();
    list.dispose();
    highlighter.dispose();
    host?.remove();
  });

  /** Places the listed annotations on the page as it reads now (read in short slices); `fresh` reads even when a read exists. */
  const place = async (listed: Result<Annotation[]>, fresh: boolean) => {
    const read = await readForListed(ctx, model, listed, index !== null && !fresh);
    if (!read) return;
    if (!index || fresh) readIndex(read);
    void ensureHost();
  };
  // Every visit: list this page's annotations, place them (exact now, fuzzy when idle) and paint.
  // A page without annotations is not even read; one with them is read in short slices.
  let loaded = list.load().then((listed) => place(listed, false));
  // A single-page site moved to another address (pushState, back button): the old
  // address's notes stop being painted, the new address's are listed and placed.
  const followLocation = () => {
    const next = list.setUrl(pageKey(location.href));
    if (!next) return;
    url = pageKey(location.href);
    close();
    loaded = next.then((listed) => place(listed, true));
  };
  watchLocation(ctx, followLocation);
  // The page may have been opened just now (by the popup): wait for the annotations to be placed.
  return { reveal: (id) => loaded.then(() => reveal(id)), changed, request };
}
