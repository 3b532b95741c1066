import { IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { SpeechOutlineDB } from '../../../storage/db.ts';
import { INDEX_PENDING } from '../../../storage/search-fields.ts';
import { annotation, page, savedOutline, SPEECH_URL } from '../fixtures.ts';
import { databaseWrittenBy } from './written-by.ts';

/** Records exactly as version 1 wrote them. */
const V1_RECORDS = {
  annotations: [annotation('a1'), annotation('a2', { kind: 'golden', color: 'pink', tags: ['金句', '党建'], note: '' })],
  pages: [page(), page('https://www.gov.cn/gongbao/2024/content_6921.htm')],
  outlines: [savedOutline('o1'), savedOutline('o2', 1_700_000_100_000)],
  settings: [{ key: 'persistRequested', value: true }],
};

const databaseWrittenByV1 = () => databaseWrittenBy(1, V1_RECORDS);

describe('migration to version 2 (search index)', () => {
  it('adds only tokens: [] and indexedWith: 0 to notes, outlines and pages, and changes nothing else', async () => {
    const { name, indexedDB } = await databaseWrittenByV1();
    const db = new SpeechOutlineDB(name, { indexedDB, IDBKeyRange });
    expect(db.verno).toBeGreaterThanOrEqual(2);
    const marks = { tokens: [], indexedWith: INDEX_PENDING };
    expect(await db.annotations.orderBy('id').toArray()).toEqual(V1_RECORDS.annotations.map((r) => ({ ...r, ...marks })));
    expect(await db.pages.orderBy('url').toArray()).toEqual([...V1_RECORDS.pages].sort((a, b) => a.url.localeCompare(b.url)).map((r) => ({ ...r, ...marks })));
    expect(await db.outlines.orderBy('id').toArray()).toEqual(V1_RECORDS.outlines.map((r) => ({ ...r, ...marks })));
    expect(await db.settings.toArray()).toEqual(V1_RECORDS.settings);
    db.close();
  });

  it('leaves every version-1 index answering and the new ones ready for the indexer', async () => {
    const { name, indexedDB } = await databaseWrittenByV1();
    const db = new SpeechOutlineDB(name, { indexedDB, IDBKeyRange });
    expect(await db.annotations.where('tags').equals('金句').primaryKeys()).toEqual(['a2']);
    expect(await db.annotations.where('url').equals(SPEECH_URL).count()).toBe(2);
    expect(await db.outlines.orderBy('savedAt').reverse().primaryKeys()).toEqual(['o2', 'o1']);
    // Every record is found by the indexer's query for records waiting for tokens…
    expect(await db.annotations.where('indexedWith').equals(INDEX_PENDING).count()).toBe(2);
    expect(await db.outlines.where('indexedWith').equals(INDEX_PENDING).count()).toBe(2);
    expect(await db.pages.where('indexedWith').equals(INDEX_PENDING).count()).toBe(2);
    // …and the multi-entry index takes tokens.
    await db.annotations.update('a1', { tokens: ['作风建设', '作风', '建设'], indexedWith: 2 });
    expect(await db.annotations.where('tokens').equals('作风').primaryKeys()).toEqual(['a1']);
    db.close();
  });
});
