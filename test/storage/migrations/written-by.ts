/**
 * Databases as an older version of the extension left them, for the
 * migration tests: the records each schema version wrote (built from one set
 * of notes, outlines and pages, each step adding what it brought) and a
 * database opened with only the steps up to that version.
 */
import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { MIGRATIONS } from '../../../storage/migrations/index.ts';
import { annotation, page, savedOutline } from '../fixtures.ts';

/** The tables' records as one version wrote them. */
export interface WrittenRecords {
  annotations: object[];
  pages: object[];
  outlines: object[];
  settings: object[];
  trash: object[];
}

/** The newest version `recordsWrittenBy` knows: a new schema step teaches it what that version writes. */
export const RECORDS_KNOWN_UP_TO = 4;

/**
 * The records version `version` wrote: version 2 added the search fields (a
 * record may still wait for its tokens), 3 the 回收站 (a deleted note lives
 * there, whole); 4's posting lists are built by its upgrade from the tokens.
 */
export function recordsWrittenBy(version: number): WrittenRecords {
  if (version > RECORDS_KNOWN_UP_TO) throw new Error(`teach recordsWrittenBy what version ${version} writes`);
  const indexed = (record: object, tokens: string[], indexedWith: number): object => (version >= 2 ? { ...record, tokens, indexedWith } : record);
  return {
    annotations: [indexed(annotation('a1'), ['党性', '根本'], 2), indexed(annotation('a2', { kind: 'golden', color: 'pink', tags: ['金句', '党建'] }), [], 0)],
    pages: [indexed(page(), ['秘书长'], 2)],
    outlines: [indexed(savedOutline('o1'), ['党性'], 1)],
    settings: [{ key: 'persistRequested', value: true }],
    trash: version >= 3 ? [indexed({ ...annotation('a3', { note: '删掉的笔记' }), deletedAt: 1_700_000_900_000 }, ['笔记'], 2)] : [],
  };
}

/** A plain Dexie with only the schema steps up to `version` (their upgrades included): the database as that version left it. */
export function openAsVersion(name: string, indexedDB: IDBFactory, version: number): Dexie {
  const db = new Dexie(name, { indexedDB, IDBKeyRange });
  for (const step of MIGRATIONS.filter((m) => m.version <= version)) {
    const v = db.version(step.version).stores(step.stores);
    if (step.upgrade) v.upgrade(step.upgrade);
  }
  return db;
}

/** A fresh database (its own IndexedDB) written and closed by version `version`, holding `records`. */
export async function databaseWrittenBy(version: number, records: Partial<WrittenRecords> = recordsWrittenBy(version)): Promise<{ name: string; indexedDB: IDBFactory }> {
  const indexedDB = new IDBFactory();
  const name = `written-by-v${version}`;
  const old = openAsVersion(name, indexedDB, version);
  for (const [table, rows] of Object.entries(records)) if (rows.length > 0) await old.table(table).bulkPut(rows);
  old.close();
  return { name, indexedDB };
}
