/**
 * The content script: on a speech page, highlights the points and offers the
 * outline panel; on any other page it adds nothing. It may be injected more
 * than once into the same page (the manifest, registered scripts for granted
 * sites, a one-off run through activeTab): WXT's context stops the older copy,
 * and a copy that finds an earlier one reads the page again with the panel open.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createTabRouter } from '../../protocol/tab-messages.ts';
import { setupTabHandlers } from './tab-handlers.ts';
import { createPageModel } from './page-model.ts';
import { contentWordsReady } from './content-words.ts';
import { afterPageLoad, IDLE_MEASURE, recordSlice, START_MEASURE } from './time-slice.ts';
import { LOG_PREFIX } from './log.ts';
import { contentScriptMatches } from '../../sites/speech-sites.ts';
import { startAnnotator } from './annotate/annotator.ts';
import { startReadingSession, type ReadingSession } from './reading/reading-session.ts';
import { takeRunHereMark } from './reading/notes-only.ts';

/** Where a copy of this script leaves its session, for a later copy to find (the isolated world's window). */
const SESSION_KEY = Symbol.for('speech-outline.reading-session');

/** Set (in the isolated world, which page scripts cannot see) while a newer copy of this script starts. */
const STARTING_KEY = Symbol.for('speech-outline.copy-starting');

type SessionSlot = { [SESSION_KEY]?: ReadingSession; [STARTING_KEY]?: boolean };

// Runs before WXT builds this copy's context, whose constructor tells older copies to stop.
(window as unknown as SessionSlot)[STARTING_KEY] = true;

/**
 * WXT stops an older copy when a "content script started" event reaches the
 * document; its name is the same for every install, so a page could replay it
 * and switch the extension off. Such an event is only let through while a copy
 * of ours is starting (a flag in the isolated world's globals).
 */
function ignoreReplayedStartEvents(slot: SessionSlot): void {
  const type = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string }).SCRIPT_STARTED_MESSAGE_TYPE;
  window.addEventListener(type, (event) => {
    if (!slot[STARTING_KEY]) event.stopImmediatePropagation();
  }, { capture: true });
}

/** Starts reading, annotating and answering the extension's messages on this page (after its load). */
function start(ctx: ContentScriptContext, openPanel: boolean, ranHere: boolean): void {
  const began = performance.now();
  try {
    const slot = window as unknown as SessionSlot;
    // Asked now (from the background, never the browser's synchronous bundle) so the panel and the toolbar find their words loaded.
    void contentWordsReady();
    const model = createPageModel(document);
    ctx.onInvalidated(() => model.dispose());
    const session = startReadingSession(ctx, model, { openPanel, ranHere });
    slot[SESSION_KEY] = session;
    const annotator = startAnnotator(ctx, model);
    const router = createTabRouter();
    setupTabHandlers(router, { runCommand: (command) => session.runCommand(command), reveal: annotator.reveal, changed: annotator.changed, request: annotator.request, currentOutline: () => session.currentOutline(), showPoint: (index, marker, title) => session.showPoint(index, marker, title) });
    ctx.onInvalidated(router.listen());
  } catch (error) {
    console.warn(LOG_PREFIX, 'could not start on this page:', error);
  } finally {
    recordSlice(began, START_MEASURE);
  }
}

export default defineContentScript({
  matches: contentScriptMatches(import.meta.env.MODE),
  runAt: 'document_idle',
  main(ctx) {
    const began = performance.now();
    // The page must never see an error from us: one console line, then silence.
    try {
      const slot = window as unknown as SessionSlot;
      slot[STARTING_KEY] = false;
      ignoreReplayedStartEvents(slot);
      const previous = slot[SESSION_KEY];
      // Started by 在此页运行: a page without an outline then shows its notes panel at once.
      const ranHere = takeRunHereMark();
      if (previous?.isAlive()) {
        previous.refresh();
        previous.setPanelOpen(true);
        return;
      }
      // The page's own load comes first: everything else starts once it is over and the page is idle.
      void afterPageLoad().then(() => {
        if (ctx.isValid) start(ctx, previous !== undefined, ranHere);
      });
    } catch (error) {
      console.warn(LOG_PREFIX, 'could not start on this page:', error);
    } finally {
      recordSlice(began, IDLE_MEASURE);
    }
  },
});
