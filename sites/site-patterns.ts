/**
 * Sites as match patterns: the strings the permission and scripting APIs take.
 * Pure functions, no browser calls, so messages, background and pages share them.
 */
import { MatchPattern } from 'wxt/utils/match-patterns';
import { SPEECH_SITE_MATCHES } from './speech-sites.ts';

/** Prefix of the ids of content scripts registered for "always run on this site". */
export const SITE_SCRIPT_PREFIX = 'site:';

/** The origin (`https://example.com[:port]`) of an http(s) URL, or null for any other URL. */
export function originOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.origin : null;
  } catch {
    return null;
  }
}

/** True when `v` is exactly an http(s) origin, as `URL.origin` spells it. */
export function isSiteOrigin(v: unknown): v is string {
  return typeof v === 'string' && originOf(v) === v;
}

/**
 * The permission pattern for an origin. Match patterns carry no port (a pattern
 * matches every port of its host), so `http://127.0.0.2:8080` becomes `http://127.0.0.2/*`.
 */
export function originPattern(origin: string): string {
  const u = new URL(origin);
  return `${u.protocol}//${u.hostname}/*`;
}

/** True when `v` parses as a match pattern (`<all_urls>` or scheme://host/path). */
export function isMatchPattern(v: unknown): v is string {
  if (typeof v !== 'string' || v.length > 2048) return false;
  try {
    new MatchPattern(v);
    return true;
  } catch {
    return false;
  }
}

/** The registered content script id for a granted pattern. */
export function siteScriptId(pattern: string): string {
  return SITE_SCRIPT_PREFIX + pattern;
}

/** The pattern a registered content script id stands for, or null when the id is not one of ours. */
export function patternOfScriptId(id: string): string | null {
  return id.startsWith(SITE_SCRIPT_PREFIX) ? id.slice(SITE_SCRIPT_PREFIX.length) : null;
}

/** True when the content script already runs on `url` by the curated list. */
export function isCuratedUrl(url: string): boolean {
  return SPEECH_SITE_MATCHES.some((p) => new MatchPattern(p).includes(url));
}

/** A pattern as people read it: without the trailing "/*" that every site pattern has. */
export function displayPattern(pattern: string): string {
  return pattern.endsWith('/*') ? pattern.slice(0, -2) : pattern;
}
