// @vitest-environment happy-dom
// dexie-export-import reads files with FileReader and looks at `self`: both come from the DOM environment.
import { describe, expect, it } from 'vitest';
import { deleteAnnotation, saveAnnotation } from '../../storage/annotation-store.ts';
import { applyRestore, backupDatabase } from '../../storage/backup.ts';
import { listTrash } from '../../storage/trash-store.ts';
import { draft } from '../storage/fixtures.ts';
import { extensionDatabase } from './fixtures.ts';

describe('a backup and the 回收站', () => {
  it('carries the deleted notes: restored on another machine, the 回收站 holds the same note', async () => {
    const db = extensionDatabase();
    const note = await saveAnnotation(db, draft({ note: '删了也要留着' }), '讲话', 1000);
    await deleteAnnotation(db, note.id, 5000);
    const target = extensionDatabase();
    expect(await applyRestore(target, await backupDatabase(db))).toMatchObject({ ok: true });
    expect((await listTrash(target)).items).toEqual([{ annotation: note, deletedAt: 5000 }]);
    expect(await target.annotations.count()).toBe(0);
  });
});
