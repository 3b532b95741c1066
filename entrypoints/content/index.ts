/**
 * The content script: on a speech page, highlights the points and offers the
 * outline panel; on any other page it adds nothing. It may be injected more
 * than once into the same page (the manifest, registered scripts for granted
 * sites, a one-off run through activeTab): WXT's context stops the older copy,
 * and a copy that finds an earlier one reads the page again with the panel open.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createTabRouter } from '../../protocol/tab-messages.ts';
import { setupTabHandlers } from './tab-handlers.ts';
import { createPageModel } from './page-model.ts';
import { uiLanguageReady } from '../../i18n/ui-language.ts';
import { IDLE_MEASURE, recordSlice } from './time-slice.ts';
import { LOG_PREFIX } from './log.ts';
import { contentScriptMatches } from '../../sites/speech-sites.ts';
import { startAnnotator } from './annotate/annotator.ts';
import { startReadingSession, type ReadingSession } from './reading/reading-session.ts';

/** Where a copy of this script leaves its session, for a later copy to find (the isolated world's window). */
const SESSION_KEY = Symbol.for('speech-outline.reading-session');

type SessionSlot = { [SESSION_KEY]?: ReadingSession };

export default defineContentScript({
  matches: contentScriptMatches(import.meta.env.MODE),
  runAt: 'document_idle',
  main(ctx) {
    const began = performance.now();
    // The page must never see an error from us: one console line, then silence.
    try {
      const slot = window as unknown as SessionSlot;
      const previous = slot[SESSION_KEY];
      if (previous?.isAlive()) {
        previous.refresh();
        previous.setPanelOpen(true);
        return;
      }
      // Started now so the panel and the toolbar find the reader's language loaded.
      void uiLanguageReady();
      const model = createPageModel(document);
      ctx.onInvalidated(() => model.dispose());
      const session = startReadingSession(ctx, model, { openPanel: previous !== undefined });
      slot[SESSION_KEY] = session;
      const annotator = startAnnotator(ctx, model);
      const router = createTabRouter();
      setupTabHandlers(router, { runCommand: (command) => session.runCommand(command), reveal: annotator.reveal, showPoint: (index, marker, title) => session.showPoint(index, marker, title) });
      ctx.onInvalidated(router.listen());
    } catch (error) {
      console.warn(LOG_PREFIX, 'could not start on this page:', error);
    } finally {
      recordSlice(began, IDLE_MEASURE);
    }
  },
});
