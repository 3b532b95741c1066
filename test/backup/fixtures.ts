import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { exportDB } from 'dexie-export-import';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { Annotation, AnnotationKind, HighlightColor, PageRecord, SavedOutline } from '../../core/annotation-types.ts';
import { DB_NAME, SpeechOutlineDB, type SettingRecord } from '../../storage/db.ts';
import { savedOutline } from '../storage/fixtures.ts';

/**
 * The extension's database in its own fake IndexedDB, under the real name: a
 * backup carries the database's name, and a restore refuses another one.
 */
export function extensionDatabase(name: string = DB_NAME): SpeechOutlineDB {
  return new SpeechOutlineDB(name, { indexedDB: new IDBFactory(), IDBKeyRange });
}

const SEED = readFileSync(resolve(import.meta.dirname, '../fixtures/seed.txt'), 'utf8');

/** Sentences of the seed speech with their offsets: the quotes readers would pick. */
const SENTENCES = [...SEED.matchAll(/[^。！？\n]{8,90}[。！？]/g)].map((m) => ({ text: m[0].trim(), start: m.index }));

const TAGS = ['党建', '作风建设', '调查研究', '基层治理', '改革', '参谋助手', '督查', '文稿'];
const KINDS: AnnotationKind[] = ['highlight', 'note', 'golden'];
const COLORS: HighlightColor[] = ['yellow', 'green', 'blue', 'pink', 'purple'];
const PATHS = [['一、'], ['一、', '（一）'], ['二、', '（三）', '2.'], ['三、', '（二）'], ['四、', '（一）', '1.', '（1）']];
const T0 = 1_750_000_000_000;

/** A stable UUID-shaped id for the i-th generated record. */
export function idOf(prefix: number, i: number): string {
  return `${String(prefix).padStart(8, '0')}-0000-4000-8000-${i.toString(16).padStart(12, '0')}`;
}

/** The page address of the i-th of 40 speech pages. */
export function urlOf(i: number): string {
  return `https://www.diyifanwen.com/fanwen/jianghua/${1000 + (i % 40)}.html`;
}

/** The i-th of many notes on the seed speech: a real sentence, its context, tags and both selectors. */
export function seedAnnotation(i: number, idPrefix = 1): Annotation {
  const s = SENTENCES[i % SENTENCES.length]!;
  const end = s.start + s.text.length;
  const kind = KINDS[i % KINDS.length]!;
  const path = PATHS[i % PATHS.length]!;
  return {
    id: idOf(idPrefix, i),
    url: urlOf(i),
    kind,
    color: COLORS[i % COLORS.length]!,
    quote: s.text,
    note: kind === 'highlight' ? '' : `第${i}条体会：${s.text.slice(0, 12)}……\n要结合本单位实际抓好落实。`,
    tags: i % 4 === 0 ? [] : [TAGS[i % TAGS.length]!, ...(i % 3 === 0 ? [TAGS[(i + 3) % TAGS.length]!] : [])],
    selectors: [
      { type: 'TextQuoteSelector', exact: s.text, prefix: SEED.slice(Math.max(0, s.start - 16), s.start), suffix: SEED.slice(end, end + 16) },
      { type: 'TextPositionSelector', start: s.start, end },
    ],
    context: i % 7 === 0 ? null : { sectionIndex: i % 18, sectionTitle: `篇${(i % 18) + 1}:在全省党委秘书长会议讲话`, path, pointTitle: s.text.slice(0, 10) },
    createdAt: T0 + i * 60_000,
    updatedAt: T0 + i * 60_000 + (i % 5) * 1000,
  };
}

/** The pages the generated notes belong to. */
export function seedPages(): PageRecord[] {
  return Array.from({ length: 40 }, (_, i) => ({
    url: urlOf(i),
    title: `在全省党委秘书长会议讲话（篇${i + 1}）`,
    site: 'www.diyifanwen.com',
    firstSeenAt: T0 + i,
    lastSeenAt: T0 + 86_400_000 + i,
  }));
}

/** A few saved outlines and settings, so every table takes part. */
export function seedOutlines(count = 25): SavedOutline[] {
  return Array.from({ length: count }, (_, i) => ({ ...savedOutline(idOf(9, i), T0 + i), url: urlOf(i) }));
}

/** Settings as the extension keeps them. */
export function seedSettings(): SettingRecord[] {
  return [
    { key: 'onboarding.seen', value: true },
    { key: 'notes.filters', value: { color: 'yellow', tag: '党建' } },
    { key: 'reading.fontScale', value: 1.25 },
  ];
}

/** Fills `db` with `notes` generated notes, their pages, outlines and settings. */
export async function seedDatabase(db: SpeechOutlineDB, notes: number): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    await db.annotations.bulkPut(Array.from({ length: notes }, (_, i) => seedAnnotation(i)));
    await db.pages.bulkPut(seedPages());
    await db.outlines.bulkPut(seedOutlines());
    await db.settings.bulkPut(seedSettings());
  });
}

/** Every table's rows in primary-key order: what "identical databases" compares. */
export async function allRows(db: SpeechOutlineDB): Promise<Record<string, unknown[]>> {
  const entries = await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()] as const));
  return Object.fromEntries(entries);
}

/** The database as exported text: equal strings mean byte-identical contents. */
export async function deepExport(db: SpeechOutlineDB): Promise<string> {
  return (await exportDB(db)).text();
}

/** A backup file's text with `edit` applied to its parsed JSON. */
export async function editedBackup(blob: Blob, edit: (json: { formatName: string; data: { databaseName: string; databaseVersion: number; tables: Array<{ name: string; schema: string; rowCount: number }>; data: Array<{ tableName: string; rows: unknown[] }> } }) => void): Promise<Blob> {
  const json = JSON.parse(await blob.text());
  edit(json);
  return new Blob([JSON.stringify(json)], { type: 'application/json' });
}
