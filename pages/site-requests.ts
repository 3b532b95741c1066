/**
 * "Always run on this site" and its undo, as the popup and the options page ask
 * for them: the permission request (it needs the click's user gesture, so it
 * happens here, on the page) and then the background's registration.
 */
import { browser } from 'wxt/browser';
import { fail, ok, type Result } from '../protocol/result.ts';
import { sendMessage } from '../protocol/send.ts';
import { originPattern } from '../sites/site-patterns.ts';

/** What asking to always run on a site came to. */
export type AlwaysRunOutcome = { granted: false } | { granted: true; pattern: string; outlineFound: boolean | null };

/**
 * Asks for `origin`'s permission, then has the background register the site
 * and, when `tabId` is given, run once on that tab now. Call from a click handler.
 */
export async function requestAlwaysRun(origin: string, tabId?: number): Promise<Result<AlwaysRunOutcome>> {
  let granted: boolean;
  try {
    granted = await browser.permissions.request({ origins: [originPattern(origin)] });
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
  if (!granted) return ok({ granted: false });
  const registered = await sendMessage('activation/always-run', { origin });
  if (!registered.ok) return registered;
  if (tabId === undefined) return ok({ granted: true, pattern: registered.value.pattern, outlineFound: null });
  const ran = await sendMessage('activation/run-once', { tabId });
  return ok({ granted: true, pattern: registered.value.pattern, outlineFound: ran.ok ? ran.value.outlineFound : null });
}

/** Stops running on a granted pattern and gives its permission back. */
export async function revokeSitePattern(pattern: string): Promise<Result<{ pattern: string; permissionRemoved: boolean }>> {
  return sendMessage('activation/revoke', { pattern });
}
