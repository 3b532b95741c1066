/**
 * Realistic notes for the browser tests, the screenshots and the popup
 * benchmark: quotes cut from the seed speech, notes and tags a reader might
 * write, spread over pages and colours. Two ways in: through the protocol's
 * messages from an extension page (the real path), or in bulk straight into the
 * extension's IndexedDB from its service worker (for 10,000 notes).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import type { Annotation, HighlightColor, PageRecord } from '../../../core/annotation-types.ts';
import { describeRange } from '../../../core/anchoring/index.ts';
import type { AnnotationDraft } from '../../../protocol/annotation-wire.ts';

/** The seed speech's text (read on first use; the benchmark hands its own copy in). */
let seedText: string | null = null;
function seed(): string {
  seedText ??= readFileSync(resolve(import.meta.dirname, '../../fixtures/seed.txt'), 'utf8');
  return seedText;
}

/** Uses `text` as the seed speech (when this module is bundled away from test/fixtures/). */
export function useSeedText(text: string): void {
  seedText = text;
}
const COLORS: HighlightColor[] = ['yellow', 'green', 'blue', 'pink', 'purple'];
const NOTES = ['', '这句可以用在开头。', '要点：办公厅首先是政治机关，要把讲政治摆在首位。', '与去年的提法对比', '金句，可直接引用', ''];
const TAGS = [['党建'], [], ['作风', '落实'], ['金句'], ['调研'], []];
const PAGES = [
  { url: 'https://www.diyifanwen.com/fanwen/jianghua/3712.html', title: '在全省党委秘书长会议讲话' },
  { url: 'https://www.gov.cn/gongbao/2024/content_6921.htm', title: '政府秘书长会议讲话' },
  { url: 'https://www.qstheory.cn/dukan/2024-05/16/c_113.htm', title: '在市委办公室系统工作会议上的讲话' },
];

/** Sentences of the seed speech long enough to be a quote. */
function sentences(): string[] {
  return seed().split(/(?<=[。！？])/).map((s) => s.trim()).filter((s) => s.length >= 12 && s.length <= 80);
}

/** `count` note drafts, spread over `pageCount` pages (the first three have real titles). */
export function noteDrafts(count: number, pageCount = 3): Array<{ annotation: AnnotationDraft; title: string }> {
  const text = seed();
  const all = sentences();
  return Array.from({ length: count }, (_, i) => {
    const quote = all[(i * 7) % all.length]!;
    const start = text.indexOf(quote);
    const p = i % pageCount;
    const page = PAGES[p] ?? { url: `https://www.example.gov.cn/speech/${p}.html`, title: `讲话稿 ${p}` };
    return {
      title: page.title,
      annotation: {
        url: page.url,
        kind: i % 4 === 3 ? 'golden' : i % 2 === 0 ? 'note' : 'highlight',
        color: COLORS[i % COLORS.length]!,
        quote,
        note: NOTES[i % NOTES.length]!,
        tags: TAGS[i % TAGS.length]!,
        selectors: describeRange(text, start, start + quote.length),
        context: { sectionIndex: 0, sectionTitle: '篇1:在全省党委秘书长会议讲话', path: i % 3 === 0 ? ['一、', '（二）'] : ['二、'], pointTitle: i % 3 === 0 ? '把握大局，当好参谋助手' : '加强自身建设' },
      },
    };
  });
}

/** Sends `annotation/save` for each draft from an open extension page; returns the saved records. */
export async function saveThroughMessages(extensionPage: Page, drafts: Array<{ annotation: AnnotationDraft; title: string }>): Promise<Annotation[]> {
  return extensionPage.evaluate(async (items) => {
    const chrome = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; value?: unknown; error?: string }> } } }).chrome;
    const saved: unknown[] = [];
    for (const item of items) {
      const reply = await chrome.runtime.sendMessage({ type: 'annotation/save', data: { annotation: item.annotation, page: { title: item.title } } });
      if (!reply.ok) throw new Error(reply.error);
      saved.push(reply.value);
    }
    return saved as Annotation[];
  }, drafts);
}

/** Writes `count` notes in one IndexedDB transaction from the service worker (the database must exist). */
export async function bulkSeed(sw: Worker, count: number, pageCount: number): Promise<void> {
  const now = Date.now();
  const drafts = noteDrafts(count, pageCount);
  const annotations: Annotation[] = drafts.map((d, i) => ({ ...d.annotation, id: `bulk-${i}`, createdAt: now - i * 60_000, updatedAt: now - i * 60_000 }) as Annotation);
  const pages: PageRecord[] = [...new Map(drafts.map((d) => [d.annotation.url, d.title])).entries()].map(([url, title]) => ({ url, title, site: new URL(url).hostname, firstSeenAt: now, lastSeenAt: now }));
  await sw.evaluate(async ({ annotations, pages }) => {
    const db: IDBDatabase = await new Promise((ok, ko) => {
      const r = indexedDB.open('speech-outline');
      r.onsuccess = () => ok(r.result);
      r.onerror = () => ko(r.error);
    });
    await new Promise<void>((ok, ko) => {
      const tx = db.transaction(['annotations', 'pages'], 'readwrite');
      for (const a of annotations) tx.objectStore('annotations').put(a);
      for (const p of pages) tx.objectStore('pages').put(p);
      tx.oncomplete = () => ok();
      tx.onerror = () => ko(tx.error);
    });
    db.close();
  }, { annotations, pages });
}

/** Empties the annotation tables from the service worker. */
export async function clearNotes(sw: Worker): Promise<void> {
  await sw.evaluate(async () => {
    const db: IDBDatabase = await new Promise((ok, ko) => {
      const r = indexedDB.open('speech-outline');
      r.onsuccess = () => ok(r.result);
      r.onerror = () => ko(r.error);
    });
    await new Promise<void>((ok, ko) => {
      const tx = db.transaction(['annotations', 'pages', 'outlines'], 'readwrite');
      for (const name of ['annotations', 'pages', 'outlines']) tx.objectStore(name).clear();
      tx.oncomplete = () => ok();
      tx.onerror = () => ko(tx.error);
    });
    db.close();
  });
}
