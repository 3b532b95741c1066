/**
 * Each pattern the engine runs over page text, on hostile input of 10k and of
 * 100k characters: a linear pattern takes ≈10× as long on the longer one, a
 * quadratic one ≈100×. These are the inputs issue 10 found blocking a tab
 * (titles of ' -' and '，' runs) and their relatives; test/core/linear-patterns
 * asserts the results.
 */
import { blocksFromPlainText, cleanPageTitle, extractOutline } from '../core/index.ts';
import { isFurnitureLine, readPageFurniture } from '../core/page-furniture.ts';
import { breakOf, salutationOf } from '../core/speech-cues.ts';
import { narrowVw } from '../entrypoints/content/reading/viewport-width-rules.ts';
import { consume, formatMs, formatRatio, median, type ResultRow } from './measure.ts';

/** A named hostile input: `prepare(n)` builds it to n characters (untimed) and returns the timed call. */
interface PatternCase {
  name: string;
  prepare: (n: number) => () => unknown;
}

const outline = (text: string, title = '在全市工作会议上的讲话') => () => extractOutline(blocksFromPlainText(text), { title, url: null });
/** The timed call of `fn` on an input built beforehand. */
const on = <T>(input: T, fn: (x: T) => unknown) => () => fn(input);

const CASES: PatternCase[] = [
  { name: 'page title of " -" runs (cleanPageTitle)', prepare: (n) => on('在全市大会上的讲话' + ' -'.repeat(n / 2), cleanPageTitle) },
  { name: 'page title of "，" then text', prepare: (n) => on('在全市大会上的讲话' + '，'.repeat(n) + '好', cleanPageTitle) },
  { name: 'page title of "_第" runs (page number)', prepare: (n) => on('在全市大会上的讲话' + '_第'.repeat(n / 2), cleanPageTitle) },
  { name: 'page title of "(（)" (trailing tag)', prepare: (n) => on('在全市大会上的讲话' + '(（)'.repeat(n / 3), cleanPageTitle) },
  { name: 'point title of "，" (trailing punctuation)', prepare: (n) => outline(`一、加强作风建设${'，'.repeat(n)}好\n二、狠抓落实`) },
  { name: 'boundaries then spaces (inline scan)', prepare: (n) => outline(`。${' '.repeat(n)}一是甲。二是乙。`) },
  { name: '"，问题" runs (label markers)', prepare: (n) => outline(`${'，问题'.repeat(n / 3)}。一是甲。二是乙。`) },
  { name: 'bare 首先其次 runs (sequence links)', prepare: (n) => outline('首先其次'.repeat(n / 4)) },
  { name: '"再讲讲" paragraph (break phrases)', prepare: (n) => on('再讲讲'.repeat(n / 3), breakOf) },
  { name: '"同志们，，，" line (salutation)', prepare: (n) => on(`同志们${'，'.repeat(n)}`, salutationOf) },
  { name: '"记者 张三" runs (photo credit)', prepare: (n) => on(`记者${' 张三'.repeat(n / 3)}摄`, isFurnitureLine) },
  { name: 'dateline of "电" runs', prepare: (n) => on([{ text: `新华社北京${'电'.repeat(n)}`, kind: 'paragraph' as const, start: 0 }], (b) => readPageFurniture(b, 20_000)) },
  { name: 'vw width of a 100k-digit number (docked panel)', prepare: (n) => on(`calc(${'1'.repeat(n)}px - 2vw)`, (v: string) => narrowVw(v, 300)) },
  { name: 'title of "在会" runs (detection)', prepare: (n) => outline('同志们：\n一、甲。\n二、乙。', `在${'会'.repeat(n)}上的讲话`) },
];

/** Median time of one call, each sample repeating the call `reps` times so tiny figures rise above the timer's resolution. */
function timePerCall(fn: () => unknown, reps: number, runs: number): number {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    for (let r = 0; r < reps; r++) consume(fn());
    samples.push((performance.now() - t) / reps);
  }
  return median(samples);
}

/** Repetitions that make one sample of `fn` last at least ~5 ms. */
function repsFor(fn: () => unknown): number {
  const t = performance.now();
  consume(fn());
  const once = Math.max(performance.now() - t, 0.001);
  return Math.min(2000, Math.max(1, Math.ceil(5 / once)));
}

/** One row per pattern: time on 100k characters, on 10k, their ratio (≈10 when linear). */
export function linearPatternFigures(): ResultRow[] {
  return CASES.map((c) => {
    const small10k = c.prepare(10_000);
    const large100k = c.prepare(100_000);
    timePerCall(small10k, repsFor(small10k), 3); // warm up
    const reps = repsFor(small10k);
    const small = timePerCall(small10k, reps, 7);
    const large = timePerCall(large100k, Math.max(1, Math.ceil(reps / 10)), 5);
    const ratio = large / Math.max(small, 0.001);
    return {
      name: `    · ${c.name}`,
      value: formatMs(large),
      baseline: formatMs(small),
      ratio: formatRatio(ratio),
      target: '≈ 10× (linear)',
      // Caches and GC make it noisy; quadratic would be ≈100×.
      verdict: ratio <= 25 ? 'PASS' : 'MISS',
      note: '100k chars vs 10k chars',
    };
  });
}
