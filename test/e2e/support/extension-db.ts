/**
 * Reading the extension's own notes database in a test: in the service worker
 * or in an extension page (the popup's way: it works while the worker is
 * stopped or has just been restarted, when a handle on the old worker is dead).
 */
import type { BrowserContext, Page, Worker } from 'playwright-core';
import type { Annotation, SavedOutline } from '../../../core/annotation-types.ts';

/** Every stored annotation (all pages), read in `where`: the extension's service worker or one of its pages. */
export async function annotationsIn(where: Worker | Page): Promise<Annotation[]> {
  // One function for both: a Worker and a Page evaluate alike.
  const run = where.evaluate.bind(where) as <T>(fn: () => Promise<T>) => Promise<T>;
  return run(async () => {
    // Opening a database that is not there yet would create an empty one under the extension's feet.
    if (!(await indexedDB.databases()).some((d) => d.name === 'speech-outline')) return [];
    const db: IDBDatabase = await new Promise((ok, ko) => {
      const r = indexedDB.open('speech-outline');
      r.onsuccess = () => ok(r.result);
      r.onerror = () => ko(r.error);
    });
    if (!db.objectStoreNames.contains('annotations')) {
      db.close();
      return [];
    }
    const all: Annotation[] = await new Promise((ok, ko) => {
      const r = db.transaction('annotations').objectStore('annotations').getAll();
      r.onsuccess = () => ok(r.result as Annotation[]);
      r.onerror = () => ko(r.error);
    });
    db.close();
    return all;
  });
}

/** Every stored annotation (all pages), read in an extension page of `extensionId`. */
export async function storedAnnotations(context: BrowserContext, extensionId: string): Promise<Annotation[]> {
  const page: Page = await context.newPage();
  try {
    await page.goto(`chrome-extension://${extensionId}/popup.html?view=saved`);
    return await annotationsIn(page);
  } finally {
    await page.close();
  }
}

/** Every saved outline (all pages), read in an extension page of `extensionId`. */
export async function storedOutlines(context: BrowserContext, extensionId: string): Promise<SavedOutline[]> {
  const page: Page = await context.newPage();
  try {
    await page.goto(`chrome-extension://${extensionId}/popup.html?view=saved`);
    return await page.evaluate(async () => {
      if (!(await indexedDB.databases()).some((d) => d.name === 'speech-outline')) return [];
      const db: IDBDatabase = await new Promise((ok, ko) => {
        const r = indexedDB.open('speech-outline');
        r.onsuccess = () => ok(r.result);
        r.onerror = () => ko(r.error);
      });
      if (!db.objectStoreNames.contains('outlines')) {
        db.close();
        return [];
      }
      const all: SavedOutline[] = await new Promise((ok, ko) => {
        const r = db.transaction('outlines').objectStore('outlines').getAll();
        r.onsuccess = () => ok(r.result as SavedOutline[]);
        r.onerror = () => ko(r.error);
      });
      db.close();
      return all;
    });
  } finally {
    await page.close();
  }
}
