import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { anchorSelectors, describeRange } from '../../core/anchoring/index.ts';

const SEED = readFileSync(resolve(import.meta.dirname, '../fixtures/seed.txt'), 'utf8');

/** Selectors for the first occurrence of `quote` in the seed text (after `after`, when given). */
function selectorsFor(quote: string, after = '') {
  const start = SEED.indexOf(quote, after ? SEED.indexOf(after) : 0);
  if (start < 0) throw new Error(`not in the seed text: ${quote}`);
  return { start, end: start + quote.length, selectors: describeRange(SEED, start, start + quote.length) };
}

const QUOTE = '党性是根本。党委办公厅(室)姓党';
const PARAGRAPH_QUOTE = '坚持把抓落实作为办公室第一职责,围绕党委的重大决策部署及中心工作';

describe('describeRange', () => {
  it('keeps the quote with 32 characters of context each side and the offsets', () => {
    const { start, end, selectors } = selectorsFor(QUOTE);
    const [quote, position] = selectors;
    expect(quote).toEqual({ type: 'TextQuoteSelector', exact: QUOTE, prefix: SEED.slice(start - 32, start), suffix: SEED.slice(end, end + 32) });
    expect(position).toEqual({ type: 'TextPositionSelector', start, end });
  });

  it('cuts the context at the ends of the text', () => {
    const [quote] = describeRange('同志们：今天开会。', 0, 3);
    expect(quote).toMatchObject({ exact: '同志们', prefix: '', suffix: '：今天开会。' });
  });

  it.each([[-1, 3], [3, 3], [0, 99]])('refuses the empty or outside range [%i, %i)', (start, end) => {
    expect(() => describeRange('同志们：今天开会。', start, end)).toThrow(RangeError);
  });
});

describe('anchorSelectors on the seed speech', () => {
  const { start, end, selectors } = selectorsFor(QUOTE);
  const moved = selectorsFor(PARAGRAPH_QUOTE);

  /** Every way the page may have changed since the reader highlighted the quote. */
  const cases: Array<[string, string, typeof selectors, { method: 'position' | 'quote' | 'fuzzy'; text: string } | null]> = [
    ['finds an unchanged page by position', SEED, selectors, { method: 'position', text: QUOTE }],
    ['finds the quote again after text was inserted before it', '编者按：本文有删节。\n'.repeat(7) + SEED, selectors, { method: 'quote', text: QUOTE }],
    ['finds a slightly changed quote approximately', SEED.replace(QUOTE, '党性是根本。党委办公厅（室）姓党'), selectors, { method: 'fuzzy', text: '党性是根本。党委办公厅（室）姓党' }],
    ['finds a moved paragraph at its new place', movedParagraphText(), moved.selectors, { method: 'quote', text: PARAGRAPH_QUOTE }],
    ['gives up when the quoted sentence was deleted', SEED.split(QUOTE).join(''), selectors, null],
  ];

  it.each(cases)('%s', (_what, text, sels, expected) => {
    const anchor = anchorSelectors(text, sels);
    if (expected === null) {
      expect(anchor).toBeNull();
      return;
    }
    expect(anchor).not.toBeNull();
    expect(anchor!.method).toBe(expected.method);
    expect(text.slice(anchor!.start, anchor!.end)).toBe(expected.text);
    expect(anchor!.score).toBeGreaterThan(0.6);
    expect(anchor!.score).toBeLessThanOrEqual(1);
  });

  it('scores an unchanged position as 1', () => {
    expect(anchorSelectors(SEED, selectors)).toEqual({ start, end, method: 'position', score: 1 });
  });

  it('uses prefix and suffix to choose between repeated quotes, nearest the old place', () => {
    // "党委秘书长会议讲话" occurs many times; the second heading's copy must be found after a shift.
    const repeated = selectorsFor('党委秘书长会议讲话', '篇2:');
    const shifted = '（转载）' + SEED;
    const anchor = anchorSelectors(shifted, repeated.selectors);
    expect(anchor).toMatchObject({ start: repeated.start + 4, end: repeated.end + 4, method: 'quote' });
  });

  it('returns null instead of searching past its work budget', () => {
    const changed = SEED.replace(QUOTE, '党性是根本。党委办公厅（室）姓党');
    expect(anchorSelectors(changed, selectors, { maxFuzzyWork: 10 })).toBeNull();
    expect(anchorSelectors(changed, selectors, { maxFuzzyWork: 0 })).toBeNull();
  });

  it('trusts a bare position selector only while it fits the text', () => {
    expect(anchorSelectors('同志们：', [{ type: 'TextPositionSelector', start: 0, end: 3 }])).toMatchObject({ method: 'position' });
    expect(anchorSelectors('同志们：', [{ type: 'TextPositionSelector', start: 2, end: 30 }])).toBeNull();
  });
});

/** The seed text with the 督查 paragraph moved to the start of the text. */
function movedParagraphText(): string {
  const lines = SEED.split('\n');
  const i = lines.findIndex((l) => l.includes(PARAGRAPH_QUOTE));
  const [paragraph] = lines.splice(i, 1);
  return [paragraph, ...lines].join('\n');
}
