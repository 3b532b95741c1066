import { IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { SpeechOutlineDB } from '../../storage/db.ts';
import { LATEST_VERSION, MIGRATIONS } from '../../storage/migrations/index.ts';
import { withoutSearchFields } from '../../storage/search-fields.ts';
import { page, savedOutline } from './fixtures.ts';
import { databaseWrittenBy, recordsWrittenBy, RECORDS_KNOWN_UP_TO } from './migrations/written-by.ts';

describe('the database schema', () => {
  it('has one migration file per version, numbered 1, 2, … without gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(LATEST_VERSION).toBe(MIGRATIONS.length);
  });

  it.each(MIGRATIONS.map((m) => m.version))('opens a database written by version %i and loses nothing', async (version) => {
    expect(version, 'teach recordsWrittenBy (migrations/written-by.ts) what the new schema step writes').toBeLessThanOrEqual(RECORDS_KNOWN_UP_TO);
    const fixture = recordsWrittenBy(version);
    const { name, indexedDB } = await databaseWrittenBy(version, fixture);

    const db = new SpeechOutlineDB(name, { indexedDB, IDBKeyRange });
    expect(db.verno).toBe(LATEST_VERSION);
    expect(await db.annotations.count()).toBe(fixture.annotations.length);
    expect(await db.annotations.get('a2')).toMatchObject({ kind: 'golden', tags: ['金句', '党建'] });
    expect(await db.pages.count()).toBe(fixture.pages.length);
    expect(withoutSearchFields((await db.outlines.get('o1'))!)).toEqual(savedOutline('o1'));
    expect(await db.settings.get('persistRequested')).toEqual({ key: 'persistRequested', value: true });
    // Every index the code queries answers after the upgrade.
    expect(await db.annotations.where('tags').equals('金句').primaryKeys()).toEqual(['a2']);
    expect(await db.annotations.where('color').equals('pink').count()).toBe(1);
    expect(await db.annotations.where('kind').equals('note').count()).toBe(1);
    expect(await db.annotations.where('url').equals(page().url).count()).toBe(2);
    expect(await db.outlines.where('url').equals(page().url).count()).toBe(1);
    expect(await db.trash.orderBy('deletedAt').primaryKeys()).toEqual(fixture.trash.map((r) => (r as { id: string }).id));
    db.close();
  });
});
