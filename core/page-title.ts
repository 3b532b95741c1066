/**
 * Page titles on 范文 sites carry the site's name, the channel and promotional
 * tags around the speech's own title ("在…讲话(共18篇)_讲话稿_某某范文网").
 * These rules take them off; they stay conservative, since a wrongly cut title
 * is worse than a long one.
 */

/** Separators that sites put between the title, channel and site name. */
const SEPARATOR_CAPTURE = /(\s*[_|｜]\s*|\s+[-–—]{1,2}\s+|\s+»\s+)/;

/** A segment that names a site or a site's section rather than the speech. */
const SITE_NAME =
  /(网|网站|站|在线|之家|文库|频道|官网|首页|门户|百科|论坛|博客|社区|资料库|文档|范文大全|\.(com|cn|net|org|gov|edu)(\.cn)?|www\.)$|^www\.|^https?:/i;

/** Promotional words found in 【…】 or (…) tags: 【精选】, (推荐18篇), (共含18篇), (通用版). */
const PROMO =
  /^(?:共含?|推荐|精选|热门|最新|精品|优秀|通用|合集|经典|必备|原创|热|荐|范文|完整版?|全文|word版?|汇编|大全|集锦|\d{4}年?最新|\d+篇|\s)+\d*篇?(?:版|范文|通用版|精选)?$/i;

/** `_第1页`, ` 第2页`, `(第3页)` at the end: the page of a paginated article. */
const PAGE_NUMBER = /(?:[_\s-]*第\s*\d+\s*页|\s*[(（]第\s*\d+\s*页[)）])$/;

/** Leading or trailing tag groups in brackets, tested against PROMO. */
const LEADING_TAG = /^\s*[【[(（]([^【】[\]()（）]{1,16})[】\])）]\s*/;
const TRAILING_TAG = /\s*[【[(（]([^【】[\]()（）]{1,16})[】\])）]\s*$/;

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
  let title = keepTitleSegments(collapsed);
  title = stripTags(title);
  title = collapseSpace(title.replace(/^[\s:：,，、.。\-–—_|｜]+|[\s:：,，、\-–—_|｜]+$/g, ''));
  return title === '' ? collapsed : title;
}

function collapseSpace(s: string): string {
  return s.replace(/[\s\u3000\u00a0\ufeff]+/g, ' ').trim();
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
  const core = stripTags(part).replace(PAGE_NUMBER, '').trim();
  return core === '' || (charCount(core) <= 20 && SITE_NAME.test(core));
}

/** Removes page numbers and promotional tags at either end, repeatedly ("【精选】…(共18篇)_第1页"). */
function stripTags(title: string): string {
  let t = title.trim();
  for (;;) {
    const before = t;
    t = t.replace(PAGE_NUMBER, '').trim();
    const lead = LEADING_TAG.exec(t);
    if (lead && PROMO.test((lead[1] ?? '').trim())) t = t.slice(lead[0].length);
    const trail = TRAILING_TAG.exec(t);
    if (trail && PROMO.test((trail[1] ?? '').trim())) t = t.slice(0, trail.index);
    t = t.trim();
    if (t === before || t === '') return t;
  }
}

function charCount(s: string): number {
  return Array.from(s).length;
}
