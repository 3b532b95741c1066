// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readPage } from '../../dom/index.ts';
import {
  HIDDEN_WATERMARK, VISIBLE_WATERMARK, loadFixture, parseHtml, seedArticleLines, toFullWidth,
} from './load-fixture.ts';

const seedP = readPage(loadFixture('seed-p.html'));
const seedBr = readPage(loadFixture('seed-br.html'));
const seedWord = readPage(loadFixture('seed-word.html'));
const texts = (page: typeof seedP): string[] => page.blocks.map((b) => b.text);
const allText = (page: typeof seedP): string => texts(page).join('\n');

describe('readPage on the p-per-line 范文 page (seed-p)', () => {
  it("reads 篇1's 第一,党性是根本 paragraph as one block, half-width punctuation untouched", () => {
    const line = seedArticleLines().find((l) => l.startsWith('第一,党性是根本'))!;
    expect(texts(seedP)).toContain(line);
  });

  it('reads every article line of the seed as its own block, in order', () => {
    const got = texts(seedP).map((t) => t.replaceAll(VISIBLE_WATERMARK, ''));
    expect(got).toEqual(seedArticleLines());
  });

  it('finds 18 blocks starting with 篇, as <h2> headings or bold paragraphs', () => {
    const pian = seedP.blocks.map((b, i) => ({ b, i })).filter(({ b }) => b.text.startsWith('篇'));
    expect(pian).toHaveLength(18);
    expect(pian[0]!.b).toMatchObject({ kind: 'heading', headingLevel: 2, text: '篇1:在全省党委秘书长会议讲话' });
    expect(pian[1]!.b.kind).toBe('paragraph');
    expect(seedP.emphasized[pian[1]!.i]).toBe(true);
  });

  it('drops display:none watermarks, inline-styled and class-hidden alike', () => {
    expect(allText(seedP)).not.toContain('fanwenwang');
  });

  it('keeps the visible white-font watermark inside its paragraph', () => {
    expect(texts(seedP).filter((t) => t.includes(VISIBLE_WATERMARK))).toHaveLength(3);
  });

  it('leaves 猜你喜欢, the related list, 推荐度, sidebar, comments and footer out of the content', () => {
    const text = allText(seedP);
    const cruftLines = ['猜你喜欢', '看过在全省党委秘书长会议讲话的人还看了', '推荐度', '点击下载文档', '婚礼筹备委员会秘书长讲话'];
    for (const cruft of [...cruftLines, '热门讲话', '网友评论', 'ICP备', '当前位置', '首页']) {
      expect(text).not.toContain(cruft);
    }
    expect(seedP.root.id).toBe('article-content');
  });

  it('takes the raw <title> as the page title', () => {
    expect(seedP.title).toBe('在全省党委秘书长会议讲话(共18篇)_范文网');
  });

  it('gives each block the offset it has in the blocks joined by newlines', () => {
    const joined = allText(seedP);
    for (const b of seedP.blocks) expect(joined.slice(b.start, b.start + b.text.length)).toBe(b.text);
    expect(seedP.blocks[0]!.start).toBe(0);
  });
});

describe('readPage on the <br>-separated page (seed-br)', () => {
  const normaliseDot = (s: string): string => s.replace(/^(\d+)．/, '$1.');

  it('splits <br><br> and single-<br> text into one block per line and drops the 　　 and &nbsp; indents', () => {
    expect(texts(seedBr).map(normaliseDot)).toEqual(seedArticleLines().map(toFullWidth));
    for (const t of texts(seedBr)) expect(t).not.toMatch(/^[\s\u3000\u00a0]|[\s\u3000\u00a0]$/);
  });

  it('finds 18 blocks starting with 篇', () => {
    expect(texts(seedBr).filter((t) => t.startsWith('篇'))).toHaveLength(18);
  });

  it('keeps full-width punctuation and both the 1. and 1． marker dots as written', () => {
    expect(texts(seedBr)).toContain(toFullWidth(seedArticleLines().find((l) => l.startsWith('第一,党性是根本'))!));
    expect(texts(seedBr).some((t) => /^\d+\./.test(t))).toBe(true);
    expect(texts(seedBr).some((t) => /^\d+．/.test(t))).toBe(true);
  });

  it('leaves 相关推荐, 上一篇/下一篇 and the 版权声明 out of the content', () => {
    const text = allText(seedBr);
    for (const cruft of ['相关推荐', '上一篇', '下一篇', '版权声明', '您现在的位置', '点击']) expect(text).not.toContain(cruft);
    expect(seedBr.root.id).toBe('content');
  });
});

describe('readPage on Word-pasted markup (seed-word)', () => {
  const wordLines = (): string[] => {
    const lines = seedArticleLines();
    return lines.slice(lines.findIndex((l) => l.startsWith('篇1:')), lines.findIndex((l) => l.startsWith('篇4:'))).map(toFullWidth);
  };

  it('joins （一） split across three spans and a bold title into one string', () => {
    const block = texts(seedWord).find((t) => t.startsWith('（二）信息工作'));
    expect(block).toBe(wordLines().find((l) => l.startsWith('（二）信息工作')));
  });

  it('reads <b>第一，</b> and <span lang=EN-US>1</span><span>.</span> markers as plain text', () => {
    expect(texts(seedWord).some((t) => t.startsWith('第一，党性是根本。'))).toBe(true);
    expect(texts(seedWord).filter((t) => t.startsWith('篇'))).toHaveLength(3);
  });

  it('reads every line as the seed has it, dropping &nbsp; paragraphs, indents and <o:p></o:p>', () => {
    const got = texts(seedWord);
    expect(got.slice(2)).toEqual(wordLines());
    expect(got[0]).toBe('在全省党委秘书长会议讲话');
  });

  it('marks the all-bold 篇 lines as emphasized and body paragraphs as not', () => {
    const i = seedWord.blocks.findIndex((b) => b.text.startsWith('篇2：'));
    expect(seedWord.emphasized[i]).toBe(true);
    expect(seedWord.emphasized[i + 2]).toBe(false);
  });
});

describe('readPage on an official single-speech page', () => {
  const page = readPage(loadFixture('single-speech.html'));

  it('reads from 同志们： to 谢谢大家！ without the site header, tools or footer', () => {
    const text = allText(page);
    expect(texts(page)).toContain('同志们：');
    expect(texts(page).at(-1)).toBe('谢谢大家！');
    for (const cruft of ['政务公开', '打印本页', '相关链接', 'ICP', '网站标识码']) expect(text).not.toContain(cruft);
  });

  it('keeps inline 一是…二是… runs inside their paragraph and 1./（1） lines as blocks', () => {
    expect(texts(page).some((t) => t.includes('一是精简文件会议') && t.includes('三是整治'))).toBe(true);
    expect(texts(page).some((t) => t.startsWith('1.遇到难题'))).toBe(true);
    expect(texts(page).some((t) => t.startsWith('（2）会议要精'))).toBe(true);
  });

  it('marks the <p><strong> point titles as emphasized paragraphs', () => {
    const i = page.blocks.findIndex((b) => b.text.startsWith('一、提高站位'));
    expect(page.blocks[i]!.kind).toBe('paragraph');
    expect(page.emphasized[i]).toBe(true);
  });
});

describe('readPage on pages that are not speeches', () => {
  it.each([
    ['news-report.html', '副省长李明出席会议并讲话', ['热点新闻', '网友评论', '闽ICP备', '分享到']],
    ['novel-chapter.html', '这是陈明远第一次听说', ['返回目录', '同类推荐', '排行榜', '下一章']],
    ['forum-list.html', '4. 篇幅两三页就够了，没人爱看长的。', ['白领论坛', '发表回复', '下一页', 'Powered']],
    ['product-page.html', '3. 安全保护：杯体离位断电、过热自动保护', ['加入购物车', '看了又看', '正品保障', '粤ICP备']],
  ])('reads the main text of %s and not its furniture', (name, expected, cruft) => {
    const page = readPage(loadFixture(name));
    const text = allText(page);
    expect(text).toContain(expected);
    for (const c of cruft) expect(text).not.toContain(c);
  });

  it('reads the numbered measures of the news report as list items', () => {
    const page = readPage(loadFixture('news-report.html'));
    expect(page.blocks.filter((b) => b.kind === 'list-item')).toHaveLength(4);
  });
});

describe('readPage on small snippets', () => {
  const read = (body: string) => readPage(parseHtml(`<html><head><title>t</title></head><body>${body}</body></html>`));

  it('collapses source newlines and indentation into one space and keeps half-width , and ( as written', () => {
    const page = read('<div><p>\n      第一,党性是根本(一)\n      要有政治上的敏感性。\n    </p></div>');
    expect(page.blocks.map((b) => b.text)).toEqual(['第一,党性是根本(一) 要有政治上的敏感性。']);
  });

  it('keeps an inner &nbsp; and 　 but trims them at the ends', () => {
    const page = read('<p>&nbsp;\u3000一是&nbsp;抓学习\u3000二是抓落实&nbsp;\u3000</p>');
    expect(page.blocks[0]!.text).toBe('一是\u00a0抓学习\u3000二是抓落实');
  });

  it('gives headings their level and list items their kind', () => {
    const page = read('<h3>一、总体要求</h3><ul><li>坚持问题导向</li></ul><blockquote>引文</blockquote>');
    expect(page.blocks).toEqual([
      { text: '一、总体要求', kind: 'heading', start: 0, headingLevel: 3 },
      { text: '坚持问题导向', kind: 'list-item', start: 7 },
      { text: '引文', kind: 'paragraph', start: 14 },
    ]);
  });

  it('splits text around a nested block and drops script, style, template, hidden and aria-hidden text', () => {
    const page = read(
      '<div>导语<p>正文</p>结语<script>var a="脚本";</script><style>p{}</style><template>模板</template>' +
        '<span hidden>隐藏</span><span aria-hidden="true">读屏</span><noscript>无脚本</noscript></div>',
    );
    expect(page.blocks.map((b) => b.text)).toEqual(['导语', '正文', '结语']);
  });

  it('drops a nested related-links list inside the article', () => {
    const para = '<p>' + '各级党委办公室要切实加强自身建设，提高服务水平。'.repeat(4) + '</p>';
    const page = read(
      `<div class="content">${para.repeat(5)}<ul><li><a href="/1">在全市会议上的讲话</a></li><li><a href="/2">在全县会议上的讲话</a></li><li><a href="/3">在全区会议上的讲话</a></li></ul></div>`,
    );
    expect(page.blocks).toHaveLength(5);
  });
});

describe('readPage on malformed or extreme pages', () => {
  it('never throws on unclosed tags, an empty body or an empty document', () => {
    expect(() => readPage(parseHtml('<div><p>同志们：<b>一、总体<span>要求<p>二是<div>'))).not.toThrow();
    expect(readPage(parseHtml('<html><body></body></html>')).blocks).toEqual([]);
    expect(readPage(parseHtml('')).root).toBeTruthy();
  });

  it('reads 5000 nested unclosed <font> and <div> tags without a stack overflow, keeping 95% of them', () => {
    const html = '<body>' + '<div><font>第一，深层嵌套。'.repeat(5000) + '</body>';
    const page = readPage(parseHtml(html));
    // The content root is the deepest element holding ≥95% of the text, so the outermost levels fall away.
    expect(page.blocks.length).toBeGreaterThanOrEqual(4750);
  });

  it('reads a 5 MB page in linear time', () => {
    const para = '<p>' + '要切实增强责任感和使命感，把各项工作抓实抓细抓出成效。'.repeat(10) + '</p>\n';
    const html = `<html><body><div id="content">${para.repeat(Math.ceil(5_000_000 / (para.length * 3)))}</div></body></html>`;
    const started = performance.now();
    const page = readPage(parseHtml(html));
    expect(page.blocks.length).toBeGreaterThan(1000);
    expect(performance.now() - started).toBeLessThan(20_000);
  });
});
