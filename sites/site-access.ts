/**
 * Site access as the extension's pages see it: which sites the user granted,
 * asking for one (in a click handler: the browser shows its prompt only during
 * a user gesture) and giving one back. The background keeps the registered
 * scripts in step (entrypoints/background/site-scripts.ts).
 */
import { browser, type Browser } from 'wxt/browser';
import { fail, ok, type Result } from '../protocol/result.ts';
import { sendMessage } from '../protocol/send.ts';
import { originPattern, patternOfScriptId } from './site-patterns.ts';

type Permissions = Pick<typeof browser.permissions, 'getAll'>;

/** Host patterns the manifest itself grants (host permissions, MV2 permissions, content script matches). */
export function requiredPatterns(manifest: Browser.runtime.Manifest): Set<string> {
  const m = manifest as Browser.runtime.Manifest & { host_permissions?: string[] };
  const fromPermissions = (m.permissions ?? []).filter((p): p is string => typeof p === 'string' && p.includes('/'));
  const fromScripts = (m.content_scripts ?? []).flatMap((s) => s.matches ?? []);
  return new Set([...(m.host_permissions ?? []), ...fromPermissions, ...fromScripts]);
}

/** The host patterns the user granted at run time (optional permissions), sorted. */
export async function grantedSitePatterns(
  permissions: Permissions = browser.permissions,
  manifest: Browser.runtime.Manifest = browser.runtime.getManifest(),
): Promise<string[]> {
  const required = requiredPatterns(manifest);
  const { origins = [] } = await permissions.getAll();
  return [...new Set(origins.filter((o) => !required.has(o)))].sort();
}

/**
 * The sites the extension runs on because the user allowed them: the granted
 * optional patterns and any registered "always run" script (the two agree once
 * the background has reconciled; the demo build's opt-in host is only the latter).
 */
export async function allowedSitePatterns(): Promise<string[]> {
  const granted = await grantedSitePatterns();
  const scripts = browser.scripting ? await browser.scripting.getRegisteredContentScripts() : [];
  const registered = scripts.map((s) => patternOfScriptId(s.id)).filter((p): p is string => p !== null);
  return [...new Set([...granted, ...registered])].sort();
}

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
