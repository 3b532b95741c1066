import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { SpeechOutlineDB } from '../../storage/db.ts';
import { LATEST_VERSION, MIGRATIONS } from '../../storage/migrations/index.ts';
import { withoutSearchFields } from '../../storage/search-fields.ts';
import { annotation, page, savedOutline } from './fixtures.ts';

/** A plain Dexie with only the schema steps up to `version`: the database as an older extension left it. */
function openAt(name: string, indexedDB: IDBFactory, version: number): Dexie {
  const db = new Dexie(name, { indexedDB, IDBKeyRange });
  for (const step of MIGRATIONS.filter((m) => m.version <= version)) {
    const v = db.version(step.version).stores(step.stores);
    if (step.upgrade) v.upgrade(step.upgrade);
  }
  return db;
}

/** Records as each version wrote them; a new step adds its own entry (in the shape of its previous version). */
const WRITTEN_BY: Record<number, { annotations: object[]; pages: object[]; outlines: object[]; settings: object[]; trash?: object[] }> = {
  1: {
    annotations: [annotation('a1'), annotation('a2', { kind: 'golden', color: 'pink', tags: ['金句', '党建'] })],
    pages: [page()],
    outlines: [savedOutline('o1')],
    settings: [{ key: 'persistRequested', value: true }],
  },
  // Version 2 adds the search index's fields; a record may still wait for its tokens.
  2: {
    annotations: [
      { ...annotation('a1'), tokens: ['党性', '根本'], indexedWith: 2 },
      { ...annotation('a2', { kind: 'golden', color: 'pink', tags: ['金句', '党建'] }), tokens: [], indexedWith: 0 },
    ],
    pages: [{ ...page(), tokens: ['秘书长'], indexedWith: 2 }],
    outlines: [{ ...savedOutline('o1'), tokens: ['党性'], indexedWith: 1 }],
    settings: [{ key: 'persistRequested', value: true }],
  },
  // Version 3 adds the 回收站: a deleted note lives there, whole.
  3: {
    annotations: [
      { ...annotation('a1'), tokens: ['党性', '根本'], indexedWith: 2 },
      { ...annotation('a2', { kind: 'golden', color: 'pink', tags: ['金句', '党建'] }), tokens: [], indexedWith: 0 },
    ],
    pages: [{ ...page(), tokens: ['秘书长'], indexedWith: 2 }],
    outlines: [{ ...savedOutline('o1'), tokens: ['党性'], indexedWith: 1 }],
    settings: [{ key: 'persistRequested', value: true }],
    trash: [{ ...annotation('a3', { note: '删掉的笔记' }), tokens: ['笔记'], indexedWith: 2, deletedAt: 1_700_000_900_000 }],
  },
  // Version 4 adds the search posting lists, derived from the notes' tokens (the upgrade builds them).
  4: {
    annotations: [
      { ...annotation('a1'), tokens: ['党性', '根本'], indexedWith: 2 },
      { ...annotation('a2', { kind: 'golden', color: 'pink', tags: ['金句', '党建'] }), tokens: [], indexedWith: 0 },
    ],
    pages: [{ ...page(), tokens: ['秘书长'], indexedWith: 2 }],
    outlines: [{ ...savedOutline('o1'), tokens: ['党性'], indexedWith: 1 }],
    settings: [{ key: 'persistRequested', value: true }],
    trash: [{ ...annotation('a3', { note: '删掉的笔记' }), tokens: ['笔记'], indexedWith: 2, deletedAt: 1_700_000_900_000 }],
  },
};

describe('the database schema', () => {
  it('has one migration file per version, numbered 1, 2, … without gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(LATEST_VERSION).toBe(MIGRATIONS.length);
  });

  it.each(MIGRATIONS.map((m) => m.version))('opens a database written by version %i and loses nothing', async (version) => {
    const indexedDB = new IDBFactory();
    const name = `migrate-from-${version}`;
    const old = openAt(name, indexedDB, version);
    const fixture = WRITTEN_BY[version];
    expect(fixture, `add WRITTEN_BY[${version}] for the new schema step`).toBeDefined();
    await old.table('annotations').bulkPut(fixture!.annotations);
    await old.table('pages').bulkPut(fixture!.pages);
    await old.table('outlines').bulkPut(fixture!.outlines);
    await old.table('settings').bulkPut(fixture!.settings);
    if (fixture!.trash) await old.table('trash').bulkPut(fixture!.trash);
    old.close();

    const db = new SpeechOutlineDB(name, { indexedDB, IDBKeyRange });
    expect(db.verno).toBe(LATEST_VERSION);
    expect(await db.annotations.count()).toBe(fixture!.annotations.length);
    expect(await db.annotations.get('a2')).toMatchObject({ kind: 'golden', tags: ['金句', '党建'] });
    expect(await db.pages.count()).toBe(fixture!.pages.length);
    expect(withoutSearchFields((await db.outlines.get('o1'))!)).toEqual(savedOutline('o1'));
    expect(await db.settings.get('persistRequested')).toEqual({ key: 'persistRequested', value: true });
    // Every index the code queries answers after the upgrade.
    expect(await db.annotations.where('tags').equals('金句').primaryKeys()).toEqual(['a2']);
    expect(await db.annotations.where('color').equals('pink').count()).toBe(1);
    expect(await db.annotations.where('kind').equals('note').count()).toBe(1);
    expect(await db.annotations.where('url').equals(page().url).count()).toBe(2);
    expect(await db.outlines.where('url').equals(page().url).count()).toBe(1);
    expect(await db.trash.orderBy('deletedAt').primaryKeys()).toEqual((fixture!.trash ?? []).map((r) => (r as { id: string }).id));
    db.close();
  });
});
