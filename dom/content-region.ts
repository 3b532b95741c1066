/**
 * Finds the element that holds a page's article body. One post-order pass over
 * the document scores every container by the CJK text it holds outside links and
 * outside cruft-looking subtrees (nav, sidebar, footer, comments, related lists),
 * so the cost is linear in the size of the DOM.
 */
import { BLOCK_TAGS, isSkippedElement, tagOf } from './visibility.ts';

/** Text measures of one element's visible subtree. */
export interface RegionStats {
  /** Weighted text outside links and outside cruft-named descendants. */
  good: number;
  /** Weighted text inside <a> elements (outside cruft-named descendants). */
  link: number;
  /** Weighted text inside cruft-named descendants. */
  bad: number;
  /** Number of <a> elements with text, cruft descendants included. */
  links: number;
  /** Depth below <body>. */
  depth: number;
  /** The element's own names/role/heading say it is page furniture (nav, related…). */
  cruft: boolean;
  /** Cruft that should be dropped even inside the article (comments, related lists). */
  strongCruft: boolean;
  /** Text of the first heading-like child, used to spot "猜你喜欢" style boxes. */
  firstHeading: string | null;
}

/** The scored document: its content root, the stats of its visible block elements and the elements skipped. */
export interface RegionAnalysis {
  root: Element;
  /**
   * Visible block elements (BLOCK_TAGS) only: the block reader needs no others'.
   * Keying a Map by every element of a 100,000-element page cost most of the scan
   * (its DOM wrappers all kept alive for the collector to trace) — and long pauses.
   */
  stats: Map<Element, RegionStats>;
  /** Elements skipped with their subtree (hidden, script…); their descendants were not visited. */
  skipped: Set<Element>;
}

const CANDIDATE_TAGS = new Set([
  'BODY', 'DIV', 'ARTICLE', 'SECTION', 'MAIN', 'TD', 'P', 'BLOCKQUOTE', 'CENTER', 'FONT', 'FORM',
]);
const CRUFT_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER', 'HEADER']);
const CRUFT_ROLES = /^(navigation|complementary|contentinfo|banner|search|menu|menubar)$/i;
const CRUFT_NAME =
  /nav|menu|sidebar|side|aside|footer|foot|bottom|comment|pinglun|related|relate|xiangguan|xgtj|xgwz|recommend|tuijian|cnxh|guess|breadcrumb|crumb|position|place|location|header|head|top|banner|share|download|copyright|banquan|pager|pagination|fenye|pages|tags|hot|rank|widget|social|toolbar|login|search|friend|links/i;
const STRONG_CRUFT_NAME =
  /comment|pinglun|sidebar|footer|related|relate|xiangguan|xgtj|xgwz|recommend|tuijian|cnxh|guess|breadcrumb|crumb|copyright|banquan|share/i;
const CONTENT_NAME = /article|content|main|post|entry|body|text|story|detail|zhengwen|neirong|正文/i;
const CRUFT_HEADING =
  /^\s*(相关|猜你喜欢|热门|推荐|最新|看过|网友评论|评论|精彩推荐|延伸阅读|上一篇|下一篇|更多|友情链接|分享到)/;
const HEADING_LIKE = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'STRONG', 'B', 'DT']);

const CJK_CHARS = /[\u3400-\u4dbf\u4e00-\u9fff]+/g;
const LATIN_CHARS = /[0-9A-Za-z]+/g;
const SPACE_ONLY = /^[\s\u00a0\u3000]*$/;

/** Texts up to this long are weighed by a character loop: no new strings, and the loop is hot after the first few hundred nodes. */
const SHORT_TEXT = 32;

/**
 * Weight of a text: CJK ideographs count 1, ASCII letters/digits a quarter.
 * Long texts are counted with regular expressions, which run as native code
 * even the first time, where a character loop would still be interpreted on a
 * page's first read; short ones (the 3-character spans of anti-copy markup,
 * link labels) by a loop, because two `replace` copies per text node are most
 * of the garbage a big page's scan makes.
 */
export function textWeight(text: string): number {
  const n = text.length;
  if (n <= SHORT_TEXT) {
    let cjk = 0;
    let latin = 0;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) cjk++;
      else if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
    }
    return cjk + latin / 4;
  }
  if (SPACE_ONLY.test(text)) return 0;
  const cjk = n - text.replace(CJK_CHARS, '').length;
  const latin = n - text.replace(LATIN_CHARS, '').length;
  return cjk + latin / 4;
}

function namesOf(el: Element): string {
  return `${el.getAttribute('id') ?? ''} ${el.getAttribute('class') ?? ''}`;
}

function newStats(el: Element, depth: number, tag: string = tagOf(el)): RegionStats {
  return fillStats({ good: 0, link: 0, bad: 0, links: 0, depth, cruft: false, strongCruft: false, firstHeading: null }, el, tag, depth);
}

/** Sets `s` to the measures of `el` before any of its content is counted (a fresh or a reused record). */
function fillStats(s: RegionStats, el: Element, tag: string, depth: number): RegionStats {
  // Most elements of an article (<p>, <span>, <b>) carry no attribute at all: no names to test.
  const bare = !el.hasAttributes();
  const names = bare ? '' : namesOf(el);
  const role = bare ? '' : (el.getAttribute('role') ?? '');
  const tagCruft = CRUFT_TAGS.has(tag) || (role !== '' && CRUFT_ROLES.test(role));
  const strong = names !== '' && STRONG_CRUFT_NAME.test(names);
  const named = names !== '' && CRUFT_NAME.test(names) && (strong || !CONTENT_NAME.test(names));
  s.good = 0;
  s.link = 0;
  s.bad = 0;
  s.links = 0;
  s.depth = depth;
  s.cruft = tagCruft || named;
  s.strongCruft = strong || tag === 'NAV' || tag === 'ASIDE' || tag === 'FOOTER';
  s.firstHeading = null;
  return s;
}

/** Folds a finished child into its parent's measures. */
function addChild(parent: RegionStats, child: RegionStats): void {
  parent.links += child.links;
  if (child.cruft) {
    parent.bad += child.good + child.link + child.bad;
  } else {
    parent.good += child.good;
    parent.link += child.link;
    parent.bad += child.bad;
  }
}

function finishElement(tag: string, s: RegionStats): void {
  if (tag === 'A') {
    if (s.good > 0) s.links++;
    s.link += s.good;
    s.good = 0;
  }
  if (s.firstHeading !== null && s.firstHeading.length <= 24 && CRUFT_HEADING.test(s.firstHeading)) {
    s.cruft = true;
    s.strongCruft = true;
  }
}

function bonusOf(el: Element): number {
  const tag = tagOf(el);
  if (tag === 'ARTICLE' || tag === 'MAIN') return 1.1;
  if (el.getAttribute('itemprop') === 'articleBody') return 1.1;
  return CONTENT_NAME.test(namesOf(el)) ? 1.1 : 1;
}

/**
 * Scores the whole document once and returns the chosen content root together
 * with per-element measures (the block reader reuses them to drop cruft inside
 * the root). Never fails: falls back to <body> or the document element.
 */
export function analyseRegions(doc: Document): RegionAnalysis {
  return runSteps(analyseRegionsInSteps(doc));
}

/** Elements visited between two pauses of the stepped readers: small enough that a pause comes every ~0.1 ms. */
export const NODES_PER_STEP = 256;

/** Runs a stepped reader (`analyseRegionsInSteps`, `readPageInSteps`, …) to its end without pausing. */
export function runSteps<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * `analyseRegions` in steps: the generator pauses every NODES_PER_STEP nodes so
 * a caller can give the page's main thread back between steps. The document
 * must not change while it is paused (a change means reading again).
 */
export function* analyseRegionsInSteps(doc: Document): Generator<void, RegionAnalysis, void> {
  const top = doc.body ?? doc.documentElement;
  if (!top) {
    // A document without any element: hand back a detached element so callers still get one.
    return { root: doc.createElement('body'), stats: new Map(), skipped: new Set() };
  }
  const walk = new RegionWalk(top);
  while (!walk.step(NODES_PER_STEP)) yield;
  return { root: chooseRoot(top, walk.rootStats, walk.candidates), stats: walk.stats, skipped: walk.skipped };
}

/**
 * The post-order walk behind `analyseRegions`, resumable: `step` visits up to
 * `budget` nodes and returns true once the walk is over. The loop lives in an
 * ordinary method (not the generator) so the engine can optimise it mid-loop.
 *
 * It allocates as little as it can, because on a 100,000-element page its
 * garbage is what brings on the collector's long pauses inside a slice: an
 * element without child elements is weighed by its `textContent` (no wrapper
 * object for its text node), the open elements sit in parallel arrays rather
 * than one frame object each, and the measures of inline elements (kept by
 * neither `stats` nor `candidates`) are reused once folded into their parent.
 */
class RegionWalk {
  readonly stats = new Map<Element, RegionStats>();
  readonly skipped = new Set<Element>();
  readonly rootStats: RegionStats;
  readonly candidates: Array<{ el: Element; s: RegionStats; inCruft: boolean }> = [];
  /** The open elements, outermost first, with their measures, tags and whether they sit in cruft. */
  private readonly openEls: Element[];
  private readonly openStats: RegionStats[];
  private readonly openTags: string[];
  private readonly insideCruft: boolean[] = [false];
  /** Folded measures of inline elements, free to reuse. */
  private readonly spare: RegionStats[] = [];
  private node: Node | null;

  constructor(top: Element) {
    this.rootStats = newStats(top, 0);
    this.rootStats.cruft = false;
    this.rootStats.strongCruft = false;
    this.stats.set(top, this.rootStats);
    this.openEls = [top];
    this.openStats = [this.rootStats];
    this.openTags = [tagOf(top)];
    this.node = top.firstChild;
  }

  step(budget: number): boolean {
    const { openEls, openStats, openTags, insideCruft, stats, candidates, spare } = this;
    let node = this.node;
    let visited = 0;
    while (openEls.length > 0) {
      if (++visited > budget) {
        this.node = node;
        return false;
      }
      if (node) {
        const parent = openStats[openStats.length - 1]!;
        if (node.nodeType === 3) {
          parent.good += textWeight((node as Text).data);
        } else if (node.nodeType === 1) {
          const el = node as Element;
          const tag = tagOf(el);
          if (isSkippedElement(el, tag)) {
            this.skipped.add(el);
          } else {
            const block = BLOCK_TAGS.has(tag);
            const candidate = CANDIDATE_TAGS.has(tag);
            const kept = block || candidate;
            const depth = openEls.length;
            const s = kept || spare.length === 0 ? newStats(el, depth, tag) : fillStats(spare.pop()!, el, tag, depth);
            if (block) stats.set(el, s);
            const inCruft = insideCruft[insideCruft.length - 1]! || s.cruft;
            if (candidate) candidates.push({ el, s, inCruft });
            if (el.childElementCount > 0) {
              openEls.push(el);
              openStats.push(s);
              openTags.push(tag);
              insideCruft.push(inCruft);
              node = el.firstChild;
              continue;
            }
            // Only text (or comments) below: the text is the element's textContent.
            if (el.hasChildNodes()) s.good += textWeight(el.textContent ?? '');
            finishElement(tag, s);
            recordHeading(parent, el, tag, s);
            addChild(parent, s);
            if (!kept) spare.push(s);
          }
        }
        node = node.nextSibling;
        continue;
      }
      // No more children: close the innermost open element.
      const el = openEls.pop()!;
      const s = openStats.pop()!;
      const tag = openTags.pop()!;
      insideCruft.pop();
      finishElement(tag, s);
      const parent = openStats[openStats.length - 1];
      if (!parent) break;
      recordHeading(parent, el, tag, s);
      addChild(parent, s);
      if (!BLOCK_TAGS.has(tag) && !CANDIDATE_TAGS.has(tag)) spare.push(s);
      node = el.nextSibling;
    }
    this.node = null;
    openEls.length = 0;
    openStats.length = 0;
    openTags.length = 0;
    spare.length = 0;
    return true;
  }
}

function recordHeading(parent: RegionStats, child: Element, tag: string, childStats: RegionStats): void {
  if (parent.firstHeading !== null) return;
  if (!HEADING_LIKE.has(tag)) return;
  // Only short headings are read: a huge unclosed <b> must not cost a textContent per level.
  if (childStats.good + childStats.link + childStats.bad > 40) {
    parent.firstHeading = '';
    return;
  }
  parent.firstHeading = (child.textContent ?? '').slice(0, 40);
}

function chooseRoot(
  top: Element,
  topStats: RegionStats,
  candidates: Array<{ el: Element; s: RegionStats; inCruft: boolean }>,
): Element {
  const scored = candidates.map(({ el, s, inCruft }) => {
    let score = (s.good - s.link - s.bad) * bonusOf(el);
    if (inCruft) score *= 0.3;
    return { el, score, depth: s.depth };
  });
  scored.push({ el: top, score: topStats.good - topStats.link - topStats.bad, depth: 0 });
  let best = 0;
  for (const c of scored) if (c.score > best) best = c.score;
  if (best <= 0) return top;
  // The deepest container keeping nearly all the best score: wrappers that only
  // add a title line or a footer lose to the element that holds the text itself.
  // (Pages nesting paragraphs in thousands of unclosed <div>s may lose up to 5%.)
  let chosen = top;
  let chosenDepth = -1;
  let chosenScore = -Infinity;
  for (const c of scored) {
    if (c.score < best * 0.95) continue;
    if (c.depth > chosenDepth || (c.depth === chosenDepth && c.score > chosenScore)) {
      chosen = c.el;
      chosenDepth = c.depth;
      chosenScore = c.score;
    }
  }
  return chosen;
}

/** The element holding the article body; falls back to <body>, never null. */
export function findContentRoot(doc: Document): Element {
  return analyseRegions(doc).root;
}
