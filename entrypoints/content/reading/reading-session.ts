/**
 * The reading view of one page: reads the outline, paints the points, keeps
 * the panel's state, follows the page as it changes and answers the reader's
 * keys and commands. One session per page; it stops with its `ctx`.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { OutlineDocument } from '../../../core/index.ts';
import { createHighlightPainter, type HighlightPainter, type PaintedPoint } from '../../../dom/highlight-painter.ts';
import { pointRangesInSteps, pointSpan } from '../../../dom/highlight-ranges.ts';
import { runSteps } from '../../../dom/index.ts';
import { rangeInBlock } from '../../../dom/block-ranges.ts';
import { detectPageTheme } from '../../../dom/page-theme.ts';
import { sendMessage } from '../../../protocol/send.ts';
import type { ReadingCommand } from '../../../protocol/reading-commands.ts';
import { commandForKeyEvent } from './keyboard.ts';
import { stepPoint } from './point-navigation.ts';
import { readSpeechPageInSteps, type ReadPage } from './read-outline.ts';
import type { PageModel } from '../page-model.ts';
import { loadReadingSettings, saveReadingSettings } from '../../../storage/reading-settings.ts';
import { createStore } from '../store.ts';
import { createSliceRunner, recordSlice } from '../time-slice.ts';
import { initialViewState, type ReadingActions } from './view-state.ts';
import { LOG_PREFIX, SCAN_MEASURE } from '../log.ts';
import { createPanelCommands } from './panel-commands.ts';
import { createCheckCommands } from './numbering-check.ts';
import { mountPanelHost, type PanelHost } from './panel-host.tsx';
import { notesOnlyPage, watchNotesOnly, wantsNotesOnly } from './notes-only.ts';
import { watchPage } from './page-watch.ts';
import { startScrollSpy } from './scroll-spy.ts';

/** How long a jumped-to point flashes. */
const FLASH_MS = 1_000;

/** How much of a speech's first block 跳到开头 centres and flashes. */
const SECTION_START_CHARS = 60;

/** What the content script's entry and its message listener can ask of a running session. */
export interface ReadingSession {
  /** False once the extension reloaded or a newer copy of the script took over. */
  isAlive(): boolean;
  /** Reads the page again, in slices starting now; a read still running is dropped. */
  refresh(): void;
  /** Runs a reader's command; false when the page has no outline to act on. */
  runCommand(command: ReadingCommand): boolean;
  setPanelOpen(open: boolean): void;
  /** The outline as last sent to the background (null on a page that is not a speech): the background reads it again after evicting its copy. */
  currentOutline(): { outline: OutlineDocument; count: number } | null;
  /**
   * Scrolls to point `index` of the outline (document order, as the popup lists
   * them) and flashes it; when the page was re-read meanwhile and that index now
   * holds another point, the first point with the same marker and title. False
   * when there is no such point.
   */
  showPoint(index: number, marker: string, title: string): boolean;
}

/** Starts the reading view on the current document. */
export function startReadingSession(ctx: ContentScriptContext, model: PageModel, options: { openPanel?: boolean; ranHere?: boolean } = {}): ReadingSession {
  const store = createStore(initialViewState());
  let read: ReadPage | null = null;
  /** Each point's marker+title Range, made when first needed (a jump, the scroll spy). */
  let anchors: Array<Range | null | undefined> = [];
  /** Bumped by every read: a read that is no longer the latest stops at its next pause. */
  let generation = 0;
  let painter: HighlightPainter | null = null;
  let host: PanelHost | null = null;
  let hostPending: Promise<PanelHost | null> | null = null;
  let settingsLoaded = false;
  let lastSent = '';
  /** A read has finished: before it, notes listed early must not put up a notes-only panel on what may be a speech. */
  let readOnce = false;
  /** From the start of the last read to its paint, pauses included (reported on the host as data-read-ms). */
  let lastReadMs = 0;
  /** How many points the last paint highlighted (data-highlighted). */
  let paintedCount = 0;
  const commands = createPanelCommands(ctx, store, () => read?.outline ?? null, () => host?.shadow ?? null);

  const persist = () => {
    // The notes-only panel's open or closed is not the outline panel's remembered setting.
    if (!read) return;
    const { highlights, panelOpen } = store.get();
    void saveReadingSettings({ highlights, panelOpen });
  };

  /** Paints the outline's points, with their Ranges when made beforehand in slices (`readInSlices`), else made now. */
  const paint = (made?: readonly PaintedPoint[]) => {
    if (!read || !painter) return;
    const { page, outline } = read;
    const p = painter;
    let painted = 0;
    if (store.get().highlights) {
      const points = made ?? runSteps(pointRangesInSteps(page, outline.points));
      for (const point of points) if (point.marker || point.title) painted++;
      watch.ignoring(() => p.paint(points));
    } else {
      watch.ignoring(() => p.clear());
    }
    paintedCount = painted;
    host?.setData({ highlighted: String(painted) });
  };

  const sendOutline = async () => {
    if (!read) return;
    const { document: doc, signature } = read.outline;
    const key = `${doc.url ?? ''}\n${signature}`;
    if (key === lastSent) return;
    lastSent = key;
    const reply = await sendMessage('outline/found', { outline: doc, count: read.outline.points.length });
    if (!reply.ok && ctx.isValid) console.warn(LOG_PREFIX, 'background refused the outline:', reply.error);
  };

  /** The background forgets this tab's outline and clears the badge, if it was told of one. */
  const sendGone = async () => {
    if (lastSent === '') return;
    lastSent = '';
    const reply = await sendMessage('outline/gone', {});
    if (!reply.ok && ctx.isValid) console.warn(LOG_PREFIX, 'background did not clear the outline:', reply.error);
  };

  const anchorAt = (id: number): Range | null => {
    let range = anchors[id];
    if (range === undefined && read) {
      const point = read.outline.points[id];
      range = point ? pointSpan(read.page, point.at) : null;
      anchors[id] = range;
    }
    return range ?? null;
  };

  const ensureHost = async (): Promise<PanelHost | null> => {
    if (host) {
      host.ensureMounted();
      return host;
    }
    hostPending ??= mountPanelHost(ctx, store, actions).then(
      (h) => {
        // The page may have stopped being a speech (and has no notes to show) while the host was being made.
        if (!ctx.isValid || (!read && !wantsNotesOnly())) {
          h.remove();
          hostPending = null;
          return null;
        }
        host = h;
        return h;
      },
      (error: unknown) => {
        console.warn(LOG_PREFIX, 'could not show the outline panel:', error);
        return null;
      },
    );
    return hostPending;
  };

  const describeHost = () => {
    if (!host || !read) return;
    host.setData({
      points: String(read.outline.points.length),
      sections: String(read.outline.sections.length),
      painter: painter?.kind ?? null,
      theme: store.get().theme,
      open: String(store.get().panelOpen),
      current: String(store.get().current),
      'read-ms': lastReadMs.toFixed(1),
      highlighted: String(paintedCount),
    });
  };

  const forget = () => {
    readOnce = true;
    read = null;
    anchors = [];
    if (painter) watch.ignoring(() => painter?.dispose());
    painter = null;
    store.set({ outline: null, current: -1, keywords: null });
    // A page without an outline keeps the panel for its notes (NotesOnlyPanel), else nothing of ours stays.
    if (wantsNotesOnly()) showNotesOnly();
    else dropHost();
    void sendGone();
  };

  const dropHost = () => {
    host?.remove();
    host = null;
    hostPending = null;
  };

  /** No outline here: the panel shows only this page's notes, closed to its tab unless the reader ran the extension here. */
  const showNotesOnly = () => {
    if (!host && !hostPending) store.set({ panelOpen: notesOnlyPage.get().ranHere, theme: detectPageTheme(document.body) });
    void ensureHost();
  };

  /**
   * Reads the page in slices of a few milliseconds (the DOM walk pauses every
   * few hundred nodes, the engine after each speech), then paints in one step.
   * A newer read, or the end of the extension's context, stops an older one.
   */
  const readInSlices = async (mine: number) => {
    const began = performance.now();
    const slices = createSliceRunner(() => mine !== generation || !ctx.isValid);
    try {
      // The wrapping fallback's elements would split the text nodes the page is read from.
      if (painter?.kind === 'wrap') watch.ignoring(() => painter?.clear());
      const version = model.version();
      const next = await slices.run(readSpeechPageInSteps(document, location.href));
      if (mine !== generation || !ctx.isValid) return;
      if (!next) {
        forget();
        return;
      }
      // Painting gets slices of its own: the engine's last step may have used this one up.
      if (!(await slices.pause())) return;
      // The highlights' Ranges in steps: creating 1,000+ of them on a 100,000-element page is no one-slice job.
      let made: PaintedPoint[] | undefined;
      if (store.get().highlights) {
        const ranges = await slices.run(pointRangesInSteps(next.page, next.outline.points));
        if (!ranges || !(await slices.pause())) return;
        made = ranges;
      }
      // The annotator finds this read (and its outline) in the model instead of reading again.
      model.remember(next.page, version, next.extracted);
      commands.carryKeywords(read?.outline ?? null, next.outline);
      read = next;
      readOnce = true;
      anchors = [];
      const theme = detectPageTheme(next.page.root);
      if (painter) painter.setTheme(theme);
      else painter = createHighlightPainter(document, theme);
      const { current } = store.get();
      store.set({ outline: next.outline, theme, current: current < next.outline.points.length ? current : -1 });
      paint(made);
      slices.finish();
      lastReadMs = performance.now() - began;
      recordSlice(began, SCAN_MEASURE);
      void ensureHost().then(describeHost);
      spy.schedule();
      commands.loadKeywords();
      // Sending clones the whole outline: a task of its own.
      if (await slices.pause()) {
        void sendOutline();
        slices.finish();
      }
    } catch (error) {
      console.warn(LOG_PREFIX, 'could not read the outline of this page:', error);
    } finally {
      slices.finish();
    }
  };

  const refresh = () => {
    if (!ctx.isValid || !settingsLoaded) return;
    void readInSlices(++generation);
  };

  /** Scrolls `range` to the middle of the window and flashes it: a point's marker and title, or a numbering finding's marker. */
  const reveal = (range: Range) => {
    if (!painter) return;
    const el = range.startContainer.parentElement;
    // Reveal the paragraph inside any scroll container, then centre the point itself in the window.
    el?.scrollIntoView({ block: 'center', inline: 'nearest' });
    const rect = range.getBoundingClientRect();
    const offset = rect.top + rect.height / 2 - window.innerHeight / 2;
    if (Math.abs(offset) > 2) window.scrollBy({ top: offset, left: 0, behavior: 'instant' });
    const p = painter;
    watch.ignoring(() => p.flash(range, FLASH_MS));
  };

  const goToPoint = (id: number) => {
    const range = anchorAt(id);
    if (!range || !painter) return;
    reveal(range);
    spy.pin(id);
  };
  /** 跳到开头 of speech `index`: its heading (or first paragraph) to the middle of the window, flashed. */
  const goToSection = (index: number) => {
    const block = read?.outline.sections[index]?.startBlock;
    const text = block === undefined ? undefined : read?.page.blocks[block]?.text;
    if (block === undefined || !text || !read) return;
    // A heading whole; of a first paragraph only its opening words, so they land mid-window rather than the paragraph's middle.
    const range = rangeInBlock(read.page, block, 0, Math.min(text.length, SECTION_START_CHARS));
    if (range) reveal(range);
  };
  const check = createCheckCommands(store, () => read, reveal);

  const setPanelOpen = (open: boolean) => {
    store.set({ panelOpen: open });
    if (open) {
      host?.renderPanel();
      commands.loadKeywords();
    }
    describeHost();
    persist();
  };

  const actions: ReadingActions = {
    setPanelOpen,
    setHighlights(on) {
      store.set({ highlights: on });
      paint();
      persist();
    },
    setLevelOneOnly(on) {
      store.set({ levelOneOnly: on });
    },
    goToPoint,
    copyOutline: () => commands.copy('text'),
    copyMarkdown: () => commands.copy('markdown'),
    copySection: (index, kind) => commands.copySection(index, kind),
    openExport: () => commands.openExport(),
    goToSection,
    exportSection: (index) => commands.exportSection(index),
    saveSection: (index) => commands.saveSection(index),
    checkNumbering: (scheme) => check.check(scheme),
    goToFinding: (index) => check.goToFinding(index),
  };

  const runCommand = (command: ReadingCommand): boolean => {
    if (!read) {
      // Alt+O (and the browser's command) opens the notes-only panel too; the other commands need an outline.
      if (command !== 'toggle-panel' || !host) return false;
      setPanelOpen(!store.get().panelOpen);
      return true;
    }
    const { current, panelOpen, highlights } = store.get();
    switch (command) {
      case 'toggle-panel':
        setPanelOpen(!panelOpen);
        break;
      case 'toggle-highlights':
        actions.setHighlights(!highlights);
        break;
      default: {
        const direction = command === 'next-point' || command === 'next-top-point' ? 'next' : 'prev';
        const topLevelOnly = command === 'next-top-point' || command === 'prev-top-point';
        const target = stepPoint(read.outline.points, current, direction, topLevelOnly);
        if (target >= 0) goToPoint(target);
      }
    }
    return true;
  };

  const watch = watchPage(ctx, document, { contentRoot: () => read?.page.root ?? null, host: () => host?.element ?? null }, refresh);
  const spy = startScrollSpy(ctx, () => read?.outline.points.length ?? 0, anchorAt, () => store.get().current, (id) => {
    store.set({ current: id });
    host?.setData({ current: String(id) });
  });

  ctx.addEventListener(window, 'keydown', (event: KeyboardEvent) => {
    // A keydown a page script dispatched (a synthetic Alt+H) is not the reader's.
    if ((!read && !host) || event.defaultPrevented || !event.isTrusted) return;
    const command = commandForKeyEvent(event);
    // Without an outline only Alt+O means something (the notes-only panel); the page keeps the other keys.
    if (!command || (!read && command !== 'toggle-panel')) return;
    event.preventDefault();
    runCommand(command);
  }, { capture: true });

  ctx.onInvalidated(() => {
    commands.dispose();
    painter?.dispose();
    painter = null;
    read = null;
  });

  if (options.ranHere) notesOnlyPage.set({ ranHere: true });
  // The first note made (or the last deleted) on a page without an outline shows (or drops) its panel.
  watchNotesOnly(ctx, () => {
    if (!readOnce || read || !ctx.isValid) return;
    if (wantsNotesOnly()) showNotesOnly();
    else dropHost();
  });

  void loadReadingSettings().then((settings) => {
    if (!ctx.isValid) return;
    store.set({ highlights: settings.highlights, panelOpen: options.openPanel || settings.panelOpen });
    settingsLoaded = true;
    refresh();
    if (options.openPanel) void ensureHost().then((h) => h?.renderPanel());
  });

  return {
    isAlive: () => ctx.isValid,
    refresh,
    currentOutline: () => (read && lastSent !== '' ? { outline: read.outline.document, count: read.outline.points.length } : null),
    runCommand,
    setPanelOpen(open) {
      if (!read) {
        // Run here again on a page without an outline: its notes panel, opened.
        if (!open) return;
        notesOnlyPage.set({ ranHere: true });
        store.set({ panelOpen: true });
        void ensureHost().then((h) => h?.renderPanel());
        return;
      }
      if (open) void ensureHost().then((h) => h?.renderPanel());
      setPanelOpen(open);
    },
    showPoint(index, marker, title) {
      if (!read) return false;
      const points = read.outline.points;
      const same = (p: { marker: string; title: string } | undefined) => p !== undefined && p.marker === marker && p.title === title;
      const id = same(points[index]) ? index : points.findIndex(same);
      if (id < 0) return false;
      goToPoint(id);
      return true;
    },
  };
}
