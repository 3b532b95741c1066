import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { deleteAnnotation, listAnnotations, listPageAnnotations } from '../../../storage/annotation-store.ts';
import { SpeechOutlineDB } from '../../../storage/db.ts';
import { V2_STORES } from '../../../storage/migrations/v2.ts';
import { listTrash, restoreFromTrash } from '../../../storage/trash-store.ts';
import { annotation, page, savedOutline, SPEECH_URL } from '../fixtures.ts';

/** Records exactly as version 2 wrote them (search fields included). */
const V2_RECORDS = {
  annotations: [
    { ...annotation('a1'), tokens: ['党性', '根本'], indexedWith: 2 },
    { ...annotation('a2', { kind: 'golden', color: 'pink', tags: ['金句', '党建'], updatedAt: 1_700_000_500_000 }), tokens: [], indexedWith: 0 },
  ],
  pages: [{ ...page(), tokens: ['秘书长'], indexedWith: 2 }],
  outlines: [{ ...savedOutline('o1'), tokens: ['党性'], indexedWith: 1 }],
  settings: [{ key: 'persistRequested', value: true }],
};

async function databaseWrittenByV2(): Promise<{ name: string; indexedDB: IDBFactory }> {
  const indexedDB = new IDBFactory();
  const name = 'written-by-v2';
  const v2 = new Dexie(name, { indexedDB, IDBKeyRange });
  v2.version(2).stores(V2_STORES);
  for (const [table, rows] of Object.entries(V2_RECORDS)) await v2.table(table).bulkPut(rows);
  v2.close();
  return { name, indexedDB };
}

describe('migration to version 3 (回收站)', () => {
  it('keeps every version-2 record byte for byte and adds an empty 回收站', async () => {
    const { name, indexedDB } = await databaseWrittenByV2();
    const db = new SpeechOutlineDB(name, { indexedDB, IDBKeyRange });
    expect(db.verno).toBeGreaterThanOrEqual(3); // later versions open it too
    expect(await db.annotations.orderBy('id').toArray()).toEqual(V2_RECORDS.annotations);
    expect(await db.pages.toArray()).toEqual(V2_RECORDS.pages);
    expect(await db.outlines.toArray()).toEqual(V2_RECORDS.outlines);
    expect(await db.settings.toArray()).toEqual(V2_RECORDS.settings);
    expect(await db.trash.count()).toBe(0);
    db.close();
  });

  it('lets a note written by version 2 go to the 回收站 and come back unchanged', async () => {
    const { name, indexedDB } = await databaseWrittenByV2();
    const db = new SpeechOutlineDB(name, { indexedDB, IDBKeyRange });
    await deleteAnnotation(db, 'a2', 1_800_000_000_000);
    expect((await listAnnotations(db, {}, 0, 10)).annotations.map((a) => a.id)).toEqual(['a1']);
    expect((await listTrash(db)).items.map((item) => item.annotation.id)).toEqual(['a2']);
    await restoreFromTrash(db, 'a2');
    expect(await db.annotations.get('a2')).toEqual(V2_RECORDS.annotations[1]);
    expect((await listPageAnnotations(db, SPEECH_URL)).map((a) => a.id).sort()).toEqual(['a1', 'a2']);
    db.close();
  });
});
