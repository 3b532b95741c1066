/**
 * The in-page annotator: a toolbar over the reader's selection (highlight in
 * a colour, note, 金句, copy the clean text), the page's annotations painted
 * with CSS highlights and re-anchored on every visit, editing by clicking a
 * highlight, and `annotation/reveal` from the popup. The reader's words are
 * written and listed in extension frames (./frame-sessions.ts), which save
 * through the background; this script paints what they saved. The DOM work is
 * in dom/ (offsets, highlighter), the list and its anchoring in
 * entrypoints/content/annotate/, the UI in ./ui/; this file wires them to the
 * page and `ctx`. Only the reader's own (trusted) input acts.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Annotation, AnnotationKind, HighlightColor, OutlineContext } from '../../../core/annotation-types.ts';
import { mountAnnotatorHost, type AnnotatorHost } from './ui/annotator-host.tsx';
import { indexRuns, rangeToTextSpan, textSpanToRange, type RunIndex, type TextSpan } from '../../../dom/annotation-offsets.ts';
import { createNoteHighlighter, noteAtPoint, type PaintedNote } from '../../../dom/annotation-highlighter.ts';
import { readPageInSteps, type PageText } from '../../../dom/index.ts';
import type { PageModel } from '../page-model.ts';
import { detectPageTheme } from '../../../dom/page-theme.ts';
import { extensionAnnotationApi } from './annotation-api.ts';
import { initialAnnotatorView, type AnnotatorActions, type AnnotatorViewState, type ViewportBox } from './annotator-view.ts';
import { openNoteFrame } from './frame-sessions.ts';
import { isFocusIn, returnFocusToPage } from './focus-return.ts';
import type { AnnotationChange, EditorValues, FrameRequest, NoteEditorSession } from '../../../protocol/note-frame-wire.ts';
import { createNotesListFrame } from './notes-list-frame.ts';
import { HOST_ATTRIBUTE } from '../page-guard.ts';
import { idleScheduler } from './idle-slices.ts';
import { createPageAnnotations } from './page-annotations.ts';
import { publishPageNotes } from './page-notes-channel.ts';
import { createContextFinder } from './selection-context.ts';
import type { Result } from '../../../protocol/result.ts';
import { copyText } from '../copy-text.ts';
import { isTypingTarget } from '../reading/keyboard.ts';
import { createStore } from '../store.ts';
import { createSliceRunner } from '../time-slice.ts';
import { LOG_PREFIX } from '../log.ts';
import { pageKey } from '../../../protocol/annotation-wire.ts';
import { t } from '../../../i18n/t.ts';

const FLASH_MS = 1_500;
const COPY_FEEDBACK_MS = 2_000;

function boxOf(range: Range): ViewportBox {
  const r = range.getBoundingClientRect();
  return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
}

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
  let painted: PaintedNote[] = [];
  const rangeCache = new Map<string, { key: string; range: Range | null }>();
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
      rangeCache.clear();
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
    host?.setData({ loaded: String(loaded), notes: String(notes.length), placed: count('placed'), pending: count('pending'), orphans: count('orphan'), painted: String(painted.length) });
  };

  /** Paints every placed annotation; Ranges are kept per annotation while its place is unchanged. */
  const paint = () => {
    const idx = index;
    const { notes, places } = list.store.get();
    const next: PaintedNote[] = [];
    for (const note of notes) {
      const place = places[note.id];
      if (!idx || place?.state !== 'placed') continue;
      const key = `${place.start}:${place.end}`;
      let cached = rangeCache.get(note.id);
      if (!cached || cached.key !== key) {
        cached = { key, range: textSpanToRange(idx, place) };
        rangeCache.set(note.id, cached);
      }
      if (cached.range) next.push({ id: note.id, color: note.color, hasNote: note.note !== '', range: cached.range });
    }
    painted = next;
    highlighter.paint(painted);
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
    reportFailure(await list.create({ ...target.span, kind, color: values.color, note: values.note, tags: values.tags, context: contextAt(index, target.span.start) }));
  };

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
      if (record) void list.restore(record).then(reportFailure);
    },
    dismissNotice: () => view.set({ notice: null }),
  };

  /** The page selection as page-text offsets, or null when it holds no readable text of the article. */
  const readSelection = (): { span: TextSpan; range: Range } | null => {
    const sel = document.getSelection();
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
    const range = sel.getRangeAt(0);
    const anchor = range.commonAncestorContainer;
    const element = anchor.nodeType === 1 ? (anchor as Element) : anchor.parentElement;
    if (!element || element.closest(`[${HOST_ATTRIBUTE}]`) || isTypingTarget(element)) return null;
    try {
      const span = rangeToTextSpan(readIndex(), range);
      return span ? { span, range: range.cloneRange() } : null;
    } catch {
      return null; // a boundary in another tree (a page's own shadow DOM)
    }
  };

  const onSelectionDone = (viaKeyboard: boolean) => {
    if (view.get().popover.kind === 'editor') return;
    const found = readSelection();
    if (!found) return;
    chosen = found;
    view.set({ popover: { kind: 'toolbar', box: boxOf(found.range), viaKeyboard }, copyStatus: 'idle' });
    void ensureHost();
  };

  const fromOurHost = (event: Event) => event.composedPath().some((n) => n === host?.element);

  // The page's made-up mouse and key events do not drive the annotator (isTrusted).
  ctx.addEventListener(document, 'mouseup', (event: MouseEvent) => {
    if (!event.isTrusted || event.button !== 0 || fromOurHost(event)) return;
    ctx.setTimeout(() => onSelectionDone(false), 0);
  });
  ctx.addEventListener(document, 'keyup', (event: KeyboardEvent) => {
    if (!event.isTrusted || fromOurHost(event) || !(event.shiftKey || event.key === 'Shift')) return;
    onSelectionDone(true);
  });
  ctx.addEventListener(document, 'selectionchange', () => {
    const collapsed = document.getSelection()?.isCollapsed ?? true;
    if (collapsed && view.get().popover.kind === 'toolbar') close();
  });
  ctx.addEventListener(document, 'click', (event: MouseEvent) => {
    if (!event.isTrusted || event.button !== 0 || fromOurHost(event) || painted.length === 0) return;
    if (!(document.getSelection()?.isCollapsed ?? true)) return;
    const id = noteAtPoint(document, event.clientX, event.clientY, painted);
    const hit = painted.find((p) => p.id === id);
    if (!hit) return;
    editExisting(hit.id, boxOf(hit.range));
  });
  ctx.addEventListener(window, 'scroll', () => {
    // A fixed popover would drift away from its text: follow it while it is on screen.
    const popover = view.get().popover;
    if (popover.kind === 'none') return;
    const range = popover.kind === 'editor' && !popover.isNew ? painted.find((p) => p.id === popover.id)?.range : chosen?.range;
    if (range) view.set({ popover: { ...popover, box: boxOf(range) } });
  }, { passive: true, capture: true });

  const reveal = (id: string): boolean => {
    const target = painted.find((p) => p.id === id);
    if (!target) return false;
    target.range.startContainer.parentElement?.scrollIntoView({ block: 'center', inline: 'nearest' });
    const rect = target.range.getBoundingClientRect();
    const offset = rect.top + rect.height / 2 - window.innerHeight / 2;
    if (Math.abs(offset) > 2) window.scrollBy({ top: offset, left: 0, behavior: 'instant' });
    highlighter.flash(target.range, FLASH_MS);
    return true;
  };

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
    const target = painted.find((p) => p.id === id);
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
    if (change === 'deleted') {
      list.forget(annotation.id);
      notify(t('annotate_deleted'), annotation);
    } else {
      list.accept(annotation, newSpans.get(annotation.id) ?? null);
    }
    newSpans.delete(annotation.id);
  };

  const request = (asked: FrameRequest) => {
    switch (asked.action) {
      case 'close':
        if (asked.frame === 'editor') close();
        return;
      case 'draft': {
        const popover = view.get().popover;
        if (asked.frame === 'editor' && popover.kind === 'editor') drafts.set(popover.draftKey, asked.values);
        return;
      }
      case 'resize':
        if (asked.frame === 'notes') notesList.resize(asked.height);
        else view.set({ editorHeight: asked.height });
        return;
      case 'reveal':
        reveal(asked.id);
        return;
      case 'edit':
        editFromList(asked.id);
        return;
      case 'reattach':
        reattach(asked.id);
        return;
    }
  };

  ctx.onInvalidated(() => {
    unpublish();
    list.dispose();
    highlighter.dispose();
    host?.remove();
  });

  /** Places the listed annotations on the page as it reads now (read in short slices); `fresh` reads even when a read exists. */
  const place = async (listed: Result<Annotation[]>, fresh: boolean) => {
    if (!ctx.isValid) return;
    if (!listed.ok) {
      console.warn(LOG_PREFIX, 'could not list this page’s annotations:', listed.error);
      return;
    }
    if (listed.value.length === 0 || (index && !fresh)) return;
    const runner = createSliceRunner(() => !ctx.isValid);
    const version = model.version();
    const read = await runner.run(readPageInSteps(document));
    runner.finish();
    if (!read || !ctx.isValid) return;
    model.remember(read, version);
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
  // WXT's event comes from the Navigation API's navigate, before a pushState has changed
  // location.href: look once the page's task (which also swaps the article) is over.
  ctx.addEventListener(window, 'wxt:locationchange', () => ctx.setTimeout(followLocation, 0));
  ctx.addEventListener(window, 'popstate', followLocation);
  // The same safety net as the reading view's watcher, for navigations no event reports.
  ctx.setInterval(followLocation, 1_000);
  // The page may have been opened just now (by the popup): wait for the annotations to be placed.
  return { reveal: (id) => loaded.then(() => reveal(id)), changed, request };
}
