/**
 * The in-page annotator: a toolbar over the reader's selection (highlight in
 * a colour, note, 金句, copy the clean text), the page's annotations painted
 * with CSS highlights and re-anchored on every visit, editing by clicking a
 * highlight, and `annotation/reveal` from the popup. The DOM work is in dom/
 * (offsets, highlighter), the list and its anchoring in entrypoints/content/annotate/, the
 * UI in ./ui/; this file wires them to the page and `ctx`.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Annotation, AnnotationKind, OutlineContext } from '../../../core/annotation-types.ts';
import { ANNOTATOR_HOST_TAG, mountAnnotatorHost, type AnnotatorHost } from './ui/annotator-host.tsx';
import { indexRuns, rangeToTextSpan, textSpanToRange, type RunIndex, type TextSpan } from '../../../dom/annotation-offsets.ts';
import { createNoteHighlighter, noteAtPoint, type PaintedNote } from '../../../dom/annotation-highlighter.ts';
import { readPageInSteps, type PageText } from '../../../dom/index.ts';
import type { PageModel } from '../page-model.ts';
import { detectPageTheme } from '../../../dom/page-theme.ts';
import { extensionAnnotationApi } from './annotation-api.ts';
import { initialAnnotatorView, type AnnotatorActions, type AnnotatorViewState, type EditorValues, type ViewportBox } from './annotator-view.ts';
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
}

/** Starts the annotator on the current document; it stops with `ctx`. */
export function startAnnotator(ctx: ContentScriptContext, model: PageModel): RunningAnnotator {
  const view = createStore<AnnotatorViewState>(initialAnnotatorView());
  const selection = createStore({ available: false });
  const list = createPageAnnotations({ api: extensionAnnotationApi, url: pageKey(location.href), pageTitle: () => document.title, schedule: idleScheduler(ctx) });
  const highlighter = createNoteHighlighter(document, 'light');
  let index: RunIndex | null = null;
  let host: AnnotatorHost | null = null;
  let hostPending: Promise<AnnotatorHost | null> | null = null;
  /** The selection the toolbar or new-note editor acts on, taken when it was shown. */
  let chosen: { span: TextSpan; range: Range } | null = null;
  let painted: PaintedNote[] = [];
  const rangeCache = new Map<string, { key: string; range: Range | null }>();
  let copyTimer = 0;

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
    hostPending ??= mountAnnotatorHost(ctx, { view, notes: list.store, actions, selectedText: () => (chosen && index ? index.text.slice(chosen.span.start, chosen.span.end) : '') }).then(
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
    view.set({ popover: { kind: 'none' }, copyStatus: 'idle' });
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
    compose() {
      if (!chosen) return;
      view.set({ popover: { kind: 'compose', box: boxOf(chosen.range), color: 'yellow', golden: false } });
    },
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
    saveNew: (values) => void create(values.golden ? 'golden' : values.note ? 'note' : 'highlight', values),
    saveEdit(id, values) {
      close();
      const kind: AnnotationKind = values.golden ? 'golden' : values.note ? 'note' : 'highlight';
      void list.update(id, { note: values.note, tags: values.tags, color: values.color, kind }).then(reportFailure);
    },
    remove(id) {
      close();
      void list.remove(id).then((removed) => (removed.ok ? notify(t('annotate_deleted'), removed.value) : reportFailure(removed)));
    },
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
    if (!element || element.closest(ANNOTATOR_HOST_TAG) || isTypingTarget(element)) return null;
    try {
      const span = rangeToTextSpan(readIndex(), range);
      return span ? { span, range: range.cloneRange() } : null;
    } catch {
      return null; // a boundary in another tree (a page's own shadow DOM)
    }
  };

  const onSelectionDone = (viaKeyboard: boolean) => {
    const popover = view.get().popover.kind;
    if (popover === 'compose' || popover === 'edit') return;
    const found = readSelection();
    selection.set({ available: found !== null });
    if (!found) return;
    chosen = found;
    view.set({ popover: { kind: 'toolbar', box: boxOf(found.range), viaKeyboard }, copyStatus: 'idle' });
    void ensureHost();
  };

  const fromOurHost = (event: Event) => event.composedPath().some((n) => n === host?.element);

  ctx.addEventListener(document, 'mouseup', (event: MouseEvent) => {
    if (event.button !== 0 || fromOurHost(event)) return;
    ctx.setTimeout(() => onSelectionDone(false), 0);
  });
  ctx.addEventListener(document, 'keyup', (event: KeyboardEvent) => {
    if (fromOurHost(event) || !(event.shiftKey || event.key === 'Shift')) return;
    onSelectionDone(true);
  });
  ctx.addEventListener(document, 'selectionchange', () => {
    const collapsed = document.getSelection()?.isCollapsed ?? true;
    if (collapsed) {
      selection.set({ available: false });
      if (view.get().popover.kind === 'toolbar') close();
    } else {
      selection.set({ available: true });
    }
  });
  ctx.addEventListener(document, 'click', (event: MouseEvent) => {
    if (event.button !== 0 || fromOurHost(event) || painted.length === 0) return;
    if (!(document.getSelection()?.isCollapsed ?? true)) return;
    const id = noteAtPoint(document, event.clientX, event.clientY, painted);
    const hit = painted.find((p) => p.id === id);
    if (!hit) return;
    view.set({ popover: { kind: 'edit', id: hit.id, box: boxOf(hit.range) } });
    void ensureHost();
  });
  ctx.addEventListener(window, 'scroll', () => {
    // A fixed popover would drift away from its text: follow it while it is on screen.
    const popover = view.get().popover;
    if (popover.kind === 'none') return;
    const range = popover.kind === 'edit' ? painted.find((p) => p.id === popover.id)?.range : chosen?.range;
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

  const unpublish = publishPageNotes({
    notes: list.store,
    selection,
    actions: {
      reveal: (id) => void reveal(id),
      edit(id) {
        const target = painted.find((p) => p.id === id);
        if (target) reveal(id);
        view.set({ popover: { kind: 'edit', id, box: target ? boxOf(target.range) : { left: 24, top: 24, right: 24, bottom: 24 } } });
        void ensureHost();
      },
      reattach,
    },
  });

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
  return { reveal: (id) => loaded.then(() => reveal(id)) };
}
