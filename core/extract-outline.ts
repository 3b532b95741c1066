/**
 * The engine's entry point: blocks in, outline-format v1 document (with point
 * locations) out. Linear in the size of the text; never throws on odd input.
 */
import { detectSpeechPage } from './detect-speech.ts';
import { findCandidates, MAX_CANDIDATES_PER_PAGE, type Candidate, type CandidateBudget } from './find-candidates.ts';
import { nestCandidates } from './nest-points.ts';
import { cleanPageTitle } from './page-title.ts';
import { isPianHeading, splitSections, type SectionSpan } from './split-sections.ts';
import type { ExtractedOutline, LocatedPoint, LocatedSection, PageMeta, TextBlock } from './types.ts';

/** How much of a point's own text the outline keeps. */
export const POINT_TEXT_LIMIT = 200;

/** Longest point title (outline-format v1): a longer heading is cut and ends with …. */
export const POINT_TITLE_LIMIT = 200;

const SENTENCE_END_CODES = new Set([...'。！？；!?;'].map((c) => c.charCodeAt(0)));
/** Punctuation a title does not end with; trimmed by a loop, where `[…]+$` is quadratic on a run of them. */
const TRAILING_PUNCT = ' \u3000\u00a0，,、：:；;';

/** End of `text[from, to)` without trailing punctuation and spaces. */
function trimTrailingPunct(text: string, from: number, to: number): number {
  while (to > from && TRAILING_PUNCT.includes(text[to - 1] as string)) to--;
  return to;
}

function skipSpaces(text: string, i: number): number {
  for (let c = text.charCodeAt(i); c === 32 || c === 0x3000 || c === 0xa0; c = text.charCodeAt(++i));
  return i;
}

/** End of a title: the first sentence end or `limit`, whichever comes first. */
function titleEndIn(text: string, from: number, limit: number): number {
  for (let i = from; i < limit; i++) if (SENTENCE_END_CODES.has(text.charCodeAt(i))) return i;
  return limit;
}

/**
 * The point's own text: from after its marker to the next point, across the
 * following paragraphs of its section, cut to POINT_TEXT_LIMIT characters.
 */
function collectText(blocks: TextBlock[], c: Candidate, stopAt: { block: number; pos: number }, lastBlock: number): string {
  let out = '';
  for (let b = c.block; b <= lastBlock && out.length < POINT_TEXT_LIMIT; b++) {
    if (b > stopAt.block || (b === stopAt.block && stopAt.pos === 0 && b !== c.block)) break;
    const text = (blocks[b] as TextBlock).text;
    const from = b === c.block ? skipSpaces(text, c.end) : 0;
    const to = b === stopAt.block ? stopAt.pos : text.length;
    if (to <= from) continue;
    if (out.length > 0) out += '\n';
    out += text.slice(from, Math.min(to, from + POINT_TEXT_LIMIT - out.length + 1));
  }
  return out.slice(0, POINT_TEXT_LIMIT);
}

function buildSection(blocks: TextBlock[], span: SectionSpan, budget: CandidateBudget): LocatedSection {
  const skip = new Set<number>();
  for (let b = span.firstBlock; b <= span.lastBlock; b++) {
    if (isPianHeading((blocks[b] as TextBlock).text)) skip.add(b);
  }
  const list = findCandidates(blocks, span.firstBlock, span.lastBlock, skip, budget);
  const placed = nestCandidates(list, blocks);
  const points = new Map<number, LocatedPoint>();
  const roots: LocatedPoint[] = [];
  placed.forEach((pl, k) => {
    const c = list[pl.index] as Candidate;
    const text = (blocks[c.block] as TextBlock).text;
    const next = placed[k + 1];
    const nextC = next ? (list[next.index] as Candidate) : undefined;
    const limit = nextC && nextC.block === c.block ? nextC.start : text.length;
    const titleStart = skipSpaces(text, c.end);
    let titleEnd = trimTrailingPunct(text, titleStart, titleEndIn(text, titleStart, limit));
    const cut = titleEnd - titleStart > POINT_TITLE_LIMIT;
    if (cut) titleEnd = titleStart + POINT_TITLE_LIMIT - 1;
    const title = text.slice(titleStart, titleEnd) + (cut ? '…' : '');
    const stop = nextC ? { block: nextC.block, pos: nextC.start } : { block: span.lastBlock + 1, pos: 0 };
    const point: LocatedPoint = {
      marker: text.slice(c.start, c.end).trim(),
      ordinal: c.ordinal,
      depth: pl.depth,
      inline: c.inline,
      title,
      text: collectText(blocks, c, stop, span.lastBlock),
      children: [],
      at: { block: c.block, markerStart: c.start, markerEnd: c.end, titleEnd },
    };
    points.set(pl.index, point);
    const parent = points.get(pl.parent);
    (parent ? parent.children : roots).push(point);
  });
  return {
    title: span.title,
    points: roots,
    headingBlock: span.headingBlock,
    firstBlock: span.firstBlock,
    lastBlock: span.lastBlock,
  };
}

/**
 * Turns a page's text blocks into its outline: one section per speech, each
 * with its nested points, and the verdict on whether this is a speech page.
 */
export function extractOutline(blocks: TextBlock[], meta: PageMeta): ExtractedOutline {
  const steps = extractOutlineInSteps(blocks, meta);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * `extractOutline` in steps: the generator pauses after each section, so a
 * caller on a page's main thread can yield to the page between sections
 * (entrypoints/content runs it in time slices). Same result as extractOutline.
 */
export function* extractOutlineInSteps(blocks: TextBlock[], meta: PageMeta): Generator<void, ExtractedOutline, void> {
  const title = cleanPageTitle(meta.title ?? '');
  const spans = blocks.length > 0 ? splitSections(blocks, title) : [];
  const sections: LocatedSection[] = [];
  const budget: CandidateBudget = { left: MAX_CANDIDATES_PER_PAGE };
  for (const span of spans) {
    yield;
    const section = buildSection(blocks, span, budget);
    // The text before the first speech (site intro, 下面是小编整理的…) is kept only if it has points.
    if (span.kind === 'page' && spans.length > 1 && section.points.length === 0) continue;
    sections.push(section);
  }
  yield;
  const detection = detectSpeechPage(blocks, title, sections, spans);
  if (budget.left <= 0) detection.signals.push(`truncated:${MAX_CANDIDATES_PER_PAGE}`);
  return { format: 'speech-outline', version: 1, url: meta.url ?? null, title, detection, sections };
}
