import { IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { deleteAnnotation, listAnnotations, listPageAnnotations } from '../../../storage/annotation-store.ts';
import { SpeechOutlineDB } from '../../../storage/db.ts';
import { listTrash, restoreFromTrash } from '../../../storage/trash-store.ts';
import { SPEECH_URL } from '../fixtures.ts';
import { databaseWrittenBy, recordsWrittenBy } from './written-by.ts';

/** Records exactly as version 2 wrote them (search fields included). */
const V2_RECORDS = recordsWrittenBy(2);
const databaseWrittenByV2 = () => databaseWrittenBy(2, V2_RECORDS);

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
