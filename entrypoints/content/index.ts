/**
 * The content script as the browser injects it: a small loader. It only
 * decides whether to start and imports the main part (entrypoints/content-main.ts),
 * which the browser fetches and compiles off the page's main thread; the main
 * part starts after the page's load event, in an idle moment. So the page's
 * own load does not pay for parsing the reading and annotating code.
 *
 * It may be injected more than once into the same page (the manifest,
 * registered scripts for granted sites, a one-off run through activeTab):
 * WXT's context stops the older copy, and a copy that finds an earlier one
 * reads the page again with the panel open.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { afterPageLoad, IDLE_MEASURE, recordSlice } from './time-slice.ts';
import { LOG_PREFIX } from './log.ts';
import { contentScriptMatches } from '../../sites/speech-sites.ts';
import { isolatedSlots, SESSION_KEY, START_KEY, STARTING_KEY, takeRunHereMark, type IsolatedSlots } from './isolated-slots.ts';

/** The main part as built (WXT names an unlisted script after its file); web-accessible, in Chromium only through the dynamic URL. */
export const CONTENT_MAIN_FILE = '/content-main.js';

// Runs before WXT builds this copy's context, whose constructor tells older copies to stop.
isolatedSlots()[STARTING_KEY] = true;

/**
 * WXT stops an older copy when a "content script started" event reaches the
 * document; its name is the same for every install, so a page could replay it
 * and switch the extension off. Such an event is only let through while a copy
 * of ours is starting (a flag in the isolated world's globals).
 */
function ignoreReplayedStartEvents(slots: IsolatedSlots): void {
  const type = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string }).SCRIPT_STARTED_MESSAGE_TYPE;
  window.addEventListener(type, (event) => {
    if (!slots[STARTING_KEY]) event.stopImmediatePropagation();
  }, { capture: true });
}

/** Imports the main part; resolves once it has left its start function in the isolated world (at once when a copy already did). */
async function importMainPart(): Promise<void> {
  await import(/* @vite-ignore */ browser.runtime.getURL(CONTENT_MAIN_FILE));
}

export default defineContentScript({
  matches: contentScriptMatches(import.meta.env.MODE),
  runAt: 'document_idle',
  main(ctx) {
    const began = performance.now();
    // The page must never see an error from us: one console line, then silence.
    try {
      const slots = isolatedSlots();
      slots[STARTING_KEY] = false;
      ignoreReplayedStartEvents(slots);
      const previous = slots[SESSION_KEY];
      // Started by 在此页运行: a page without an outline then shows its notes panel at once.
      const ranHere = takeRunHereMark();
      if (previous?.isAlive()) {
        previous.refresh();
        previous.setPanelOpen(true);
        return;
      }
      // Fetched and compiled now, off the main thread; started once the page's own load is over and the page is idle.
      void Promise.all([importMainPart(), afterPageLoad()]).then(() => {
        const start = slots[START_KEY];
        if (!ctx.isValid) return;
        if (start) start(ctx, { openPanel: previous !== undefined, ranHere });
        else console.warn(LOG_PREFIX, 'could not start on this page: the main part did not load');
      }, (error: unknown) => console.warn(LOG_PREFIX, 'could not start on this page:', error));
    } catch (error) {
      console.warn(LOG_PREFIX, 'could not start on this page:', error);
    } finally {
      recordSlice(began, IDLE_MEASURE);
    }
  },
});
