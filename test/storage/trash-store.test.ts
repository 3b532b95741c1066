import { describe, expect, it } from 'vitest';
import { tokenizeNgrams } from '../../core/tokenize/ngram.ts';
import { annotationFacets, deleteAnnotation, listAnnotations, listPageAnnotations, saveAnnotation } from '../../storage/annotation-store.ts';
import { INDEX_NGRAM, type Tokenize } from '../../storage/search-fields.ts';
import { searchRecords } from '../../storage/search-query.ts';
import { listTrash, purgeTrash, restoreFromTrash } from '../../storage/trash-store.ts';
import { draft, freshDatabase, SPEECH_URL } from './fixtures.ts';

const ngram: Tokenize = async (text) => ({ tokens: tokenizeNgrams(text, 'search'), tokenizer: 'ngram' });

/** The ids a search for `q` finds among notes (the n-gram path, as before jieba loads). */
async function searchIds(db: ReturnType<typeof freshDatabase>, q: string): Promise<string[]> {
  const results = await searchRecords(db, { q, filters: {}, limit: 20 }, { jieba: null, ngram: tokenizeNgrams(q, 'search') });
  return results.hits.flatMap((h) => (h.type === 'annotation' ? [h.annotation.id] : []));
}

describe('the 回收站', () => {
  it('takes a deleted note out of every list, count and search, and keeps it whole', async () => {
    const db = freshDatabase();
    const kept = await saveAnnotation(db, draft({ note: '调研报告要实', quote: '大兴调查研究之风' }), '讲话', 1000, ngram);
    const gone = await saveAnnotation(db, draft({ note: '办公厅首先是政治机关' }), '讲话', 1000, ngram);
    expect(await searchIds(db, '政治机关')).toEqual([gone.id]);

    expect(await deleteAnnotation(db, gone.id, 5000)).toEqual(gone);
    expect((await listPageAnnotations(db, SPEECH_URL)).map((a) => a.id)).toEqual([kept.id]);
    expect((await listAnnotations(db, {}, 0, 50)).annotations.map((a) => a.id)).toEqual([kept.id]);
    expect((await annotationFacets(db)).total).toBe(1);
    expect(await searchIds(db, '政治机关')).toEqual([]);

    const trash = await listTrash(db);
    expect(trash).toMatchObject({ total: 1, items: [{ annotation: gone, deletedAt: 5000 }], pages: [{ url: SPEECH_URL, title: '讲话' }] });
    // Stored with its search tokens, so a restore is found again without waiting for the indexer.
    expect((await db.trash.get(gone.id))!.indexedWith).toBe(INDEX_NGRAM);
  });

  it('restores a note exactly as it was, searchable again at once, and empties its place in the 回收站', async () => {
    const db = freshDatabase();
    const note = await saveAnnotation(db, draft({ note: '办公厅首先是政治机关', tags: ['党建', '金句'] }), '讲话', 1000, ngram);
    await deleteAnnotation(db, note.id, 5000);
    expect(await restoreFromTrash(db, note.id)).toEqual(note);
    expect(await listPageAnnotations(db, SPEECH_URL)).toEqual([note]);
    expect(await searchIds(db, '政治机关')).toEqual([note.id]);
    expect(await db.annotations.where('tags').equals('金句').primaryKeys()).toEqual([note.id]);
    expect((await listTrash(db)).total).toBe(0);
    expect(await restoreFromTrash(db, note.id)).toBeNull();
  });

  it('is left by a note the page puts back with annotation/save (the in-page undo), so it is never in both', async () => {
    const db = freshDatabase();
    const note = await saveAnnotation(db, draft(), '讲话', 1000);
    const deleted = await deleteAnnotation(db, note.id);
    await saveAnnotation(db, deleted!, '讲话', 2000);
    expect(await db.annotations.count()).toBe(1);
    expect(await db.trash.count()).toBe(0);
  });

  it('purges only the notes named (what the reader confirmed), newest deletion listed first', async () => {
    const db = freshDatabase();
    const ids: string[] = [];
    for (const [i, note] of ['第一条', '第二条', '第三条'].entries()) {
      const saved = await saveAnnotation(db, draft({ note }), '讲话', 1000);
      await deleteAnnotation(db, saved.id, 2000 + i);
      ids.push(saved.id);
    }
    expect((await listTrash(db)).items.map((item) => item.annotation.note)).toEqual(['第三条', '第二条', '第一条']);
    expect(await purgeTrash(db, [ids[0]!, 'not-there'])).toBe(1);
    expect((await listTrash(db)).items.map((item) => item.annotation.note)).toEqual(['第三条', '第二条']);
    expect(await purgeTrash(db, [ids[1]!, ids[2]!])).toBe(2);
    expect(await listTrash(db)).toEqual({ items: [], pages: [], total: 0 });
  });
});
