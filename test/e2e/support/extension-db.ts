/**
 * Reading the extension's own notes database the way the popup does: from an
 * extension page, so it works while the service worker is stopped or has just
 * been restarted (a Playwright handle on the old worker would be dead).
 */
import type { BrowserContext, Page } from 'playwright-core';
import type { Annotation, SavedOutline } from '../../../core/annotation-types.ts';

/** Every stored annotation (all pages), read in an extension page of `extensionId`. */
export async function storedAnnotations(context: BrowserContext, extensionId: string): Promise<Annotation[]> {
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
