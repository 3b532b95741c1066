// @vitest-environment happy-dom
// dexie-export-import reads files with FileReader and looks at `self`: both come from the DOM environment.
import { afterEach, describe, expect, it } from 'vitest';
import { restoreProblemText, skipReasonsText } from '../../components/restore-problem-text.ts';
import { applyRestore, backupDatabase, planRestore, type SkipReason } from '../../storage/backup.ts';
import { listAnnotations } from '../../storage/annotation-store.ts';
import { useLocale } from '../i18n/pin-language.ts';
import { deepExport, editedBackup, extensionDatabase, seedAnnotation, seedDatabase } from './fixtures.ts';

type Row = Record<string, unknown>;

/** A backup of 12 notes (and their pages, outlines, settings) with `spoil` applied to the first note's row. */
async function backupWithBadNote(spoil: (row: Row) => void): Promise<Blob> {
  const source = extensionDatabase();
  await seedDatabase(source, 12);
  return editedBackup(await backupDatabase(source), (j) => {
    const notes = j.data.data.find((t) => t.tableName === 'annotations')!;
    spoil(notes.rows[0] as Row);
  });
}

afterEach(() => useLocale(null));

describe('restoring a backup with one bad note', () => {
  const cases: Array<[string, SkipReason, (row: Row) => void]> = [
    ['context.path that is not an array', 'context', (r) => { r.context = { sectionIndex: 0, sectionTitle: '篇1', path: '一、/（一）', pointTitle: '' }; }],
    ['a createdAt written as a string', 'time', (r) => { r.createdAt = '2026-11-27'; }],
    ['an updatedAt that is not a number', 'time', (r) => { r.updatedAt = null; }],
    ['an unknown colour', 'color', (r) => { r.color = 'red'; }],
    ['an unknown kind', 'kind', (r) => { r.kind = 'bookmark'; }],
    ['an empty quote', 'content', (r) => { r.quote = ''; }],
    ['a javascript: address', 'url', (r) => { r.url = 'javascript:alert(document.cookie)'; }],
    ['a data: address', 'url', (r) => { r.url = 'data:text/html,<script>alert(1)</script>'; }],
    ['a chrome:// address', 'url', (r) => { r.url = 'chrome://settings/'; }],
    ['a file: address', 'url', (r) => { r.url = 'file:///etc/passwd'; }],
    ['an id that is not a record id', 'shape', (r) => { r.id = '../../etc'; }],
  ];

  it.each(cases)('skips a note with %s, reports why, and restores the other 11 so the notes list shows them', async (_name, reason, spoil) => {
    const blob = await backupWithBadNote(spoil);
    const db = extensionDatabase();

    const plan = await planRestore(db, blob);
    expect(plan).toMatchObject({ ok: true, plan: { add: { annotations: 11 }, skipped: { total: 1, byReason: { [reason]: 1 } } } });

    const result = await applyRestore(db, blob);
    expect(result).toMatchObject({ ok: true, skipped: { total: 1, byReason: { [reason]: 1 } } });
    const list = await listAnnotations(db, {}, 0, 100);
    expect(list.annotations).toHaveLength(11);
    expect(list.annotations.map((a) => a.id).sort()).toEqual(Array.from({ length: 11 }, (_, i) => seedAnnotation(i + 1).id).sort());
  });

  it('says in Chinese, then in English, how many rows were skipped and why', async () => {
    const blob = await backupWithBadNote((r) => { r.url = 'javascript:alert(1)'; });
    const plan = await planRestore(extensionDatabase(), blob);
    if (!plan.ok) throw new Error('the plan was refused');
    useLocale('zh_CN');
    expect(skipReasonsText(plan.plan.skipped)).toBe('网址不是 http/https 网页 1 条');
    useLocale('en');
    expect(skipReasonsText(plan.plan.skipped)).toBe('address is not an http/https web page: 1');
  });
});

describe('a backup whose every row is bad', () => {
  it('is refused with the reasons, and changes nothing', async () => {
    const source = extensionDatabase();
    await source.annotations.bulkPut([{ ...seedAnnotation(0), color: 'red' as never }, { ...seedAnnotation(1), url: 'chrome://newtab/' }, { ...seedAnnotation(2), url: 'chrome://history/' }]);
    const blob = await backupDatabase(source);
    const db = extensionDatabase();
    await db.annotations.put(seedAnnotation(5));
    const before = await deepExport(db);

    const plan = await planRestore(db, blob);
    expect(plan).toEqual({ ok: false, reason: 'nothing-valid', skipped: { total: 3, byReason: { url: 2, color: 1 } } });
    expect(await applyRestore(db, blob)).toMatchObject({ ok: false, reason: 'nothing-valid' });
    expect(await deepExport(db)).toBe(before);
    useLocale('zh_CN');
    if (!plan.ok) expect(restoreProblemText(plan)).toBe('这个备份里没有一条能用的记录（3 条都不符合规则：网址不是 http/https 网页 2 条，颜色未知 1 条）。数据库没有任何改动。');
  });
});

describe('a backup that tries to reach Object.prototype', () => {
  // Each case marks the first note's row; the mark is then swapped for raw JSON text,
  // because JSON.stringify of an object cannot write an own "__proto__" key.
  const POLLUTER = '{"polluted":"yes"}';
  const cases: Array<[string, (row: Row) => void, string]> = [
    ['a $types entry "__proto__.polluted"', (r) => { r.$types = { '__proto__.polluted': 'undefined' }; }, ''],
    ['a $types entry "constructor.prototype.polluted"', (r) => { r.$types = { 'constructor.prototype.polluted': 'undefined' }; }, ''],
    ['a "__proto__" key in the row', (r) => { r.mark = 1; }, `"__proto__":${POLLUTER}`],
    ['a "__proto__" key inside the context', (r) => { r.context = 'MARK'; }, `"context":{"__proto__":${POLLUTER},"sectionIndex":0,"sectionTitle":"篇1","path":["一、"],"pointTitle":""}`],
    ['a "constructor" key in the row', (r) => { r.mark = 1; }, `"constructor":{"prototype":${POLLUTER}}`],
  ];

  it.each(cases)('with %s leaves Object.prototype clean in the dry run and the restore, and skips that row', async (_name, spoil, raw) => {
    const marked = await backupWithBadNote(spoil);
    const blob = new Blob([(await marked.text()).replace('"mark":1', raw).replace('"context":"MARK"', raw)], { type: 'application/json' });
    expect(await blob.text()).toMatch(/"(__proto__|constructor)/);

    const db = extensionDatabase();
    const plan = await planRestore(db, blob);
    expect(({} as Row).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
    expect(plan).toMatchObject({ ok: true, plan: { add: { annotations: 11 }, skipped: { total: 1, byReason: { unsafe: 1 } } } });

    expect(await applyRestore(db, blob)).toMatchObject({ ok: true, skipped: { byReason: { unsafe: 1 } } });
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
    expect(await db.annotations.count()).toBe(11);
  });
});

describe('a header with a made-up database version', () => {
  it.each([-1, 0, 0.5, Number.NaN])('refuses databaseVersion %s as a damaged file', async (version) => {
    const source = extensionDatabase();
    await seedDatabase(source, 3);
    const blob = await editedBackup(await backupDatabase(source), (j) => { j.data.databaseVersion = version; });
    const db = extensionDatabase();
    expect(await planRestore(db, blob)).toMatchObject({ ok: false, reason: 'corrupt' });
    expect(await applyRestore(db, blob)).toMatchObject({ ok: false, reason: 'corrupt' });
    expect(await db.annotations.count()).toBe(0);
  });
});
