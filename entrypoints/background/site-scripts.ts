/**
 * "Always run on this site": one registered content script per granted site.
 * The granted optional host permissions are the truth; the registrations follow
 * them (after a grant, a revoke, a browser restart, or a grant made in Chrome's
 * own site-access menu). Tolerates browsers without `scripting` (Firefox MV2
 * before 102) by doing nothing there.
 */
import { browser, type Browser } from 'wxt/browser';
import { grantedSitePatterns, requiredPatterns } from '../../sites/site-access.ts';
import { patternOfScriptId, siteScriptId } from '../../sites/site-patterns.ts';
import { SPEECH_SITE_MATCHES } from '../../sites/speech-sites.ts';

/** The built content script, as WXT names it in the output (checked in .output/chrome-mv3). */
export const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';

type Scripting = Pick<typeof browser.scripting, 'registerContentScripts' | 'getRegisteredContentScripts' | 'unregisterContentScripts'>;
type Permissions = Pick<typeof browser.permissions, 'getAll' | 'contains' | 'remove'>;

/** The browser APIs this module uses; tests pass fakes. */
export interface SiteScriptApis {
  scripting: Scripting | undefined;
  permissions: Permissions;
  manifest: Browser.runtime.Manifest;
}

/** The running browser's APIs. */
export function browserSiteScriptApis(): SiteScriptApis {
  return { scripting: browser.scripting, permissions: browser.permissions, manifest: browser.runtime.getManifest() };
}

/** The host patterns the user granted at run time (optional permissions), sorted. */
function grantedPatterns(apis: SiteScriptApis): Promise<string[]> {
  return grantedSitePatterns(apis.permissions, apis.manifest);
}

/** The patterns that have a registered "always run" script, sorted. */
export async function registeredSitePatterns(apis: SiteScriptApis = browserSiteScriptApis()): Promise<string[]> {
  if (!apis.scripting) return [];
  const scripts = await apis.scripting.getRegisteredContentScripts();
  return scripts.map((s) => patternOfScriptId(s.id)).filter((p): p is string => p !== null).sort();
}

/** Registers the content script for `pattern` (already registered: nothing happens). */
export async function registerSiteScript(pattern: string, apis: SiteScriptApis = browserSiteScriptApis()): Promise<void> {
  if (!apis.scripting) return;
  const id = siteScriptId(pattern);
  const existing = await apis.scripting.getRegisteredContentScripts({ ids: [id] });
  if (existing.length > 0) return;
  const script = {
    id,
    matches: [pattern],
    // The curated sites already have the manifest's script; never run twice there.
    excludeMatches: [...SPEECH_SITE_MATCHES],
    js: [CONTENT_SCRIPT_FILE],
    runAt: 'document_idle' as const,
  };
  try {
    await apis.scripting.registerContentScripts([{ ...script, persistAcrossSessions: true }]);
  } catch (error) {
    // Firefox before 105 refuses persistAcrossSessions; the startup reconcile re-registers there.
    if (!String(error).includes('persistAcrossSessions')) throw error;
    await apis.scripting.registerContentScripts([script]);
  }
}

/** Removes the content script for `pattern`, if there is one. */
export async function unregisterSiteScript(pattern: string, apis: SiteScriptApis = browserSiteScriptApis()): Promise<void> {
  if (!apis.scripting) return;
  const id = siteScriptId(pattern);
  const existing = await apis.scripting.getRegisteredContentScripts({ ids: [id] });
  if (existing.length > 0) await apis.scripting.unregisterContentScripts({ ids: [id] });
}

/** What a reconcile changed. */
export interface ReconcileResult {
  registered: string[];
  unregistered: string[];
}

/**
 * Registers every granted site that has no script yet, and drops every script
 * whose site the browser no longer lets the extension access.
 */
export async function reconcileSiteScripts(apis: SiteScriptApis = browserSiteScriptApis()): Promise<ReconcileResult> {
  if (!apis.scripting) return { registered: [], unregistered: [] };
  const granted = new Set(await grantedPatterns(apis));
  const registered = new Set(await registeredSitePatterns(apis));
  const result: ReconcileResult = { registered: [], unregistered: [] };
  for (const pattern of registered) {
    if (granted.has(pattern) || (await apis.permissions.contains({ origins: [pattern] }))) continue;
    await unregisterSiteScript(pattern, apis);
    result.unregistered.push(pattern);
  }
  for (const pattern of granted) {
    if (registered.has(pattern)) continue;
    await registerSiteScript(pattern, apis);
    result.registered.push(pattern);
  }
  return result;
}

/**
 * Stops running on `pattern` and gives its permission back. The registration
 * goes first, so a permission the browser will not remove (one the manifest
 * requires) still ends the automatic runs.
 */
export async function revokeSite(pattern: string, apis: SiteScriptApis = browserSiteScriptApis()): Promise<{ permissionRemoved: boolean }> {
  await unregisterSiteScript(pattern, apis);
  if (requiredPatterns(apis.manifest).has(pattern)) return { permissionRemoved: false };
  return { permissionRemoved: await apis.permissions.remove({ origins: [pattern] }) };
}
