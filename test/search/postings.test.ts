// @vitest-environment happy-dom
// dexie-export-import (the backup case) reads files with FileReader: it comes from the DOM environment.
import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { deleteAnnotation, saveAnnotation, updateAnnotation } from '../../storage/annotation-store.ts';
import { applyRestore, backupDatabase } from '../../storage/backup.ts';
import { SpeechOutlineDB } from '../../storage/db.ts';
import { V3_STORES } from '../../storage/migrations/v3.ts';
import { restoreFromTrash } from '../../storage/trash-store.ts';
import type { Annotation } from '../../core/annotation-types.ts';
import type { AnnotationHit } from '../../protocol/search-types.ts';
import type { SearchFields } from '../../storage/search-fields.ts';
import { annotation } from '../storage/fixtures.ts';
import { brokenSegmenter, noteDraft, searchSetup } from './search-fixtures.ts';

const NOW = Date.UTC(2025, 0, 10);
const MINUTE = 60_000;

const idsOf = (hits: Array<{ type: string }>) => hits.filter((h): h is AnnotationHit => h.type === 'annotation').map((h) => h.annotation.id).sort();

/** The facet keys a note must be listed under, spelt out here rather than taken from the code under test. */
function facetsOf(n: Annotation & SearchFields): string[] {
  return [`\u0000state:${n.indexedWith ?? 0}`, `\u0000kind:${n.kind}`, `\u0000color:${n.color}`, ...n.tags.map((t) => `\u0000tag:${t}`), `\u0000site:${new URL(n.url).hostname}`];
}

/** Proves the posting lists say exactly what the notes' `tokens`, kinds, colours, tags, sites and index states say, with ordinals in recency order. */
async function expectListsMirrorNotes(db: SpeechOutlineDB): Promise<void> {
  const notes = await db.annotations.toArray();
  const expected = new Map<string, string[]>();
  for (const n of notes) for (const t of new Set([...(n.tokens ?? []), ...facetsOf(n)])) expected.set(t, [...(expected.get(t) ?? []), n.id]);
  const placed = await db.postingNotes.toArray();
  expect(placed.map((p) => p.id).sort()).toEqual(notes.map((n) => n.id).sort());
  const byOrd = new Map(placed.map((p) => [p.ord, p]));
  // Notes restored with an older updatedAt are listed apart; all others ascend with recency.
  const late = new Set((await db.postings.get(''))?.meta?.outOfOrder ?? []);
  const recency = [...placed].filter((p) => !late.has(p.ord)).sort((a, b) => a.ord - b.ord).map((p) => p.updatedAt);
  expect(recency).toEqual([...recency].sort((a, b) => a - b));
  const actual = new Map<string, string[]>();
  for (const row of await db.postings.toArray()) {
    if (row.token === '') continue;
    expect([...row.ords]).toEqual([...row.ords].sort((a, b) => a - b));
    actual.set(row.token, [...row.ords].map((o) => byOrd.get(o)!.id));
  }
  const sorted = (m: Map<string, string[]>) => [...m].map(([t, ids]) => [t, [...ids].sort()]).sort();
  expect(sorted(actual)).toEqual(sorted(expected));
}

describe('posting lists of the notes', () => {
  it('follow adding, editing, deleting and restoring from the 回收站', async () => {
    const { db, service, search } = searchSetup(brokenSegmenter());
    const tokenize = service.tokenizeForWrite;
    const a = await saveAnnotation(db, noteDraft('大兴调查研究之风，推动工作落实。'), '讲话', NOW, tokenize);
    const b = await saveAnnotation(db, noteDraft('以钉钉子精神抓落实。'), '讲话', NOW + MINUTE, tokenize);
    await expectListsMirrorNotes(db);
    expect(idsOf((await search('落实')).hits)).toEqual([a.id, b.id].sort());

    await updateAnnotation(db, a.id, { quote: '坚持问题导向。' }, NOW + 2 * MINUTE, tokenize);
    await expectListsMirrorNotes(db);
    expect(idsOf((await search('落实')).hits)).toEqual([b.id]);
    expect(idsOf((await search('问题导向')).hits)).toEqual([a.id]);

    await deleteAnnotation(db, b.id, NOW + 3 * MINUTE);
    await expectListsMirrorNotes(db);
    expect((await search('落实')).total).toBe(0);

    await restoreFromTrash(db, b.id);
    await expectListsMirrorNotes(db);
    expect(idsOf((await search('落实')).hits)).toEqual([b.id]);
  });

  it('ranks the 100 most recently changed of 150 matches and counts all 150', async () => {
    const { db, service, search } = searchSetup(brokenSegmenter());
    for (let i = 0; i < 150; i++) await saveAnnotation(db, noteDraft(`第${i}条：狠抓工作落实。`), '讲话', NOW + i * MINUTE, service.tokenizeForWrite);
    await expectListsMirrorNotes(db);
    const result = await search('落实');
    expect(result.total).toBe(150);
    const newest = new Set((await db.annotations.orderBy('updatedAt').reverse().limit(100).primaryKeys()) as string[]);
    expect(result.hits.length).toBe(50);
    expect(idsOf(result.hits).every((id) => newest.has(id))).toBe(true);
    // Equal matches: the newest first.
    expect((result.hits[0] as AnnotationHit).annotation.quote).toBe('第149条：狠抓工作落实。');

    // A note back from the 回收站 keeps its updatedAt: among the newest 100 it is ranked, however late it came back.
    const ninetieth = (await db.annotations.filter((a) => a.quote === '第90条：狠抓工作落实。').first())!;
    await deleteAnnotation(db, ninetieth.id);
    expect((await search('落实')).total).toBe(149);
    await restoreFromTrash(db, ninetieth.id);
    await expectListsMirrorNotes(db);
    const after = await search('落实');
    expect(after.total).toBe(150);
    const fresh = await search('第90条');
    expect(idsOf(fresh.hits)).toContain(ninetieth.id);
    expect(idsOf(after.hits)).toEqual(idsOf(result.hits));
  });

  it('are rebuilt when missing, and when a restore brought back older notes, without losing a note', async () => {
    const { db, service, search } = searchSetup(brokenSegmenter());
    const saved = await saveAnnotation(db, noteDraft('狠抓工作落实。'), '讲话', NOW, service.tokenizeForWrite);
    const backup = await backupDatabase(db);
    expect(JSON.parse(await backup.text()).data.tables.map((t: { name: string }) => t.name)).not.toContain('postings');
    await saveAnnotation(db, noteDraft('落实全面从严治党责任。'), '讲话', NOW + MINUTE, service.tokenizeForWrite);

    // A restore into a database that lost the note: the note comes back with its old updatedAt.
    await deleteAnnotation(db, saved.id);
    await db.trash.clear();
    expect((await applyRestore(db, backup)).ok).toBe(true);
    expect((await search('落实')).total).toBe(2);
    await expectListsMirrorNotes(db);

    await db.postings.clear();
    await db.postingNotes.clear();
    expect((await search('落实')).total).toBe(2);
    await expectListsMirrorNotes(db);
    expect(await db.annotations.count()).toBe(2);
  });

  it('are built by the upgrade of a version-3 database, which keeps every note as it was', async () => {
    const indexedDB = new IDBFactory();
    const v3 = new Dexie('written-by-v3', { indexedDB, IDBKeyRange });
    v3.version(3).stores(V3_STORES);
    const notes = [
      { ...annotation('a1', { quote: '狠抓工作落实', updatedAt: NOW }), tokens: ['落实', '工作'], indexedWith: 2 },
      { ...annotation('a2', { quote: '推动工作', updatedAt: NOW - MINUTE }), tokens: ['工作'], indexedWith: 2 },
    ];
    await v3.table('annotations').bulkPut(notes);
    v3.close();
    const db = new SpeechOutlineDB('written-by-v3', { indexedDB, IDBKeyRange });
    expect(await db.annotations.orderBy('id').toArray()).toEqual(notes);
    expect((await db.postingNotes.orderBy('ord').toArray()).map((n) => n.id)).toEqual(['a2', 'a1']);
    await expectListsMirrorNotes(db);
    db.close();
  });

  it('stay in step with writes that bypass the store (modify, bulkPut, delete)', async () => {
    const { db } = searchSetup(brokenSegmenter());
    await db.annotations.bulkPut([
      { ...annotation('x1', { updatedAt: NOW }), tokens: ['落实', '责任'], indexedWith: 1 },
      { ...annotation('x2', { updatedAt: NOW + 1 }), tokens: ['落实'], indexedWith: 1 },
    ]);
    await expectListsMirrorNotes(db);
    await db.annotations.where('id').equals('x1').modify({ tokens: ['责任'] });
    await expectListsMirrorNotes(db);
    await db.annotations.delete('x2');
    await expectListsMirrorNotes(db);
    await db.transaction('rw', db.annotations, async () => {
      await Promise.all([db.annotations.put({ ...annotation('x3', { updatedAt: NOW + 2 }), tokens: ['担当'], indexedWith: 1 }), db.annotations.put({ ...annotation('x4', { updatedAt: NOW + 3 }), tokens: ['担当'], indexedWith: 1 })]);
    });
    await expectListsMirrorNotes(db);
  });
});
