// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { indexRuns, rangeToTextSpan, textSpanToRange, type RunIndex } from '../../dom/annotation-offsets.ts';
import { readPage } from '../../dom/index.ts';
import { HIDDEN_WATERMARK, loadFixture, parseHtml } from '../dom/load-fixture.ts';

const ARTICLE = `<html><head><title>在全市办公室系统会议上的讲话</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/a">讲话稿</a></div>
<div class="article" id="a">
  <p id="p1">同志们：今天召开全市办公室系统工作会议，主要任务是总结工作、分析形势、部署任务。</p>
  <p id="p2">一要重视。<span style="display:none">范文网 www.fanwenwang.net</span>各级党委领导特别是主要领导要重视办公室工作。</p>
  <p id="p3">二要  <b>严格</b>
     要求。对干部、对领导班子而言，总的一个指导思想是要严格。</p>
</div></body></html>`;

function setup(html = ARTICLE): { doc: Document; index: RunIndex } {
  const doc = parseHtml(html);
  return { doc, index: indexRuns(readPage(doc)) };
}

/** The Text node of `el` (by id) that contains `needle`, and the offset of `needle` in it. */
function textPoint(doc: Document, id: string, needle: string, after = false): [Text, number] {
  const walker = doc.createTreeWalker(doc.getElementById(id)!, 4);
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    const at = n.data.indexOf(needle);
    if (at >= 0) return [n, after ? at + needle.length : at];
  }
  throw new Error(`${needle} not in #${id}`);
}

function rangeOf(doc: Document, start: [Node, number], end: [Node, number]): Range {
  const range = doc.createRange();
  range.setStart(...start);
  range.setEnd(...end);
  return range;
}

function slice(index: RunIndex, range: Range): string | null {
  const span = rangeToTextSpan(index, range);
  return span ? index.text.slice(span.start, span.end) : null;
}

describe('rangeToTextSpan', () => {
  it('maps a selection inside one paragraph to the same characters of the page text', () => {
    const { doc, index } = setup();
    const range = rangeOf(doc, textPoint(doc, 'p1', '总结工作'), textPoint(doc, 'p1', '部署任务', true));
    expect(slice(index, range)).toBe('总结工作、分析形势、部署任务');
  });

  it('leaves a hidden watermark out of a selection that crosses it', () => {
    const { doc, index } = setup();
    const range = rangeOf(doc, textPoint(doc, 'p2', '一要重视'), textPoint(doc, 'p2', '各级党委领导', true));
    expect(range.toString()).toContain('fanwenwang');
    expect(slice(index, range)).toBe('一要重视。各级党委领导');
  });

  it.each([
    ['starts', (doc: Document) => rangeOf(doc, textPoint(doc, 'p2', 'www'), textPoint(doc, 'p2', '特别是', true)), '各级党委领导特别是'],
    ['ends', (doc: Document) => rangeOf(doc, textPoint(doc, 'p2', '重视'), textPoint(doc, 'p2', 'www')), '重视。'],
  ])('moves a boundary that %s inside hidden text to the nearest visible character', (_, make, expected) => {
    const { doc, index } = setup();
    expect(slice(index, make(doc))).toBe(expected);
  });

  it('returns null for a selection of hidden text only, or of text outside the article', () => {
    const { doc, index } = setup();
    expect(slice(index, rangeOf(doc, textPoint(doc, 'p2', '范文网'), textPoint(doc, 'p2', '.net', true)))).toBeNull();
    const nav = doc.querySelector('.nav')!;
    expect(slice(index, rangeOf(doc, [nav, 0], [nav, nav.childNodes.length]))).toBeNull();
  });

  it('spans paragraphs with the page text’s line break, and drops a trailing one', () => {
    const { doc, index } = setup();
    const p2 = doc.getElementById('p2')!;
    expect(slice(index, rangeOf(doc, textPoint(doc, 'p1', '部署任务'), textPoint(doc, 'p2', '一要重视', true)))).toBe('部署任务。\n一要重视');
    // Triple-click style: the whole paragraph up to the start of the next one.
    const p3 = doc.getElementById('p3')!;
    expect(slice(index, rangeOf(doc, [p2, 0], [p3, 0]))).toBe('一要重视。各级党委领导特别是主要领导要重视办公室工作。');
  });

  it('reads source whitespace collapsed, as the page text does', () => {
    const { doc, index } = setup();
    const p3 = doc.getElementById('p3')!;
    expect(slice(index, rangeOf(doc, [p3, 0], textPoint(doc, 'p3', '要求', true)))).toBe('二要 严格 要求');
  });

  it('works on the seed page: the watermark sentences copy clean', () => {
    const doc = loadFixture('seed-p.html');
    const index = indexRuns(readPage(doc));
    const p = [...doc.querySelectorAll('p')].find((el) => el.textContent?.startsWith('一要重视。'))!;
    const range = rangeOf(doc, [p, 0], [p, p.childNodes.length]);
    const text = slice(index, range)!;
    expect(text.startsWith('一要重视。各级党委领导')).toBe(true);
    expect(text).not.toContain(HIDDEN_WATERMARK);
  });
});

describe('textSpanToRange', () => {
  it('gives back a Range over the same readable characters', () => {
    const { doc, index } = setup();
    const start = index.text.indexOf('一要重视');
    const end = index.text.indexOf('特别是') + 3;
    const range = textSpanToRange(index, { start, end })!;
    expect(range.toString().replace('范文网 www.fanwenwang.net', '')).toBe('一要重视。各级党委领导特别是');
    expect(rangeToTextSpan(index, range)).toEqual({ start, end });
    expect(doc.getElementById('p2')!.contains(range.commonAncestorContainer)).toBe(true);
  });

  it('crosses blocks and refuses empty or out-of-range spans', () => {
    const { index } = setup();
    const start = index.text.indexOf('部署任务');
    const end = index.text.indexOf('重视') + 2;
    expect(textSpanToRange(index, { start, end })!.toString()).toMatch(/^部署任务。\s*一要重视$/);
    expect(textSpanToRange(index, { start: 5, end: 5 })).toBeNull();
    expect(textSpanToRange(index, { start: 0, end: index.text.length + 1 })).toBeNull();
  });
});
