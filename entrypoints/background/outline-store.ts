/**
 * The latest outline of each tab. Kept in memory for speed and mirrored to
 * `storage.session`, because an MV3 service worker is stopped after ~30 s idle
 * and would otherwise forget every tab's outline; session storage lives as
 * long as the browser session and is never written to disk.
 */
import { browser, type Browser } from 'wxt/browser';
import type { OutlineDocument } from '../../core/index.ts';
import { isOutlineDocument } from '../../protocol/outline-shape.ts';

/** What the background remembers about a tab. */
export interface TabOutline {
  outline: OutlineDocument;
  count: number;
}

/** Per-tab outline storage. */
export interface OutlineStore {
  set(tabId: number, entry: TabOutline): Promise<void>;
  get(tabId: number): Promise<TabOutline | null>;
  delete(tabId: number): Promise<void>;
}

type StorageArea = Pick<Browser.storage.StorageArea, 'get' | 'set' | 'remove'>;

/** Session storage key of a tab's outline. */
export function outlineKey(tabId: number): string {
  return `outline:${tabId}`;
}

function isTabOutline(v: unknown): v is TabOutline {
  if (typeof v !== 'object' || v === null) return false;
  const e = v as Record<string, unknown>;
  return typeof e.count === 'number' && isOutlineDocument(e.outline);
}

/**
 * Creates the store. `session` defaults to `browser.storage.session`; where a
 * browser lacks it (Firefox < 115) the store is memory-only.
 */
export function createOutlineStore(session: StorageArea | undefined = browser.storage?.session): OutlineStore {
  const memory = new Map<number, TabOutline>();
  return {
    async set(tabId, entry) {
      memory.set(tabId, entry);
      await session?.set({ [outlineKey(tabId)]: entry });
    },
    async get(tabId) {
      const cached = memory.get(tabId);
      if (cached) return cached;
      if (!session) return null;
      const key = outlineKey(tabId);
      const stored: unknown = (await session.get(key))[key];
      if (!isTabOutline(stored)) return null;
      memory.set(tabId, stored);
      return stored;
    },
    async delete(tabId) {
      memory.delete(tabId);
      await session?.remove(outlineKey(tabId));
    },
  };
}
