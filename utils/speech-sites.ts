/**
 * The pages the content script runs on. Kept in one file so the list can be
 * reviewed (and trimmed) in one place: the extension reads page text, so it
 * asks only for sites where long enumerated speeches are the normal content.
 *
 * Why these:
 * - 范文 sites publish collected speeches (讲话稿/发言稿) in bulk, usually many
 *   versions per page (篇1, 篇2, …): fanwen* covers the many fanwen-named mirrors
 *   (a match pattern allows `*` only as a whole leading host label, so
 *   `*.fanwen*.com` is invalid and the mirrors are listed by name); diyifanwen, ruiwen and unjs are the big
 *   named ones.
 * - Official sources carry the originals: *.gov.cn (government speeches and
 *   work reports), people.com.cn and xinhuanet.com (full texts of leaders'
 *   speeches), qstheory.cn (求是, long theoretical speeches).
 * No <all_urls>: the extension never reads arbitrary sites.
 */
export const SPEECH_SITE_MATCHES: readonly string[] = [
  '*://*.fanwen.com/*',
  '*://*.fanwenwang.com/*',
  '*://*.diyifanwen.com/*',
  '*://*.ruiwen.com/*',
  '*://*.unjs.com/*',
  '*://*.gov.cn/*',
  '*://*.people.com.cn/*',
  '*://*.xinhuanet.com/*',
  '*://*.qstheory.cn/*',
];

/**
 * Local pages served by `npm start` and the end-to-end tests. Only the demo
 * build (`wxt build --mode demo`) matches them; the store build never does.
 */
export const DEMO_MATCHES: readonly string[] = ['http://127.0.0.1/*', 'http://localhost/*'];

/** The content script's match patterns for a build mode ('production', 'demo', …). */
export function contentScriptMatches(mode: string): string[] {
  return mode === 'demo' ? [...SPEECH_SITE_MATCHES, ...DEMO_MATCHES] : [...SPEECH_SITE_MATCHES];
}
