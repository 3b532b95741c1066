// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractOutline, walkPoints, type LocatedPoint } from '../../core/index.ts';
import { createHighlightPainter, supportsCssHighlights, type PaintedPoint } from '../../dom/highlight-painter.ts';
import { pointRanges, pointSpan } from '../../dom/highlight-ranges.ts';
import { wrapRanges } from '../../dom/highlight-wrap.ts';
import { readPage } from '../../dom/index.ts';
import { loadFixture, parseHtml } from '../dom/load-fixture.ts';

const mark = (doc: Document) => doc.createElement('mark');

function rangeOf(doc: Document, node: Node, start: number, endNode: Node, end: number): Range {
  const range = doc.createRange();
  range.setStart(node, start);
  range.setEnd(endNode, end);
  return range;
}

function paintedPoints(doc: Document): { points: PaintedPoint[]; located: LocatedPoint[] } {
  const page = readPage(doc);
  const outline = extractOutline(page.blocks, { title: page.title, url: null });
  const located: LocatedPoint[] = [];
  for (const s of outline.sections) walkPoints(s.points, (p) => located.push(p));
  return { located, points: located.map((p) => ({ depth: p.depth, ...pointRanges(page, p.at) })) };
}

describe('wrapRanges', () => {
  it('wraps two points of one text node and puts the node back whole', () => {
    const doc = parseHtml('<p id="p">总体要求。一是提高认识，二是狠抓落实。</p>');
    const p = doc.getElementById('p')!;
    const text = p.firstChild!;
    const before = p.innerHTML;
    const handle = wrapRanges([
      { range: rangeOf(doc, text, 5, text, 11), createWrapper: mark },
      { range: rangeOf(doc, text, 12, text, 18), createWrapper: mark },
    ]);
    expect(handle.wrappers.map((w) => w.textContent)).toEqual(['二是狠抓落实', '一是提高认识']);
    expect(p.textContent).toBe('总体要求。一是提高认识，二是狠抓落实。');
    expect(p.querySelectorAll('mark')).toHaveLength(2);
    handle.unwrap();
    expect(p.innerHTML).toBe(before);
    expect(p.childNodes).toHaveLength(1);
    handle.unwrap();
    expect(p.innerHTML).toBe(before);
  });

  it('wraps a range that crosses elements piece by piece, leaving the elements in place', () => {
    const doc = parseHtml('<p id="p"><b>一、</b>提高<span>认识</span>，统一思想。</p>');
    const p = doc.getElementById('p')!;
    const before = p.innerHTML;
    const first = p.querySelector('b')!.firstChild!;
    const last = p.querySelector('span')!.firstChild!;
    const handle = wrapRanges([{ range: rangeOf(doc, first, 0, last, 2), createWrapper: mark }]);
    expect(handle.wrappers.map((w) => w.textContent)).toEqual(['认识', '提高', '一、']);
    expect(p.querySelector('b > mark')?.textContent).toBe('一、');
    handle.unwrap();
    expect(p.innerHTML).toBe(before);
  });
});

describe('the wrapping painter', () => {
  it('is what happy-dom gets, having no CSS.highlights', () => {
    const doc = parseHtml('<p>x</p>');
    expect(supportsCssHighlights(doc)).toBe(false);
    expect(createHighlightPainter(doc, 'light').kind).toBe('wrap');
  });

  it('marks every point of single-speech.html and restores the page byte for byte', () => {
    const doc = loadFixture('single-speech.html');
    const before = doc.documentElement.outerHTML;
    const { points, located } = paintedPoints(doc);
    const painter = createHighlightPainter(doc, 'light', { forceWrap: true });
    painter.paint(points);
    const marks = [...doc.querySelectorAll('mark[data-speech-highlight]')];
    const markers = marks.filter((m) => m.getAttribute('data-speech-highlight')!.startsWith('speech-m'));
    expect(markers.map((m) => m.textContent)).toEqual(located.map((p) => p.marker));
    expect(markers[0]?.getAttribute('style')).toContain('background-color');
    expect(doc.body.textContent).toBe(parseHtml(before).body.textContent);

    painter.clear();
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('repaints in one call, re-themes and flashes a point without losing the text', () => {
    const doc = loadFixture('single-speech.html');
    const before = doc.documentElement.outerHTML;
    const painter = createHighlightPainter(doc, 'light', { forceWrap: true });
    painter.paint(paintedPoints(doc).points);
    const count = doc.querySelectorAll('mark').length;
    const style = doc.querySelector('mark')!.getAttribute('style');
    painter.setTheme('dark');
    expect(doc.querySelectorAll('mark')).toHaveLength(count);
    expect(doc.querySelector('mark')!.getAttribute('style')).not.toBe(style);

    painter.clear();
    const page = readPage(doc);
    const outline = extractOutline(page.blocks, { title: page.title, url: null });
    const first = outline.sections[0]!.points[0]!;
    painter.flash(pointSpan(page, first.at)!, 50);
    expect(doc.querySelector('mark[data-speech-highlight="speech-flash"]')?.textContent).toBe(`${first.marker}${first.title}`);
    painter.dispose();
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
