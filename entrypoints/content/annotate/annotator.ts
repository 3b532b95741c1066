/**
 * The in-page annotator: a toolbar over the reader's selection (highlight in
 * a colour, note, 金句, copy the clean text), the page's annotations painted
 * with CSS highlights and re-anchored on every visit, editing by clicking a
 * highlight, and `annotation/reveal` from the popup. The reader's words are
 * written and listed in extension frames (./frame-sessions.ts), which save
 * through the background; this script paints what they saved. The DOM work is
 * in dom/ (offsets, highlighter), the list and its anchoring in
 * ./page-annotations.ts, painting in ./note-painter.ts, the editor frames in
 * ./note-editors.ts, following the address in ./listed-page.ts, the reader's input
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
import { initialAnnotatorView, type AnnotatorActions, type AnnotatorViewState } from './annotator-view.ts';
import { isFocusIn, returnFocusToPage } from './focus-return.ts';
import { followListedPage } from './listed-page.ts';
import { createNoteEditors } from './note-editors.ts';
import { readArticleSelection } from './article-selection.ts';
import { boxOf, createNotePainter } from './note-painter.ts';
import { listenToReader } from './reader-input.ts';
import { routeFrameRequest } from './frame-requests.ts';
import type { AnnotationChange, EditorValues, FrameRequest } from '../../../protocol/note-frame-wire.ts';
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
  const list = createPageAnnotations({ api: extensionAnnotationApi, url: pageKey(location.href), pageTitle: () => document.title, schedule: idleScheduler(ctx) });
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
    editors.closed(popover);
    // Escape in the editor: back to the page, the new note's text selected again.
    if (popover.kind === 'editor' && focused) returnFocusToPage(popover.isNew ? chosen?.range ?? null : null, false);
  };

  const editors = createNoteEditors({ view, list, notify, show: () => void ensureHost() });
  const composeNew = (color: HighlightColor, golden: boolean) => {
    if (chosen && index) editors.compose(chosen.span, boxOf(chosen.range), contextAt(index, chosen.span.start), color, golden);
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
      if (hit) editors.edit(hit.id, boxOf(hit.range));
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
    editors.edit(id, target ? boxOf(target.range) : { left: 24, top: 24, right: 24, bottom: 24 });
  };

  const notesList = createNotesListFrame(ctx, list.store, () => pageKey(location.href), () => view.get().theme);
  const unpublish = publishPageNotes({ notes: list.store, frame: notesList.frame, openList: notesList.open, closeList: notesList.close });

  /** What the background tells of a frame's save or deletion. */
  const changed = (change: AnnotationChange, annotation: Annotation) => {
    const popover = view.get().popover;
    const editing = popover.kind === 'editor' && popover.id === annotation.id;
    const span = editors.settled(annotation.id, editing ? popover.draftKey : null);
    if (editing) {
      const focused = isFocusIn(host?.element);
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
      list.accept(annotation, span);
    }
  };

  const request = (asked: FrameRequest) =>
    routeFrameRequest(asked, {
      closeEditor: close,
      keepDraft: editors.keepDraft,
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

  // Every visit, and after every move of a single-page site: list the address's
  // annotations, place them (exact now, fuzzy when idle) and paint.
  const loaded = followListedPage(ctx, model, list, {
    haveRead: () => index !== null,
    read(read, fresh) {
      if (!index || fresh) readIndex(read);
      void ensureHost();
    },
    moved: close,
  });
  // The page may have been opened just now (by the popup): wait for the annotations to be placed.
  return { reveal: (id) => loaded().then(() => reveal(id)), changed, request };
}
