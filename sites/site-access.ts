/**
 * Site access as the extension's pages see it: which sites the user granted,
 * asking for one (in a click handler: the browser shows its prompt only during
 * a user gesture) and giving one back. The background keeps the registered
 * scripts in step (entrypoints/background/site-scripts.ts).
 */
import { browser, type Browser } from 'wxt/browser';
import { patternOfScriptId } from './site-patterns.ts';

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
