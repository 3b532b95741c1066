// @vitest-environment happy-dom
// dexie-export-import reads files with FileReader and looks at `self`: both come from the DOM environment.
import { describe, expect, it } from 'vitest';
import { applyRestore, backupDatabase, planRestore } from '../../storage/backup.ts';
import { allRows, extensionDatabase, seedAnnotation, seedDatabase } from './fixtures.ts';

const NOTES = 10_000;

async function timed<T>(label: string, run: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await run();
  console.log(`[backup round trip] ${label}: ${Math.round(performance.now() - start)} ms`);
  return result;
}

describe('backup and restore of 10,000 notes', () => {
  it('gives back every table exactly, in an empty database', async () => {
    const source = extensionDatabase();
    await timed(`seed ${NOTES} notes`, () => seedDatabase(source, NOTES));
    const blob = await timed('backupDatabase', () => backupDatabase(source));
    console.log(`[backup round trip] file: ${(blob.size / 1024 / 1024).toFixed(1)} MB`);

    const empty = extensionDatabase();
    const plan = await timed('planRestore (dry run)', () => planRestore(empty, blob));
    expect(plan).toMatchObject({ ok: true, plan: { add: { annotations: NOTES, pages: 40, outlines: 25, settings: 3 }, total: NOTES + 68 } });

    const progress: number[] = [];
    const result = await timed('applyRestore', () => applyRestore(empty, blob, { onProgress: (p) => progress.push(p.done) }));
    expect(result).toEqual({ ok: true, written: NOTES + 68, skipped: { total: 0, byReason: {} } });
    expect(progress.length).toBeGreaterThan(3); // the bar moves, not just 0 → 100 %
    expect(progress).toEqual([...progress].sort((a, b) => a - b));

    const [restored, original] = await Promise.all([allRows(empty), allRows(source)]);
    expect(restored).toEqual(original);
    expect(await empty.annotations.where('updatedAt').above(0).count()).toBe(NOTES);
  }, 120_000);

  it('merges into a database holding some of the same ids and some others: nothing doubled, nothing lost', async () => {
    const source = extensionDatabase();
    await seedDatabase(source, NOTES);
    const blob = await backupDatabase(source);

    const target = extensionDatabase();
    // 2,000 notes the backup also has (500 of them edited here since), 300 only here.
    await target.annotations.bulkPut(Array.from({ length: 2000 }, (_, i) => (i < 500 ? { ...seedAnnotation(i), note: `本机修改${i}` } : seedAnnotation(i))));
    const onlyHere = Array.from({ length: 300 }, (_, i) => seedAnnotation(i, 7));
    await target.annotations.bulkPut(onlyHere);

    const plan = await planRestore(target, blob);
    expect(plan).toMatchObject({ ok: true, plan: { add: { annotations: NOTES - 2000 }, update: { annotations: 500 }, unchanged: { annotations: 1500 } } });
    await timed('applyRestore into a database with 2,300 notes', () => applyRestore(target, blob));

    expect(await target.annotations.count()).toBe(NOTES + 300);
    expect(await target.annotations.bulkGet(onlyHere.map((a) => a.id))).toEqual(onlyHere);
    const backedUp = await source.annotations.toArray();
    expect(await target.annotations.bulkGet(backedUp.map((a) => a.id))).toEqual(backedUp);
  }, 120_000);
});
