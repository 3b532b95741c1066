// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { rangeInBlock, readPage, sourceAt, type PageText } from '../../dom/index.ts';
import { HIDDEN_WATERMARK, loadFixture, parseHtml } from './load-fixture.ts';

const FIXTURES = [
  'seed-p.html', 'seed-br.html', 'seed-word.html', 'single-speech.html',
  'news-report.html', 'novel-chapter.html', 'forum-list.html', 'product-page.html',
];

/** What a Range over a block reads: source whitespace runs collapse, hidden watermarks are still in the DOM. */
function rangeText(range: Range): string {
  return range.toString().replaceAll(HIDDEN_WATERMARK, '').replace(/[ \t\n\r\f]+/g, ' ');
}

function everyNth<T>(items: T[], n: number): T[] {
  return items.filter((_, i) => i % n === 0 || i === items.length - 1);
}

describe('rangeInBlock', () => {
  it.each(FIXTURES)('maps whole blocks of %s back to Ranges whose toString() is the block text', (name) => {
    const page = readPage(loadFixture(name));
    expect(page.blocks.length).toBeGreaterThan(0);
    for (const i of everyNth(page.blocks.map((_, k) => k), 7)) {
      const text = page.blocks[i]!.text;
      const range = rangeInBlock(page, i, 0, text.length);
      expect(range, `block ${i}`).not.toBeNull();
      expect(rangeText(range!)).toBe(text.replace(/[ \t\n\r\f]+/g, ' '));
    }
  });

  it('maps the （一） marker split across three Word spans to a Range over exactly those spans', () => {
    const page = readPage(loadFixture('seed-word.html'));
    const i = page.blocks.findIndex((b) => b.text.startsWith('（二）信息工作'));
    const range = rangeInBlock(page, i, 0, 3)!;
    expect(range.toString()).toBe('（二）');
    expect(range.startContainer).not.toBe(range.endContainer);
    const title = rangeInBlock(page, i, 3, 11)!;
    expect(title.toString()).toBe('信息工作成效明显');
  });

  it('maps a sub-range of a seed-br line that follows a 　　 indent and a <br>', () => {
    const page = readPage(loadFixture('seed-br.html'));
    const i = page.blocks.findIndex((b) => b.text.startsWith('第二，宗旨是本质'));
    expect(rangeInBlock(page, i, 3, 8)!.toString()).toBe('宗旨是本质');
  });

  it('maps a range spanning a display:none watermark to the visible chars on both sides', () => {
    const page = readPage(loadFixture('seed-p.html'));
    const i = page.blocks.findIndex((_, k) => page.sources[k]!.nodes.length > 1);
    const block = page.blocks[i]!.text;
    const range = rangeInBlock(page, i, 0, block.length)!;
    expect(range.toString()).toContain(HIDDEN_WATERMARK);
    expect(rangeText(range)).toBe(block);
  });

  it('returns null out of bounds and a collapsed Range for an empty span', () => {
    const page = readPage(parseHtml('<body><p>一是抓学习</p></body>'));
    expect(rangeInBlock(page, 0, 0, 6)).toBeNull();
    expect(rangeInBlock(page, 0, -1, 2)).toBeNull();
    expect(rangeInBlock(page, 0, 3, 2)).toBeNull();
    expect(rangeInBlock(page, 1, 0, 1)).toBeNull();
    const empty = rangeInBlock(page, 0, 2, 2)!;
    expect(empty.collapsed).toBe(true);
    expect(rangeInBlock(page, 0, 2, 5)!.toString()).toBe('抓学习');
  });

  it('maps a collapsed run of source whitespace to its first source char', () => {
    const page: PageText = readPage(parseHtml('<body><p>第一，\n      <span>党性</span>是根本</p></body>'));
    expect(page.blocks[0]!.text).toBe('第一， 党性是根本');
    const at = sourceAt(page.sources[0]!, page.blocks[0]!.text.length, 3)!;
    expect(at.node.data.charAt(at.offset)).toBe('\n');
    expect(rangeInBlock(page, 0, 4, 6)!.toString()).toBe('党性');
    expect(rangeInBlock(page, 0, 2, 7)!.toString()).toBe('，\n      党性是');
  });

  it('agrees with a char-by-char walk of the sources on every char of a seed-p block', () => {
    const page = readPage(loadFixture('seed-p.html'));
    const i = page.blocks.findIndex((_, k) => page.sources[k]!.nodes.length > 2);
    const text = page.blocks[i]!.text;
    for (let k = 0; k < text.length; k++) {
      const at = sourceAt(page.sources[i]!, text.length, k)!;
      expect(at.node.data.charAt(at.offset)).toBe(text.charAt(k));
    }
  });
});
