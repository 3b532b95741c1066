import { Dexie } from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import {
  annotationFacets, deleteAnnotation, deleteOutline, listAnnotations, listOutlines, listPageAnnotations, renameOutline, restoreOutline, saveAnnotation, saveOutline, updateAnnotation,
} from '../../storage/annotation-store.ts';
import { isQuotaError } from '../../storage/errors.ts';
import { draft, freshDatabase, savedOutline, SPEECH_URL } from './fixtures.ts';

describe('saveAnnotation', () => {
  it('gives a new note an id and times, drops the fragment and records its page', async () => {
    const db = freshDatabase();
    const saved = await saveAnnotation(db, draft({ url: `${SPEECH_URL}#p3` }), '在全省党委秘书长会议讲话', 1000);
    expect(saved).toMatchObject({ url: SPEECH_URL, createdAt: 1000, updatedAt: 1000 });
    expect(saved.id).toMatch(/^[\w-]{36}$/);
    expect(await db.pages.get(SPEECH_URL)).toMatchObject({ title: '在全省党委秘书长会议讲话', site: 'www.diyifanwen.com', firstSeenAt: 1000 });
  });

  it('puts a deleted note back exactly as it was (undo)', async () => {
    const db = freshDatabase();
    const saved = await saveAnnotation(db, draft(), 'T', 1000);
    const deleted = await deleteAnnotation(db, saved.id);
    expect(deleted).toEqual(saved);
    expect(await db.annotations.count()).toBe(0);
    const restored = await saveAnnotation(db, deleted!, 'T', 2000);
    expect(restored).toMatchObject({ id: saved.id, createdAt: 1000 });
  });

  it('loses nothing when several tabs save at once', async () => {
    const db = freshDatabase();
    const urls = Array.from({ length: 8 }, (_, i) => `https://www.gov.cn/zhengce/${i}.html`);
    await Promise.all(urls.flatMap((url) => Array.from({ length: 25 }, (_, j) => saveAnnotation(db, draft({ url, note: `第${j}条` }), `讲话${j}`))));
    expect(await db.annotations.count()).toBe(200);
    expect(await db.pages.count()).toBe(8);
    const notes = (await listPageAnnotations(db, urls[3]!)).map((a) => a.note).sort();
    expect(notes).toHaveLength(25);
  });

  it('keeps every update when two tabs change one note at once', async () => {
    const db = freshDatabase();
    const saved = await saveAnnotation(db, draft(), 'T');
    await Promise.all([updateAnnotation(db, saved.id, { color: 'green' }), updateAnnotation(db, saved.id, { tags: ['党建', '作风'] })]);
    expect(await db.annotations.get(saved.id)).toMatchObject({ color: 'green', tags: ['党建', '作风'] });
  });
});

describe('listAnnotations', () => {
  async function seeded() {
    const db = freshDatabase();
    for (let i = 0; i < 30; i++) {
      await saveAnnotation(db, draft({
        url: i % 3 === 0 ? 'https://www.gov.cn/a.html' : SPEECH_URL,
        color: i % 2 === 0 ? 'yellow' : 'blue',
        kind: i % 5 === 0 ? 'golden' : 'note',
        tags: i % 4 === 0 ? ['作风'] : [],
        note: i === 7 ? '秘书长要当好参谋助手' : `第${i}条`,
      }), '讲话', 1000 + i);
    }
    return db;
  }

  it('pages through the notes newest first', async () => {
    const db = await seeded();
    const first = await listAnnotations(db, {}, 0, 12);
    expect(first.annotations.map((a) => a.note)[0]).toBe('第29条');
    expect(first.nextOffset).toBe(12);
    const last = await listAnnotations(db, {}, 24, 12);
    expect(last.annotations).toHaveLength(6);
    expect(last.nextOffset).toBeNull();
    expect(first.pages.map((p) => p.url).sort()).toEqual([SPEECH_URL, 'https://www.gov.cn/a.html']);
  });

  it.each([
    [{ color: 'blue' as const }, 15],
    [{ kind: 'golden' as const }, 6],
    [{ tag: '作风' }, 8],
    [{ site: 'www.gov.cn' }, 10],
    [{ text: '参谋助手' }, 1],
    [{ color: 'yellow' as const, tag: '作风', text: '第' }, 8],
  ])('filters by %j', async (filters, count) => {
    const db = await seeded();
    const page = await listAnnotations(db, filters, 0, 100);
    expect(page.annotations).toHaveLength(count);
    const sorted = [...page.annotations].sort((a, b) => b.updatedAt - a.updatedAt);
    expect(page.annotations).toEqual(sorted);
  });

  it('pages a text search as well', async () => {
    const db = await seeded();
    const first = await listAnnotations(db, { text: '第' }, 0, 10);
    const second = await listAnnotations(db, { text: '第' }, 10, 100);
    expect(first.annotations).toHaveLength(10);
    expect(second.annotations).toHaveLength(19);
    expect(new Set([...first.annotations, ...second.annotations].map((a) => a.id)).size).toBe(29);
  });

  it('lists the tags and sites to filter by', async () => {
    expect(await annotationFacets(await seeded())).toEqual({ total: 30, tags: ['作风'], sites: ['www.diyifanwen.com', 'www.gov.cn'] });
  });
});

describe('saved outlines', () => {
  it('keeps several copies of a page’s outline, newest first', async () => {
    const db = freshDatabase();
    const doc = savedOutline('x').outline as ReturnType<typeof savedOutline>['outline'] & { url: string };
    await saveOutline(db, doc, 1000);
    await saveOutline(db, { ...doc, title: '修订版' }, 2000);
    expect((await listOutlines(db, SPEECH_URL)).map((o) => o.outline.title)).toEqual(['修订版', '在全省党委秘书长会议讲话']);
    expect(await listOutlines(db, null)).toHaveLength(2);
  });

  it('updates an unchanged copy instead of saving it twice, keeping its id and name', async () => {
    const db = freshDatabase();
    const doc = savedOutline('x').outline as ReturnType<typeof savedOutline>['outline'] & { url: string };
    const first = await saveOutline(db, doc, 1000);
    expect(first.updated).toBe(false);
    await renameOutline(db, first.id, '秘书长会议·定稿');
    // The page read again: the same outline, another confidence score, the address with a fragment.
    const again = await saveOutline(db, { ...doc, url: `${SPEECH_URL}#top`, detection: { ...doc.detection, confidence: 0.91 } }, 5000);
    expect(again).toMatchObject({ id: first.id, savedAt: 5000, updated: true, name: '秘书长会议·定稿' });
    expect(await listOutlines(db, SPEECH_URL)).toEqual([{ id: first.id, url: SPEECH_URL, savedAt: 5000, outline: doc, name: '秘书长会议·定稿' }]);
    // A changed point makes a new copy.
    const changed = structuredClone(doc);
    changed.sections[0]!.points[0]!.title = '党性是根本，是第一位的';
    expect((await saveOutline(db, changed, 6000)).updated).toBe(false);
    expect(await listOutlines(db, SPEECH_URL)).toHaveLength(2);
  });

  it('renames a copy (a blank name goes back to the title) and puts a deleted one back as it was', async () => {
    const db = freshDatabase();
    const doc = savedOutline('x').outline as ReturnType<typeof savedOutline>['outline'] & { url: string };
    const saved = await saveOutline(db, doc, 1000);
    expect(await renameOutline(db, saved.id, '  学习用  ')).toMatchObject({ name: '学习用' });
    expect(await renameOutline(db, saved.id, '')).not.toHaveProperty('name');
    expect(await renameOutline(db, 'nope', 'x')).toBeNull();
    const deleted = (await deleteOutline(db, saved.id))!;
    expect(await listOutlines(db, null)).toEqual([]);
    await restoreOutline(db, deleted);
    expect(await listOutlines(db, null)).toEqual([deleted]);
  });
});

describe('quota errors', () => {
  it.each([
    ['IndexedDB’s own', new DOMException('full', 'QuotaExceededError')],
    ['Dexie’s', new Dexie.QuotaExceededError('full')],
    ['an abort caused by one', Object.assign(new Dexie.AbortError('aborted'), { inner: new DOMException('full', 'QuotaExceededError') })],
  ])('recognises %s', (_what, error) => {
    expect(isQuotaError(error)).toBe(true);
  });

  it('surfaces a full disk as a failed save, not a lost note', async () => {
    const db = freshDatabase();
    vi.spyOn(db.annotations, 'put').mockRejectedValue(new Dexie.QuotaExceededError('full'));
    const error = await saveAnnotation(db, draft(), 'T').catch((e: unknown) => e);
    expect(isQuotaError(error)).toBe(true);
    expect(await db.pages.count()).toBe(0);
  });
});
