/**
 * Re-anchoring 1,000 annotations on the seed page text: unchanged text (the
 * position path), text shifted by an insertion (exact quote search), and
 * quotes edited by one character (the fuzzy path), each against 1,000 plain
 * indexOf calls of the same quotes measured in the same run.
 */
import { anchorSelectors, describeRange } from '../core/anchoring/index.ts';
import type { Selector } from '../core/annotation-types.ts';
import { consume, formatMs, formatRatio, timeRuns, type ResultRow } from './measure.ts';

const COUNT = 1_000;
/** The target for the unchanged page. */
const UNCHANGED_TARGET_MS = 100;

/** `COUNT` quotes of 10–60 characters spread evenly over the text, with their selectors. */
function annotationsOn(text: string): Array<{ quote: string; selectors: Selector[] }> {
  const out: Array<{ quote: string; selectors: Selector[] }> = [];
  const step = Math.floor((text.length - 100) / COUNT);
  for (let i = 0; i < COUNT; i++) {
    const start = i * step;
    const length = 10 + ((i * 13) % 51);
    out.push({ quote: text.slice(start, start + length), selectors: describeRange(text, start, start + length) });
  }
  return out;
}

/** The same annotations with one character of each quote changed, as if the reader's copy had a typo fixed since. */
function withEditedQuotes(list: Array<{ quote: string; selectors: Selector[] }>): Array<{ quote: string; selectors: Selector[] }> {
  return list.map(({ quote, selectors }) => {
    const mid = quote.length >> 1;
    const edited = `${quote.slice(0, mid)}之${quote.slice(mid + 1)}`;
    return { quote: edited, selectors: selectors.map((s) => (s.type === 'TextQuoteSelector' ? { ...s, exact: edited } : s)) };
  });
}

function runAll(text: string, list: Array<{ selectors: Selector[] }>): { found: number; methods: Record<string, number> } {
  const methods: Record<string, number> = {};
  let found = 0;
  for (const a of list) {
    const anchor = anchorSelectors(text, a.selectors);
    if (anchor) {
      found++;
      methods[anchor.method] = (methods[anchor.method] ?? 0) + 1;
    }
  }
  return { found, methods };
}

function row(name: string, text: string, list: Array<{ quote: string; selectors: Selector[] }>, target: number | null, runs: number): ResultRow {
  const baseline = timeRuns(() => {
    let n = 0;
    for (const a of list) n += text.indexOf(a.quote) >= 0 ? 1 : 0;
    return n;
  }, { warmup: 3, runs: 9, budgetMs: 3_000 });
  const outcome = runAll(text, list);
  const measured = timeRuns(() => runAll(text, list).found, { warmup: 1, runs, budgetMs: 20_000, minRuns: 3 });
  consume(outcome.found);
  const methods = Object.entries(outcome.methods).map(([m, n]) => `${m} ${n}`).join(', ');
  return {
    name,
    value: formatMs(measured.median),
    baseline: formatMs(baseline.median),
    ratio: formatRatio(measured.median / baseline.median),
    target: target === null ? '—' : `≤ ${target} ms`,
    verdict: target === null ? 'INFO' : measured.median <= target ? 'PASS' : 'MISS',
    note: `found ${outcome.found}/${list.length} (${methods}); baseline = ${list.length}× indexOf; n=${measured.samples.length}`,
  };
}

/** The anchoring figures, as table rows. */
export function anchoringFigures(text: string): ResultRow[] {
  const list = annotationsOn(text);
  const shifted = `编者按：本文根据录音整理，有删节。\n${text}`;
  return [
    row('(e) re-anchor 1,000 notes, unchanged text', text, list, UNCHANGED_TARGET_MS, 21),
    row('(f) re-anchor 1,000 notes, text shifted', shifted, list, null, 11),
    row('(g) re-anchor 1,000 notes, fuzzy path', text, withEditedQuotes(list), null, 3),
  ];
}
