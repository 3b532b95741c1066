// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { analyseRegions } from '../../dom/index.ts';
import { textWeight } from '../../dom/content-region.ts';
import { parseHtml } from './load-fixture.ts';

const LINE = '第一，坚持以人民为中心的发展思想，落实GDP 2024年目标　\u00a0㐀';

describe('textWeight', () => {
  it('counts CJK ideographs (extension A too) as 1 and ASCII letters and digits as a quarter', () => {
    // 21 ideographs incl. 㐀, then GDP + 2024 = 7 ASCII letters/digits; punctuation and spaces weigh nothing.
    expect(textWeight(LINE)).toBe(21 + 7 / 4);
    expect(textWeight('　 \u00a0\n，。')).toBe(0);
  });

  it('weighs a short text (counted by a loop) exactly as its share of a long one (counted by regular expressions)', () => {
    expect(textWeight(LINE.repeat(8))).toBe(8 * textWeight(LINE));
    const spans = LINE.match(/.{1,3}/gsu)!;
    expect(spans.reduce((sum, piece) => sum + textWeight(piece), 0)).toBe(textWeight(LINE));
  });
});

describe('analyseRegions on text cut into many small elements', () => {
  const article = (p: (text: string) => string) => `<html><body>
    <div class="nav"><a href="/">首页</a><a href="/news">新闻</a><a href="/about">关于我们</a></div>
    <div id="content"><h1>在全省工作会议上的讲话</h1>${[LINE, LINE.slice(5), LINE.slice(9)].map(p).join('')}</div>
    <ul class="related-links">${Array.from({ length: 40 }, (_, i) => `<li><a href="/r/${i}"><span>相关阅读</span><em>${i}</em><i>·</i></a></li>`).join('')}</ul>
  </body></html>`;
  const plain = parseHtml(article((text) => `<p>${text}</p>`));
  // Anti-copy markup: 3-character spans, comments between them, an empty span.
  const spanned = parseHtml(article((text) => `<p>${text.match(/.{1,3}/gsu)!.map((s) => `<span>${s}</span><!-- x -->`).join('')}<span></span></p>`));

  it('chooses the same content root and gives its paragraphs the same measures as plain paragraphs', () => {
    const a = analyseRegions(plain);
    const b = analyseRegions(spanned);
    expect(a.root.id).toBe('content');
    expect(b.root.id).toBe('content');
    const measures = (doc: Document, analysis: typeof a) => [...doc.querySelectorAll('#content p, ul.related-links, #content, div.nav')].map((el) => analysis.stats.get(el));
    expect(measures(spanned, b)).toEqual(measures(plain, a));
    expect(b.stats.get(spanned.querySelector('#content p')!)?.good).toBe(textWeight(LINE));
  });

  it('counts the related list’s 40 links inside the list, as cruft of the page', () => {
    const { stats } = analyseRegions(spanned);
    const list = stats.get(spanned.querySelector('ul.related-links')!)!;
    expect(list).toMatchObject({ links: 40, strongCruft: true, good: 0 });
    // 相关阅读 weighs 4 in every item; the numbers 0–9 a quarter, 10–39 a half.
    expect(list.link).toBe(40 * 4 + 10 * 0.25 + 30 * 0.5);
  });
});
