import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { extractOutline } from '../../core/index.ts';
import { readPage } from '../../dom/index.ts';
import { MAX_TEXT_CHARS } from '../../protocol/text-types.ts';
import { fail, ok } from '../../protocol/result.ts';
import { createBackgroundRouter } from '../../protocol/background-messages.ts';
import { fetchOutlineKeywords, fitKeywordTexts, keywordRequests, pickDistinctKeywords, pointTreeText } from '../../entrypoints/content/reading/outline-keywords.ts';
import { indexOutline, type ReadingOutline } from '../../entrypoints/content/reading/reading-outline.ts';
import { loadFixture } from '../dom/load-fixture.ts';

function readingOutline(name: string): ReadingOutline {
  const page = readPage(loadFixture(name));
  return indexOutline(extractOutline(page.blocks, { title: page.title, url: null }));
}

const outline = readingOutline('seed-p.html');

beforeEach(() => fakeBrowser.reset());

describe('keywordRequests', () => {
  it('asks for each top-level point, with the text of its sub-points, and for each speech', () => {
    const { pointIds, pointTexts, sectionTexts } = keywordRequests(outline);
    expect(pointIds).toEqual(outline.sections.flatMap((s) => s.roots));
    expect(pointIds.every((id) => outline.points[id]!.parent === -1)).toBe(true);
    const withChildren = pointIds.find((id) => outline.points[id]!.children.length > 0)!;
    const child = outline.points[outline.points[withChildren]!.children[0]!]!;
    expect(pointTreeText(outline, withChildren)).toContain(child.text);
    expect(pointTexts).toHaveLength(pointIds.length);
    expect(sectionTexts).toHaveLength(outline.sections.length);
  });

  it('cuts texts to what one request may carry', () => {
    const fitted = fitKeywordTexts(['讲话'.repeat(MAX_TEXT_CHARS), '一是抓学习']);
    expect(fitted.reduce((n, t) => n + t.length, 0)).toBeLessThanOrEqual(MAX_TEXT_CHARS);
    expect(fitted[1]).toBe('一是抓学习');
  });
});

describe('pickDistinctKeywords', () => {
  it.each([
    [['党委', '办公厅', '党委办公厅', '服务', '全局'], ['党委', '办公厅', '服务']],
    [['党委办公厅', '党委', '服务'], ['党委办公厅', '服务']],
    [[], []],
  ])('takes three words of %j that do not overlap', (ranked, picked) => {
    expect(pickDistinctKeywords(ranked)).toEqual(picked);
  });
});

describe('fetchOutlineKeywords', () => {
  it('maps the background’s keywords to point ids and section indexes, three at most', async () => {
    const router = createBackgroundRouter();
    router.on({ 'text/keywords': async ({ texts }) => ok({ keywords: texts.map((_, i) => [`词${i}`, '党性', '党性修养', '服务', '多余']), tokenizer: 'jieba' as const }) });
    router.listen();
    const keywords = await fetchOutlineKeywords(outline);
    const first = outline.sections[0]!.roots[0]!;
    expect(keywords?.points.get(first)).toEqual(['词0', '党性', '服务']);
    expect(keywords?.sections.get(0)).toEqual(['词0', '党性', '服务']);
    expect(keywords?.sections.size).toBe(outline.sections.length);
  });

  it('gives null, so the panel shows no chips, when jieba is not available', async () => {
    const router = createBackgroundRouter();
    router.on({ 'text/keywords': async () => fail('text/keywords: jieba could not be loaded') });
    router.listen();
    expect(await fetchOutlineKeywords(outline)).toBeNull();
  });
});
