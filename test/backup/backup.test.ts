// @vitest-environment happy-dom
// dexie-export-import reads files with FileReader and looks at `self`: both come from the DOM environment.
import { restoreProblemText } from '../../components/restore-problem-text.ts';
import { useLocale } from '../i18n/pin-language.ts';
import { LATEST_VERSION } from '../../storage/migrations/index.ts';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { DB_NAME, SpeechOutlineDB } from '../../storage/db.ts';
import { V1_STORES } from '../../storage/migrations/v1.ts';
import { applyRestore, backupDatabase, backupFileName, planRestore, type BackupProgress } from '../../storage/backup.ts';
import { deepExport, editedBackup, extensionDatabase, idOf, seedAnnotation, seedDatabase, seedPages } from './fixtures.ts';

describe('backupFileName', () => {
  it('names the file after the extension and the local day', () => {
    expect(backupFileName(new Date(2026, 10, 27, 23, 59))).toBe('讲话提纲助手-备份-2026-11-27.json');
    expect(backupFileName(new Date(2027, 0, 3))).toBe('讲话提纲助手-备份-2027-01-03.json');
  });
});

describe('backupDatabase', () => {
  it('writes every table to one dexie JSON file and reports progress up to the total', async () => {
    const db = extensionDatabase();
    await seedDatabase(db, 2500);
    const progress: BackupProgress[] = [];
    const blob = await backupDatabase(db, { onProgress: (p) => progress.push(p) });
    expect(blob.type).toBe('application/json');
    const json = JSON.parse(await blob.text());
    expect(json).toMatchObject({ formatName: 'dexie', formatVersion: 1, data: { databaseName: 'speech-outline', databaseVersion: LATEST_VERSION } });
    expect(Object.fromEntries(json.data.tables.map((t: { name: string; rowCount: number }) => [t.name, t.rowCount]))).toEqual({ pages: 40, annotations: 2500, outlines: 25, settings: 3, trash: 0 });
    expect(progress.length).toBeGreaterThan(2);
    expect(progress.at(-1)).toEqual({ done: 2568, total: 2568 });
  });

  it('stops with an AbortError when cancelled and leaves the database as it was', async () => {
    const db = extensionDatabase();
    await seedDatabase(db, 3000);
    const before = await deepExport(db);
    const controller = new AbortController();
    const backup = backupDatabase(db, { signal: controller.signal, onProgress: (p) => p.done > 0 && controller.abort() });
    await expect(backup).rejects.toMatchObject({ name: 'AbortError' });
    expect(await deepExport(db)).toBe(before);
  });
});

describe('planRestore', () => {
  it('counts what a restore would add, replace and leave alone, without writing', async () => {
    const source = extensionDatabase();
    await seedDatabase(source, 100);
    const blob = await backupDatabase(source);

    const target = extensionDatabase();
    await target.annotations.bulkPut([seedAnnotation(0), seedAnnotation(1), { ...seedAnnotation(2), note: '本机改过的笔记' }]);
    await target.pages.bulkPut(seedPages().slice(0, 5));
    const before = await deepExport(target);

    const result = await planRestore(target, blob);
    expect(result).toEqual({
      ok: true,
      plan: {
        add: { pages: 35, annotations: 97, outlines: 25, settings: 3, trash: 0 },
        update: { pages: 0, annotations: 1, outlines: 0, settings: 0, trash: 0 },
        unchanged: { pages: 5, annotations: 2, outlines: 0, settings: 0, trash: 0 },
        total: 168,
        skipped: { total: 0, byReason: {} },
      },
    });
    expect(await deepExport(target)).toBe(before);
  });
});

describe('applyRestore', () => {
  it('merges by id: known ids take the backup, new ids are added, other records stay, nothing is doubled', async () => {
    const source = extensionDatabase();
    await seedDatabase(source, 200);
    const blob = await backupDatabase(source);

    const target = extensionDatabase();
    const editedHere = { ...seedAnnotation(5), note: '本机改过的笔记', tags: ['本机'] };
    const onlyHere = { ...seedAnnotation(7, 2), quote: '只在本机的金句：秘书长要当好参谋助手。' };
    await target.annotations.bulkPut([seedAnnotation(3), editedHere, onlyHere]);
    await target.settings.put({ key: 'only.here', value: '保留' });

    const result = await applyRestore(target, blob);
    expect(result).toEqual({ ok: true, written: 268, skipped: { total: 0, byReason: {} } });
    expect(await target.annotations.count()).toBe(201);
    expect(await target.annotations.get(onlyHere.id)).toEqual(onlyHere);
    expect(await target.annotations.get(editedHere.id)).toEqual(seedAnnotation(5));
    expect(await target.settings.get('only.here')).toEqual({ key: 'only.here', value: '保留' });
    const ids = (await target.annotations.toCollection().primaryKeys()) as string[];
    expect(new Set(ids).size).toBe(ids.length);
    // Every index answers for the restored notes.
    expect(await target.annotations.where('tags').equals('党建').count()).toBeGreaterThan(0);
    expect(await target.annotations.where('url').equals(seedAnnotation(0).url).count()).toBe(5);
  });

  it('restoring the same file twice changes nothing the second time', async () => {
    const source = extensionDatabase();
    await seedDatabase(source, 50);
    const blob = await backupDatabase(source);
    const target = extensionDatabase();
    await applyRestore(target, blob);
    const once = await deepExport(target);
    const plan = await planRestore(target, blob);
    expect(plan.ok && plan.plan.unchanged.annotations).toBe(50);
    await applyRestore(target, blob);
    expect(await deepExport(target)).toBe(once);
  });

  it('rolls every chunk back when cancelled midway', async () => {
    const source = extensionDatabase();
    await seedDatabase(source, 3000);
    const blob = await backupDatabase(source);

    const target = extensionDatabase();
    await target.annotations.bulkPut([{ ...seedAnnotation(10), note: '本机版本' }, seedAnnotation(20, 3)]);
    const before = await deepExport(target);

    const controller = new AbortController();
    const seen: BackupProgress[] = [];
    const result = await applyRestore(target, blob, {
      signal: controller.signal,
      // Cancel once some chunks are written but not all.
      onProgress: (p) => {
        seen.push(p);
        if (p.done > 0 && p.done < p.total) controller.abort();
      },
    });
    expect(result).toMatchObject({ ok: false, reason: 'cancelled' });
    expect(seen.some((p) => p.done > 0 && p.done < p.total)).toBe(true);
    expect(await deepExport(target)).toBe(before);
  });

  it('does nothing when already cancelled before it starts', async () => {
    const target = extensionDatabase();
    const blob = await backupDatabase(target);
    const controller = new AbortController();
    controller.abort();
    expect(await applyRestore(target, blob, { signal: controller.signal })).toMatchObject({ ok: false, reason: 'cancelled' });
  });
});

describe('a file that cannot be restored', () => {
  async function backupOfSeed(): Promise<Blob> {
    const source = extensionDatabase();
    await seedDatabase(source, 30);
    return backupDatabase(source);
  }

  const cases: Array<[string, 'corrupt' | 'foreign' | 'newer', (good: Blob) => Promise<Blob>]> = [
    ['text that is not JSON', 'corrupt', async () => new Blob(['这不是备份文件'])],
    ['an empty file', 'corrupt', async () => new Blob([])],
    ['a backup cut off in the middle', 'corrupt', async (good) => good.slice(0, Math.floor(good.size * 0.6))],
    ['a backup cut off inside its header', 'corrupt', async (good) => good.slice(0, 120)],
    ['a backup whose rows do not match its counts', 'corrupt', (good) => editedBackup(good, (j) => j.data.data[1]!.rows.pop())],
    ['other JSON', 'foreign', async () => new Blob([JSON.stringify({ notes: [{ quote: '党性是根本' }] })])],
    ['a JSON array', 'foreign', async () => new Blob(['[1,2,3]'])],
    ['another Dexie database', 'foreign', (good) => editedBackup(good, (j) => { j.data.databaseName = 'some-other-app'; })],
    ['a table this extension does not have', 'foreign', (good) => editedBackup(good, (j) => {
      j.data.tables.push({ name: 'bookmarks', schema: 'id', rowCount: 0 });
      j.data.data.push({ tableName: 'bookmarks', rows: [] });
    })],
    ['a table with another primary key', 'foreign', (good) => editedBackup(good, (j) => { j.data.tables[1]!.schema = '++seq,url'; })],
    ['a newer schema version', 'newer', (good) => editedBackup(good, (j) => { j.data.databaseVersion = LATEST_VERSION + 1; })],
  ];

  it.each(cases)('refuses %s and changes nothing', async (_name, reason, make) => {
    const blob = await make(await backupOfSeed());
    const db = extensionDatabase();
    await db.annotations.bulkPut([seedAnnotation(1), seedAnnotation(2)]);
    const before = await deepExport(db);

    const plan = await planRestore(db, blob);
    expect(plan).toMatchObject({ ok: false, reason });
    const applied = await applyRestore(db, blob);
    expect(applied).toMatchObject({ ok: false, reason });
    expect(await deepExport(db)).toBe(before);
  });

  it.each([
    ['zh-CN', 'corrupt', '无法读取这个文件'],
    ['en-US', 'corrupt', 'Cannot read this file'],
    ['zh-CN', 'newer', '更新版本'],
    ['en-US', 'newer', 'newer version'],
    ['zh-CN', 'foreign', '不是讲话提纲助手的备份'],
    ['en-US', 'foreign', 'not a Speech Outline backup'],
  ])('reports a reason the options page words, in %s (%s)', async (language, reason, words) => {
    const good = await backupOfSeed();
    const blob = reason === 'corrupt' ? good.slice(0, 500) : await editedBackup(good, (j) => {
      if (reason === 'newer') j.data.databaseVersion = 9;
      else j.data.databaseName = 'other';
    });
    useLocale(language === 'zh-CN' ? 'zh_CN' : 'en');
    const plan = await planRestore(extensionDatabase(), blob);
    expect(plan).toMatchObject({ ok: false, reason });
    if (!plan.ok) expect(restoreProblemText(plan)).toContain(words);
    useLocale(null);
  });
});

describe('a backup from an older schema version', () => {
  it('is merged into a newer database when every table is known', async () => {
    const source = extensionDatabase();
    await seedDatabase(source, 20);
    const blob = await backupDatabase(source);
    // A later build whose schema is version 2 (same tables) reads a version-1 backup.
    const later = new SpeechOutlineDB(DB_NAME, { indexedDB: new IDBFactory(), IDBKeyRange });
    later.version(2).stores(V1_STORES);
    expect(await planRestore(later, blob)).toMatchObject({ ok: true, plan: { add: { annotations: 20 }, total: 88 } });
    expect(await applyRestore(later, blob)).toEqual({ ok: true, written: 88, skipped: { total: 0, byReason: {} } });
    expect(await later.annotations.get(idOf(1, 7))).toEqual(seedAnnotation(7));
  });
});
