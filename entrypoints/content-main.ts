/**
 * The content script's main part: reading, highlighting, the panel, the
 * annotator and the tab's message handlers. The loader (entrypoints/content/)
 * imports it as a module — fetched and compiled off the page's main thread —
 * and starts it once the page has loaded, so the page's own load never waits
 * for this code to be parsed. Evaluating it only leaves its start function in
 * the isolated world's globals (isolated-slots.ts) for the loader to call.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createTabRouter } from '../protocol/tab-messages.ts';
import { setupTabHandlers } from './content/tab-handlers.ts';
import { createPageModel } from './content/page-model.ts';
import { contentWordsReady } from './content/content-words.ts';
import { recordSlice, START_MEASURE } from './content/time-slice.ts';
import { LOG_PREFIX } from './content/log.ts';
import { startAnnotator } from './content/annotate/annotator.ts';
import { startReadingSession } from './content/reading/reading-session.ts';
import { isolatedSlots, SESSION_KEY, START_KEY, type StartOptions } from './content/isolated-slots.ts';

/** Starts reading, annotating and answering the extension's messages on this page (after its load). */
function start(ctx: ContentScriptContext, { openPanel, ranHere }: StartOptions): void {
  const began = performance.now();
  try {
    // Asked now (from the background, never the browser's synchronous bundle) so the panel and the toolbar find their words loaded.
    void contentWordsReady();
    const model = createPageModel(document);
    ctx.onInvalidated(() => model.dispose());
    const session = startReadingSession(ctx, model, { openPanel, ranHere });
    isolatedSlots()[SESSION_KEY] = session;
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

export default defineUnlistedScript(() => {
  isolatedSlots()[START_KEY] = start;
});
