/**
 * A 序号检查 finding in the library names a paragraph; clicking it must land
 * on the point that finding is about — on a real draft with a seeded slip.
 */
import { describe, expect, it } from 'vitest';
import { blocksFromPlainText, checkNumbering, extractOutline } from '../../core/index.ts';
import { pointOfFinding } from '../../pages/finding-point.ts';
import { CLEAN_DRAFT, SLIPS, withSlip } from '../check/drafts.ts';

describe('pointOfFinding', () => {
  it('finds the point whose marker a finding is about, on a draft with 一、二、四、', () => {
    const slip = SLIPS.find((s) => s.rule === 'skipped-number' && s.to.startsWith('四、'))!;
    const blocks = blocksFromPlainText(withSlip(slip));
    const outline = extractOutline(blocks, { title: '讲话稿', url: null });
    const finding = checkNumbering(blocks, outline, { scheme: 'page' })[0]!;
    expect(finding.rule).toBe('skipped-number');
    const point = pointOfFinding(outline, finding)!;
    expect(point.marker).toBe('四、');
    expect(point.at.block).toBe(finding.block);
  });

  it('falls back to the last point before a finding that sits on no point of its own', () => {
    const blocks = blocksFromPlainText(CLEAN_DRAFT);
    const outline = extractOutline(blocks, { title: '讲话稿', url: null });
    const last = blocks.length - 1;
    const point = pointOfFinding(outline, { block: last, markerStart: 10_000 });
    expect(point).not.toBeNull();
    expect(point!.at.block).toBeLessThanOrEqual(last);
  });
});
