/**
 * Where the content script runs beyond the curated sites: once on the current
 * page when asked (popup button, context menu, keyboard command — each grants
 * `activeTab`), and always on sites the user granted.
 */
import { browser, type Browser } from 'wxt/browser';
import { fail, ok, type Result } from '../../protocol/result.ts';
import type { BackgroundHandlers, BackgroundRouter } from '../../protocol/background-messages.ts';
import { originOf, originPattern } from '../../sites/site-patterns.ts';
import type { OutlineStore } from './outline-store.ts';
import { setupUiLanguage } from './ui-language.ts';
import { CONTENT_SCRIPT_FILE, browserSiteScriptApis, reconcileSiteScripts, registerSiteScript, revokeSite, type SiteScriptApis } from './site-scripts.ts';
import { t } from '../../i18n/t.ts';

/** Context-menu item ids. */
export const MENU_RUN_ONCE = 'run-once';
export const MENU_ALWAYS_RUN = 'always-run';

/** How long run-once waits for the injected script to report an outline. */
const OUTLINE_WAIT_MS = 2_500;

type TabsMv2 = { executeScript?(tabId: number, details: { file?: string; code?: string; runAt?: string }): Promise<unknown> };

/**
 * Leaves the content script's "run here" mark in the tab's isolated world (the
 * page's own scripts cannot see it): a page that is not a speech then opens
 * its notes panel, so the reader sees that highlights and notes work there.
 * Self-contained: it is serialised and run in the tab. The key is
 * entrypoints/content/isolated-slots.ts's RUN_HERE_KEY.
 */
function markRunHere(): void {
  (globalThis as unknown as Record<symbol, boolean>)[Symbol.for('speech-outline.run-here')] = true;
}

/**
 * Runs the content script once in `tabId`'s top frame. MV3 uses `scripting`;
 * Firefox's MV2 build may only have `tabs.executeScript`.
 */
export async function injectContentScript(tabId: number): Promise<void> {
  if (browser.scripting?.executeScript) {
    await browser.scripting.executeScript({ target: { tabId }, func: markRunHere });
    await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
    return;
  }
  const tabs = browser.tabs as unknown as TabsMv2;
  if (!tabs.executeScript) throw new Error('this browser cannot run scripts on demand');
  await tabs.executeScript(tabId, { code: `(${markRunHere.toString()})();`, runAt: 'document_idle' });
  await tabs.executeScript(tabId, { file: CONTENT_SCRIPT_FILE, runAt: 'document_idle' });
}

/** Resolves true once `store` holds an outline for `tabId`, false after `timeoutMs`. */
async function waitForOutline(store: OutlineStore, tabId: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await store.get(tabId)) return true;
    if (Date.now() >= deadline) return false;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Runs the content script once on a tab and reports whether it found an outline there. */
export async function runOnTab(store: OutlineStore, tabId: number, timeoutMs = OUTLINE_WAIT_MS): Promise<Result<{ outlineFound: boolean }>> {
  try {
    await injectContentScript(tabId);
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
  return ok({ outlineFound: await waitForOutline(store, tabId, timeoutMs) });
}

/**
 * The answers to the activation messages (the router lets only extension
 * pages send them). Always-run trusts only a permission the browser confirms:
 * asking for it needs a user gesture, so the page asked before sending this.
 */
export function activationHandlers(store: OutlineStore, given?: SiteScriptApis): BackgroundHandlers {
  // Looked up when a message comes: a browser (or a test's fake) may lack some of them at start-up.
  const apis = () => given ?? browserSiteScriptApis();
  return {
    'activation/run-once': ({ tabId }) => runOnTab(store, tabId),
    async 'activation/always-run'({ origin }) {
      const pattern = originPattern(origin);
      if (!(await browser.permissions.contains({ origins: [pattern] }))) return fail(`no permission for ${pattern}`);
      await registerSiteScript(pattern, apis());
      return ok({ pattern });
    },
    async 'activation/revoke'({ pattern }) {
      return ok({ pattern, ...(await revokeSite(pattern, apis())) });
    },
  };
}

/** The options page, asking to grant `origin` and then to run on `tabId`. */
export function grantPageUrl(origin: string, tabId: number | undefined): string {
  const query = new URLSearchParams({ grant: origin });
  if (tabId !== undefined) query.set('tab', String(tabId));
  return browser.runtime.getURL(`/options.html?${query}`);
}

/** What a context-menu click does. */
export async function onMenuClicked(store: OutlineStore, info: Pick<Browser.contextMenus.OnClickData, 'menuItemId'>, tab: Browser.tabs.Tab | undefined): Promise<void> {
  if (tab?.id === undefined) return;
  if (info.menuItemId === MENU_RUN_ONCE) {
    await runOnTab(store, tab.id, 0);
  } else if (info.menuItemId === MENU_ALWAYS_RUN) {
    const origin = originOf(tab.url);
    // A service worker cannot ask for a permission (no user gesture there): an extension page does.
    if (origin) await browser.tabs.create({ url: grantPageUrl(origin, tab.id), index: tab.index + 1 });
  }
}

function createMenus(): void {
  const where = { contexts: ['page', 'selection'], documentUrlPatterns: ['http://*/*', 'https://*/*'] } satisfies Omit<Browser.contextMenus.CreateProperties, 'id'>;
  // Removed first: Chrome keeps menus across service-worker restarts and refuses duplicate ids.
  void Promise.resolve(browser.contextMenus.removeAll())
    .then(() => {
      browser.contextMenus.create({ id: MENU_RUN_ONCE, title: t('activation_menuRunOnce'), ...where });
      browser.contextMenus.create({ id: MENU_ALWAYS_RUN, title: t('activation_menuAlwaysRun'), ...where });
    })
    .catch(warn('could not create context menus:'));
}

/** Logs a background failure once; activation problems never stop the rest of the background. */
function warn(what: string): (error: unknown) => void {
  return (error) => console.warn('[讲话提纲助手]', what, error);
}

/**
 * Context menus, permission events and the startup reconcile. Each API is
 * optional: Firefox's MV2 build or a test's fake browser may lack one.
 */
export function setupActivation(router: BackgroundRouter, store: OutlineStore): () => void {
  const stop = router.on(activationHandlers(store));
  const reconcile = () => void reconcileSiteScripts().catch(warn('could not reconcile site scripts:'));
  try {
    browser.permissions.onAdded.addListener(reconcile);
    browser.permissions.onRemoved.addListener(reconcile);
    // Every service-worker start: registrations may have been lost (Firefox) or permissions changed while stopped.
    reconcile();
  } catch (error) {
    warn('site permissions unavailable:')(error);
  }
  try {
    browser.contextMenus.onClicked.addListener((info, tab) => void onMenuClicked(store, info, tab).catch(warn('context menu failed:')));
    // At every start, not only on install: Firefox's MV2 background does not keep menus across restarts;
    // and again in the reader's language once it is loaded or changed.
    setupUiLanguage(createMenus);
  } catch (error) {
    warn('context menus unavailable:')(error);
  }
  return stop;
}
