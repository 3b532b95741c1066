import { describe, expect, it } from 'vitest';
import { saveAnnotation, saveOutline, updateAnnotation } from '../../storage/annotation-store.ts';
import { INDEX_JIEBA, INDEX_NGRAM, INDEX_PENDING } from '../../storage/search-fields.ts';
import type { AnnotationHit, OutlineHit, PageHit } from '../../protocol/search-types.ts';
import { savedOutline, SPEECH_URL } from '../storage/fixtures.ts';
import { brokenSegmenter, jiebaLoaded, jiebaSegmenter, noteDraft, searchSetup } from './search-fixtures.ts';

const DAY = 86_400_000;
const NOW = Date.UTC(2025, 0, 10);

const notesOf = (hits: Array<{ type: string }>) => hits.filter((h): h is AnnotationHit => h.type === 'annotation');

describe('search over notes with jieba', () => {
  it('finds 作风建设 inside sentences, and not in notes without it', async () => {
    const segmenter = jiebaSegmenter();
    await jiebaLoaded(segmenter);
    const { db, service, search } = searchSetup(segmenter);
    const tokenize = service.tokenizeForWrite;
    await saveAnnotation(db, noteDraft('要持之以恒加强党的作风建设，坚决反对形式主义、官僚主义。'), '讲话', NOW, tokenize);
    await saveAnnotation(db, noteDraft('抓好办公厅系统自身建设，锤炼过硬作风。'), '讲话', NOW, tokenize);
    await saveAnnotation(db, noteDraft('以钉钉子精神抓落实', { note: '这里讲的是作风建设的长效机制' }), '讲话', NOW, tokenize);

    const result = await search('作风建设');
    expect(result.tokenizer).toBe('jieba');
    const quotes = notesOf(result.hits).map((h) => h.annotation.quote);
    expect(quotes).toHaveLength(2);
    expect(quotes).toContain('要持之以恒加强党的作风建设，坚决反对形式主义、官僚主义。');
    expect(quotes).toContain('以钉钉子精神抓落实');
    const inQuote = notesOf(result.hits).find((h) => h.annotation.quote.startsWith('要持之以恒'))!;
    expect(inQuote.spans.quote.map(([s, e]) => inQuote.annotation.quote.slice(s, e))).toEqual(['作风建设']);
    const inNote = notesOf(result.hits).find((h) => h.annotation.quote === '以钉钉子精神抓落实')!;
    expect(inNote.spans.note.map(([s, e]) => inNote.annotation.note.slice(s, e))).toEqual(['作风建设']);
  });

  it('ranks a match of the whole phrase in the quote above a tag-only match, and newer above older', async () => {
    const segmenter = jiebaSegmenter();
    await jiebaLoaded(segmenter);
    const { db, service, search } = searchSetup(segmenter);
    const tokenize = service.tokenizeForWrite;
    await saveAnnotation(db, noteDraft('会议讨论了年度预算安排。', { tags: ['作风建设'] }), '讲话', NOW, tokenize);
    await saveAnnotation(db, noteDraft('加强作风建设是一项长期任务。'), '讲话', NOW - 90 * DAY, tokenize);
    await saveAnnotation(db, noteDraft('作风建设永远在路上。'), '讲话', NOW - DAY, tokenize);
    const result = await search('作风建设');
    expect(notesOf(result.hits).map((h) => h.annotation.quote)).toEqual(['作风建设永远在路上。', '加强作风建设是一项长期任务。', '会议讨论了年度预算安排。']);
    expect(notesOf(result.hits)[2]!.spans.tags).toEqual(['作风建设']);
  });

  it('needs every word of the query (AND) and keeps the filters', async () => {
    const segmenter = jiebaSegmenter();
    await jiebaLoaded(segmenter);
    const { db, service, search } = searchSetup(segmenter);
    const tokenize = service.tokenizeForWrite;
    await saveAnnotation(db, noteDraft('调查研究是谋事之基、成事之道。', { color: 'pink' }), '讲话', NOW, tokenize);
    await saveAnnotation(db, noteDraft('大兴调查研究之风，推动工作落实。', { color: 'green' }), '讲话', NOW, tokenize);
    expect(notesOf((await search('调查研究 落实')).hits).map((h) => h.annotation.color)).toEqual(['green']);
    expect(notesOf((await search('调查研究', { color: 'pink' })).hits).map((h) => h.annotation.color)).toEqual(['pink']);
    expect((await search('调查研究', { kind: 'golden' })).hits).toEqual([]);
  });

  it('finds point titles of saved outlines and page titles, with spans', async () => {
    const segmenter = jiebaSegmenter();
    await jiebaLoaded(segmenter);
    const { db, service, search } = searchSetup(segmenter);
    const outline = savedOutline('x').outline;
    await saveOutline(db, { ...outline, url: SPEECH_URL }, NOW, service.tokenizeForWrite);
    const byPoint = await search('党性');
    const outlineHit = byPoint.hits.find((h): h is OutlineHit => h.type === 'outline')!;
    expect(outlineHit.points).toEqual([{ marker: '一、', title: '党性是根本', spans: [[0, 2]] }]);
    const byTitle = await search('秘书长会议');
    const pageHit = byTitle.hits.find((h): h is PageHit => h.type === 'page')!;
    expect(pageHit.page.title).toBe('在全省党委秘书长会议讲话');
    expect(pageHit.spans).toEqual([[5, 10]]);
    expect(byTitle.hits.some((h) => h.type === 'outline')).toBe(false);
  });

  it('re-tokenises a note whose text changes', async () => {
    const segmenter = jiebaSegmenter();
    await jiebaLoaded(segmenter);
    const { db, service, search } = searchSetup(segmenter);
    const a = await saveAnnotation(db, noteDraft('统筹发展和安全。'), '讲话', NOW, service.tokenizeForWrite);
    expect(notesOf((await search('意识形态')).hits)).toHaveLength(0);
    await updateAnnotation(db, a.id, { note: '落实意识形态工作责任制' }, NOW, service.tokenizeForWrite);
    expect(notesOf((await search('意识形态')).hits)).toHaveLength(1);
    const stored = await db.annotations.get(a.id);
    expect(stored?.indexedWith).toBe(INDEX_JIEBA);
    expect(stored?.tokens).toContain('意识形态');
  });
});

describe('search without jieba, and records waiting for the indexer', () => {
  it('finds notes indexed by the n-gram fallback', async () => {
    const { db, service, search } = searchSetup(brokenSegmenter());
    await saveAnnotation(db, noteDraft('要持之以恒加强党的作风建设。'), '讲话', NOW, service.tokenizeForWrite);
    await saveAnnotation(db, noteDraft('锤炼过硬作风。'), '讲话', NOW, service.tokenizeForWrite);
    expect((await db.annotations.toArray()).map((a) => a.indexedWith)).toEqual([INDEX_NGRAM, INDEX_NGRAM]);
    const result = await search('作风建设');
    expect(result.tokenizer).toBe('ngram');
    expect(notesOf(result.hits).map((h) => h.annotation.quote)).toEqual(['要持之以恒加强党的作风建设。']);
  });

  it('re-indexes n-gram records with jieba once it is ready, and still finds them', async () => {
    const segmenter = jiebaSegmenter();
    const { db, service, search } = searchSetup(segmenter);
    // jieba not loaded yet: the write does not wait for it.
    await saveAnnotation(db, noteDraft('要持之以恒加强党的作风建设。'), '讲话', NOW, service.tokenizeForWrite);
    expect((await db.annotations.toArray())[0]?.indexedWith).toBe(INDEX_NGRAM);
    await service.refresh();
    const [stored] = await db.annotations.toArray();
    expect(stored?.indexedWith).toBe(INDEX_JIEBA);
    expect(stored?.tokens).toContain('作风建设');
    expect(await service.status()).toEqual({ indexed: 2, total: 2, tokenizer: 'jieba' });
    expect(notesOf((await search('作风建设')).hits)).toHaveLength(1);
  });

  it('scans notes that have no tokens yet, and the indexer gives them tokens', async () => {
    const segmenter = jiebaSegmenter();
    await jiebaLoaded(segmenter);
    const { db, service, search } = searchSetup(segmenter);
    await saveAnnotation(db, noteDraft('要持之以恒加强党的作风建设。'), '讲话', NOW);
    expect((await db.annotations.toArray())[0]?.indexedWith).toBe(INDEX_PENDING);
    expect((await service.status()).indexed).toBe(0);
    expect(notesOf((await search('作风建设')).hits)).toHaveLength(1);
    await service.refresh();
    expect(await service.status()).toEqual({ indexed: 2, total: 2, tokenizer: 'jieba' });
    expect(notesOf((await search('作风建设')).hits)).toHaveLength(1);
  });

  it('indexes records restored without index fields (a version-1 backup)', async () => {
    const segmenter = jiebaSegmenter();
    await jiebaLoaded(segmenter);
    const { db, service, search } = searchSetup(segmenter);
    const plain = { ...noteDraft('大兴调查研究之风。'), id: 'old-1', createdAt: NOW, updatedAt: NOW };
    await db.annotations.put(plain);
    expect(await service.status()).toMatchObject({ indexed: 0, total: 1 });
    await service.refresh();
    expect(await service.status()).toMatchObject({ indexed: 1, total: 1 });
    expect(notesOf((await search('调查研究')).hits).map((h) => h.annotation.id)).toEqual(['old-1']);
  });
});

describe('re-indexing after the user’s words change', () => {
  it('keeps notes findable while they wait and gives them the new words', async () => {
    const segmenter = jiebaSegmenter();
    await jiebaLoaded(segmenter);
    const { db, service, search } = searchSetup(segmenter);
    await saveAnnotation(db, noteDraft('今年评选秦岭生态卫士，表彰护林一线的同志。'), '讲话', NOW, service.tokenizeForWrite);
    segmenter.updateUserWords(['秦岭生态卫士'], []);
    const stale = db.annotations.toArray();
    expect((await stale)[0]?.tokens).not.toContain('秦岭生态卫士');
    const reindex = service.reindexAll();
    expect(notesOf((await search('秦岭生态卫士')).hits)).toHaveLength(1);
    await reindex;
    await service.refresh();
    const [stored] = await db.annotations.toArray();
    expect(stored?.indexedWith).toBe(INDEX_JIEBA);
    expect(stored?.tokens).toContain('秦岭生态卫士');
    expect(notesOf((await search('秦岭生态卫士')).hits)).toHaveLength(1);
  });
});
