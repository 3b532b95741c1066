/**
 * The sites the content script runs on without being asked. Kept in one file
 * so the list can be reviewed (and trimmed) in one place; docs/sites.md
 * explains it to users. The extension reads page text, so it asks only for
 * sites where long enumerated speeches are the normal content; anywhere else
 * it runs once on request (activeTab) or where the user granted a site.
 *
 * A match pattern allows `*` only as a whole leading host label, so mirrors
 * (`*.fanwen*.com`) cannot be matched by one pattern and are listed by name.
 * No <all_urls>: the extension never reads arbitrary sites by default.
 */

/** One curated site: its match pattern and how the options page names it. */
export interface SpeechSite {
  pattern: string;
  /** The site's own name, shown to users; '' where the host is all we know it by. */
  name: string;
  /** 范文: collected speeches, often many per page (篇1, 篇2, …); official: originals from government and party media. */
  kind: 'fanwen' | 'official';
}

export const SPEECH_SITES: readonly SpeechSite[] = [
  // 范文 sites: the seed page's kind — "在全省党委秘书长会议讲话(共含18篇)", 18 versions on one page.
  { pattern: '*://*.diyifanwen.com/*', name: '第一范文网', kind: 'fanwen' },
  { pattern: '*://*.ruiwen.com/*', name: '瑞文网', kind: 'fanwen' },
  { pattern: '*://*.yjbys.com/*', name: '应届毕业生网', kind: 'fanwen' },
  { pattern: '*://*.xuexila.com/*', name: '学习啦', kind: 'fanwen' },
  { pattern: '*://*.fwsir.com/*', name: '范文先生网', kind: 'fanwen' },
  { pattern: '*://*.unjs.com/*', name: '', kind: 'fanwen' },
  { pattern: '*://*.fanwen.com/*', name: '', kind: 'fanwen' },
  { pattern: '*://*.fanwenwang.com/*', name: '', kind: 'fanwen' },
  // Official sources: full texts of leaders' speeches and work reports.
  { pattern: '*://*.gov.cn/*', name: '中国政府网及各级政府网站', kind: 'official' },
  { pattern: '*://*.people.com.cn/*', name: '人民网', kind: 'official' },
  { pattern: '*://*.xinhuanet.com/*', name: '新华网', kind: 'official' },
  { pattern: '*://*.news.cn/*', name: '新华网', kind: 'official' },
  { pattern: '*://*.qstheory.cn/*', name: '求是网', kind: 'official' },
  { pattern: '*://*.12371.cn/*', name: '共产党员网', kind: 'official' },
  { pattern: '*://*.gmw.cn/*', name: '光明网', kind: 'official' },
  { pattern: '*://*.mp.weixin.qq.com/*', name: '微信公众号文章', kind: 'official' }, // official accounts now publish full texts here; the detector keeps quiet on other articles
];

/** The curated sites' match patterns. */
export const SPEECH_SITE_MATCHES: readonly string[] = SPEECH_SITES.map((s) => s.pattern);

/**
 * Local pages served by `npm start` and the end-to-end tests. Only the demo
 * build (`wxt build --mode demo`) matches them; the store build never does.
 */
export const DEMO_MATCHES: readonly string[] = ['http://127.0.0.1/*', 'http://localhost/*'];

/**
 * A loopback host the demo build may script but does not run on by itself: it
 * stands in for "a site the user granted" in the end-to-end tests of run-once,
 * always-run and revoke (a permission prompt cannot be clicked in headless Chromium).
 */
export const DEMO_OPT_IN_HOSTS: readonly string[] = ['http://127.0.0.2/*'];

/** The content script's match patterns for a build mode ('production', 'demo', …). */
export function contentScriptMatches(mode: string): string[] {
  return mode === 'demo' ? [...SPEECH_SITE_MATCHES, ...DEMO_MATCHES] : [...SPEECH_SITE_MATCHES];
}

/** Host permissions the manifest grants at install for a build mode: none in the store build. */
export function manifestHostPermissions(mode: string): string[] {
  return mode === 'demo' ? [...DEMO_MATCHES, ...DEMO_OPT_IN_HOSTS] : [];
}
