/**
 * Page titles on 范文 sites carry the site's name, the channel and promotional
 * tags around the speech's own title ("在…讲话(共18篇)_讲话稿_某某范文网").
 * These rules take them off; they stay conservative, since a wrongly cut title
 * is worse than a long one.
 */

/** Separators that sites put between the title, channel and site name (spaces are collapsed before splitting). */
const SEPARATOR_CAPTURE = /( ?[_|｜] ?| [-–—]{1,2} | » )/;

/**
 * Separators no speech title uses itself: after the title, what follows one of
 * them is the site's column and name ("…--党政办-某某中学", "…_中南海_澎湃新闻-The Paper").
 */
const TAIL_SEPARATOR = /[_|｜»]|--/;

/** Longest page title kept; a longer one is cut and ends with … (a title has no length limit of its own). */
export const PAGE_TITLE_LIMIT = 200;

/** A segment that names a site or a site's section rather than the speech. */
const SITE_NAME =
  /(网|网站|站|在线|之家|文库|频道|官网|首页|门户|百科|论坛|博客|社区|资料库|文档|范文大全|\.(com|cn|net|org|gov|edu)(\.cn)?|www\.)$|^www\.|^https?:/i;

/** Promotional words found in 【…】 or (…) tags: 【精选】, (推荐18篇), (共含18篇), (通用版). */
const PROMO =
  /^(?:共含?|推荐|精选|热门|最新|精品|优秀|通用|合集|经典|必备|原创|热|荐|范文|完整版?|全文|word版?|汇编|大全|集锦|\d{4}年?最新|\d+篇|\s)+\d*篇?(?:版|范文|通用版|精选)?$/i;

/** Leading tag groups in brackets, tested against PROMO. */
const LEADING_TAG = /^ ?[【[(（]([^【】[\]()（）]{1,16})[】\])）] ?/;
const OPENERS = '【[(（';
const CLOSERS = '】])）';
const MAX_TAG = 16;

/** Channel names are short; a segment this short after the title is taken as one. */
const MAX_CHANNEL_LENGTH = 6;

/**
 * Removes site names, channel names and promotional tags from a page title
 * and collapses whitespace: `在全省党委秘书长会议讲话(共18篇)_范文网` →
 * `在全省党委秘书长会议讲话`. Idempotent. Never returns an empty string when
 * `raw` had visible text: if every part looks removable, the whitespace-collapsed
 * original is returned.
 */
export function cleanPageTitle(raw: string): string {
  const collapsed = collapseSpace(raw);
  if (collapsed === '') return '';
  let title = keepTitleSegments(dropTail(collapsed));
  title = stripTags(title);
  title = collapseSpace(trimPunct(title, ' :：,，、.。-–—_|｜', ' :：,，、-–—_|｜'));
  return capTitle(title === '' ? collapsed : title);
}

/** Cuts a hostile-long title to PAGE_TITLE_LIMIT characters, ending with …. */
function capTitle(title: string): string {
  return title.length > PAGE_TITLE_LIMIT ? `${title.slice(0, PAGE_TITLE_LIMIT - 1)}…` : title;
}

/** Everything after the first tail separator, when a real title (4+ characters, not the site's name) stands before it. */
function dropTail(title: string): string {
  const m = TAIL_SEPARATOR.exec(title);
  if (!m) return title;
  const head = title.slice(0, m.index).trim();
  if (charCount(head) < 4 || isSiteSegment(head)) return title;
  return head;
}

function collapseSpace(s: string): string {
  return s.replace(/[\s\u3000\u00a0\ufeff]+/g, ' ').trim();
}

/** Trims characters of `lead` from the start and of `trail` from the end: a loop, where `[…]+$` would be quadratic. */
function trimPunct(s: string, lead: string, trail: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && lead.includes(s[a] as string)) a++;
  while (b > a && trail.includes(s[b - 1] as string)) b--;
  return s.slice(a, b);
}

/** Removes `_第1页`, ` 第2页`, `(第3页)` at the end (the page of a paginated article), read backwards. */
function stripPageNumber(t: string): string {
  let i = t.length;
  const paren = t[i - 1] === ')' || t[i - 1] === '）';
  if (paren) i--;
  if (t[i - 1] !== '页') return t;
  i--;
  while (i > 0 && t[i - 1] === ' ') i--;
  const digitsEnd = i;
  while (i > 0 && /[0-9]/.test(t[i - 1] as string)) i--;
  if (i === digitsEnd) return t;
  while (i > 0 && t[i - 1] === ' ') i--;
  if (t[i - 1] !== '第') return t;
  i--;
  if (paren) {
    while (i > 0 && t[i - 1] === ' ') i--;
    return t[i - 1] === '(' || t[i - 1] === '（' ? t.slice(0, i - 1) : t;
  }
  while (i > 0 && '_ -'.includes(t[i - 1] as string)) i--;
  return t.slice(0, i);
}

/** The bracketed tag at the end of `t` (…【推荐】, …(共18篇)): its start and inner text, or null. */
function trailingTag(t: string): { start: number; inner: string } | null {
  let end = t.length;
  while (end > 0 && t[end - 1] === ' ') end--;
  if (!CLOSERS.includes(t[end - 1] ?? '|')) return null;
  for (let i = end - 2; i >= 0 && i >= end - 2 - MAX_TAG; i--) {
    const ch = t[i] as string;
    if (OPENERS.includes(ch)) return i < end - 2 ? { start: i, inner: t.slice(i + 1, end - 1) } : null;
    if (CLOSERS.includes(ch)) return null;
  }
  return null;
}

/** Drops site segments around the title, and the channel segments between title and site. */
function keepTitleSegments(title: string): string {
  // With a capturing separator, split() alternates part, separator, part, …
  const pieces = title.split(SEPARATOR_CAPTURE);
  const parts = pieces.filter((_, i) => i % 2 === 0);
  const seps = pieces.filter((_, i) => i % 2 === 1);
  // "某某网 | 标题" puts the site first.
  let first = 0;
  while (first < parts.length - 1 && isSiteSegment(parts[first] ?? '')) first++;
  let end = parts.length;
  for (let i = first + 1; i < parts.length; i++) {
    if (isSiteSegment(parts[i] ?? '')) { end = i; break; }
  }
  // Short channel names ("讲话稿", "领导讲话") between the title and the site name.
  if (end < parts.length) {
    while (end - 1 > first && charCount(parts[end - 1] ?? '') <= MAX_CHANNEL_LENGTH) end--;
  }
  let kept = parts[first] ?? '';
  for (let i = first + 1; i < end; i++) kept += (seps[i - 1] ?? ' ') + (parts[i] ?? '');
  // "标题-范文网": a dash without spaces counts only when a site name follows it.
  const dashed = /^(.+?)[-–—]([^-–—]{1,20})$/.exec(kept);
  if (dashed && isSiteSegment(dashed[2] ?? '')) kept = dashed[1] ?? kept;
  return kept;
}

function isSiteSegment(part: string): boolean {
  const core = stripPageNumber(stripTags(part)).trim();
  return core === '' || (charCount(core) <= 20 && SITE_NAME.test(core));
}

/** Removes page numbers and promotional tags at either end, repeatedly ("【精选】…(共18篇)_第1页"). */
function stripTags(title: string): string {
  let t = title.trim();
  for (;;) {
    const before = t;
    t = stripPageNumber(t).trim();
    const lead = LEADING_TAG.exec(t);
    if (lead && PROMO.test((lead[1] ?? '').trim())) t = t.slice(lead[0].length);
    const trail = trailingTag(t);
    if (trail && PROMO.test(trail.inner.trim())) t = t.slice(0, trail.start);
    t = t.trim();
    if (t === before || t === '') return t;
  }
}

function charCount(s: string): number {
  return Array.from(s).length;
}
