// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractOutline, walkPoints, type LocatedPoint } from '../../core/index.ts';
import { POINTS_PER_STEP, pointRanges, pointRangesInSteps, pointSpan } from '../../dom/highlight-ranges.ts';
import { readPage } from '../../dom/index.ts';
import { loadFixture, parseHtml } from '../dom/load-fixture.ts';

function outlineOf(doc: Document) {
  const page = readPage(doc);
  const outline = extractOutline(page.blocks, { title: page.title, url: null });
  const points: LocatedPoint[] = [];
  for (const s of outline.sections) walkPoints(s.points, (p) => points.push(p));
  return { page, points };
}

describe('pointRanges', () => {
  it('covers 一、 and its title as two ranges of the paragraph that starts with them', () => {
    const doc = parseHtml('<html><head><title>在全市工作会议上的讲话</title></head><body><div id="a"><p>同志们：今天召开全市工作会议。</p><p><strong>一、提高认识</strong>，统一思想。</p></div></body></html>');
    const { page } = outlineOf(doc);
    const block = page.blocks.findIndex((b) => b.text.startsWith('一、'));
    const { marker, title } = pointRanges(page, { block, markerStart: 0, markerEnd: 2, titleEnd: 6 });
    expect(marker?.toString()).toBe('一、');
    expect(title?.toString()).toBe('提高认识');
  });

  it('gives no title range when the marker stands alone on its line', () => {
    const doc = parseHtml('<html><body><p>（一）</p></body></html>');
    const page = readPage(doc);
    const ranges = pointRanges(page, { block: 0, markerStart: 0, markerEnd: 3, titleEnd: 3 });
    expect(ranges.marker?.toString()).toBe('（一）');
    expect(ranges.title).toBeNull();
  });

  it.each(['single-speech.html', 'seed-word.html'])('places every point of %s on exactly its marker and title', (name) => {
    const { page, points } = outlineOf(loadFixture(name));
    expect(points.length).toBeGreaterThan(20);
    for (const p of points) {
      const { marker, title } = pointRanges(page, p.at);
      expect(marker?.toString().trim()).toBe(p.marker);
      expect(title?.toString().trim() ?? '').toBe(p.title);
      expect(pointSpan(page, p.at)?.toString()).toBe(`${marker?.toString() ?? ''}${title?.toString() ?? ''}`);
    }
  });

  it('finds inline points (…。二是…) inside their paragraph, not at its start', () => {
    const { page, points } = outlineOf(loadFixture('single-speech.html'));
    const inline = points.filter((p) => p.inline);
    expect(inline.map((p) => p.marker)).toEqual(expect.arrayContaining(['一是', '二是', '三是']));
    for (const p of inline) {
      expect(p.at.markerStart).toBeGreaterThan(0);
      expect(pointRanges(page, p.at).marker?.toString()).toBe(p.marker);
    }
  });
});

describe('pointRangesInSteps', () => {
  it('makes the seed page’s point Ranges in steps of 64 points, the same marker and title text as one at a time', () => {
    const { page, points } = outlineOf(loadFixture('seed-p.html'));
    expect(points.length).toBeGreaterThan(POINTS_PER_STEP * 2);
    const steps = pointRangesInSteps(page, points);
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses++;
    expect(pauses).toBe(Math.ceil(points.length / POINTS_PER_STEP) - 1);
    const text = (r: Range | null) => r?.toString() ?? null;
    expect(step.value.map((p) => [p.depth, text(p.marker), text(p.title)])).toEqual(
      points.map((p) => {
        const one = pointRanges(page, p.at);
        return [p.depth, text(one.marker), text(one.title)];
      }),
    );
    // Real text: 篇1's 第一, point reads as the page shows it.
    expect(step.value.some((p) => text(p.marker) === '第一,' && text(p.title)?.startsWith('党性是根本'))).toBe(true);
  }, 60_000);
});
