/**
 * The latest outline and point count of each tab. Kept in memory for speed and
 * mirrored to `storage.session`, because an MV3 service worker is stopped after
 * ~30 s idle and would otherwise forget every tab; session storage lives as long
 * as the browser session and is never written to disk.
 *
 * Session storage is 10 MB shared by every tab, so one tab must not starve the
 * others: each tab's count is its own tiny entry (`badge:<id>`, always written
 * first, never evicted); its outline is stored whole when it fits a per-tab
 * budget, without the points' body text when only that fits, or not at all.
 * When the outlines together near the quota, the largest (then oldest) other
 * tabs' outlines are evicted; an evicted or missing outline is read again from
 * the tab itself (`reread`, the tab protocol's `outline/read`). A failed write
 * is contained: it never throws and never touches another tab's count.
 */
import { browser } from 'wxt/browser';
import type { OutlineDocument, OutlinePoint } from '../../core/index.ts';
import { isOutlineDocument } from '../../protocol/outline-shape.ts';

/** What the background remembers about a tab. */
export interface TabOutline {
  outline: OutlineDocument;
  count: number;
}

/** Per-tab outline storage. */
export interface OutlineStore {
  /** Remembers a tab's outline and count; never throws (a full session storage only costs the outline's copy). */
  set(tabId: number, entry: TabOutline): Promise<void>;
  /** The tab's outline: from memory, session storage, or read again from the tab; null when none of them has it. */
  get(tabId: number): Promise<TabOutline | null>;
  /** The tab's point count as last reported (survives a worker restart even when its outline was evicted). */
  badgeCount(tabId: number): Promise<number | null>;
  delete(tabId: number): Promise<void>;
}

/** The part of `storage.session` the store uses (tests hand in a quota-enforcing one). */
export interface StorageArea {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

/** Where a store keeps its copies and how it refills them. */
export interface OutlineStoreOptions {
  /** Bytes the outlines may take together in session storage (below the area's quota, which counts badges too). */
  budgetBytes?: number;
  /** Bytes one tab's outline may take. */
  perTabBytes?: number;
  /** Reads a tab's outline from the tab itself (the content script), when no copy is left. */
  reread?: (tabId: number) => Promise<TabOutline | null>;
}

/** chrome.storage.session.QUOTA_BYTES. */
export const SESSION_QUOTA_BYTES = 10 * 1024 * 1024;
/** The outlines' share: what is left holds every tab's count entry and any other session data. */
const DEFAULT_BUDGET_BYTES = Math.floor(SESSION_QUOTA_BYTES * 0.8);
/** One tab's share: 40 tabs of the seed page's size fit whole. */
const DEFAULT_PER_TAB_BYTES = 256 * 1024;

/** Session storage key of a tab's outline. */
export function outlineKey(tabId: number): string {
  return `outline:${tabId}`;
}

/** Session storage key of a tab's point count. */
export function badgeKey(tabId: number): string {
  return `badge:${tabId}`;
}

/** A stored outline; `compact` when the points' body text was left out to fit. */
interface StoredOutline extends TabOutline {
  compact?: boolean;
  savedAt?: number;
}

function isStoredOutline(v: unknown): v is StoredOutline {
  if (typeof v !== 'object' || v === null) return false;
  const e = v as Record<string, unknown>;
  return typeof e.count === 'number' && isOutlineDocument(e.outline);
}

const encoder = new TextEncoder();

/** Bytes an entry takes against the quota: its key plus its JSON, in UTF-8 (Chinese text is 3 bytes a character). */
export function entryBytes(key: string, value: unknown): number {
  return encoder.encode(key).length + encoder.encode(JSON.stringify(value)).length;
}

function withoutBodies(points: readonly OutlinePoint[]): OutlinePoint[] {
  return points.map((p) => ({ ...p, text: '', children: withoutBodies(p.children) }));
}

/** The outline without its points' body text: titles, markers and nesting stay. */
function compactOutline(outline: OutlineDocument): OutlineDocument {
  return { ...outline, sections: outline.sections.map((s) => ({ ...s, points: withoutBodies(s.points) })) };
}

/** The largest form of the entry that fits `perTab` bytes, with its size; null when even the compact one does not. */
function fitEntry(tabId: number, entry: TabOutline, perTab: number, now: number): { value: StoredOutline; bytes: number } | null {
  const key = outlineKey(tabId);
  const whole: StoredOutline = { ...entry, savedAt: now };
  const wholeBytes = entryBytes(key, whole);
  if (wholeBytes <= perTab) return { value: whole, bytes: wholeBytes };
  const compact: StoredOutline = { outline: compactOutline(entry.outline), count: entry.count, compact: true, savedAt: now };
  const compactBytes = entryBytes(key, compact);
  return compactBytes <= perTab ? { value: compact, bytes: compactBytes } : null;
}

/** True for Chromium's "Session storage quota bytes exceeded" (and Firefox's quota errors). */
function isQuotaRefusal(error: unknown): boolean {
  return /quota/i.test(error instanceof Error ? `${error.name} ${error.message}` : String(error));
}

/**
 * Creates the store. `session` defaults to `browser.storage.session`; where a
 * browser lacks it (Firefox < 115) the store is memory-only.
 */
export function createOutlineStore(session: StorageArea | undefined = browser.storage?.session, options: OutlineStoreOptions = {}): OutlineStore {
  const budget = options.budgetBytes ?? DEFAULT_BUDGET_BYTES;
  const perTab = Math.min(options.perTabBytes ?? DEFAULT_PER_TAB_BYTES, budget);
  const memory = new Map<number, TabOutline>();
  const counts = new Map<number, number>();
  /** The outlines in session storage: bytes and when written, by tab. Read from storage on first use after a restart. */
  let sizes: Map<number, { bytes: number; at: number }> | null = null;
  /** Session writes run one at a time, so the sizes always add up. */
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work, work);
    queue = run.catch(() => undefined);
    return run;
  };

  async function storedSizes(area: StorageArea): Promise<Map<number, { bytes: number; at: number }>> {
    if (sizes) return sizes;
    const found = new Map<number, { bytes: number; at: number }>();
    const all = await area.get(null).catch(() => ({}) as Record<string, unknown>);
    for (const [key, value] of Object.entries(all)) {
      const tabId = key.startsWith('outline:') ? Number(key.slice('outline:'.length)) : Number.NaN;
      if (!Number.isInteger(tabId)) continue;
      const at = typeof (value as StoredOutline | null)?.savedAt === 'number' ? (value as StoredOutline).savedAt! : 0;
      found.set(tabId, { bytes: entryBytes(key, value), at });
    }
    sizes = found;
    return found;
  }

  /** Evicts one outline other than `keep`'s: the largest, the oldest among equals. False when there is none. */
  async function evictOne(area: StorageArea, known: Map<number, { bytes: number; at: number }>, keep: number): Promise<boolean> {
    let victim: number | null = null;
    for (const [tabId, s] of known) {
      if (tabId === keep) continue;
      const v = victim === null ? null : known.get(victim)!;
      if (!v || s.bytes > v.bytes || (s.bytes === v.bytes && s.at < v.at)) victim = tabId;
    }
    if (victim === null) return false;
    known.delete(victim);
    await area.remove(outlineKey(victim)).catch(() => undefined);
    return true;
  }

  async function storeOutline(area: StorageArea, tabId: number, entry: TabOutline): Promise<void> {
    const known = await storedSizes(area);
    const now = Date.now();
    const fitted = fitEntry(tabId, entry, perTab, now);
    const previous = known.get(tabId);
    known.delete(tabId);
    if (!fitted) {
      // Too big for its share even without bodies: kept in memory, read again from the tab after a restart.
      if (previous) await area.remove(outlineKey(tabId)).catch(() => undefined);
      return;
    }
    const total = () => [...known.values()].reduce((n, s) => n + s.bytes, 0);
    while (total() + fitted.bytes > budget && (await evictOne(area, known, tabId)));
    // The estimate can be off (other data in the area, another count of bytes): on a refused write, evict and retry.
    for (let attempt = 0; attempt < 4; attempt++) {
      try {
        await area.set({ [outlineKey(tabId)]: fitted.value });
        known.set(tabId, { bytes: fitted.bytes, at: now });
        return;
      } catch (error) {
        // Only a full area is helped by room; any other refusal leaves the other tabs' copies alone.
        if (!isQuotaRefusal(error) || !(await evictOne(area, known, tabId))) break;
      }
    }
    await area.remove(outlineKey(tabId)).catch(() => undefined);
  }

  async function readStored(area: StorageArea, tabId: number): Promise<StoredOutline | null> {
    const key = outlineKey(tabId);
    const stored: unknown = (await area.get(key).catch(() => ({}) as Record<string, unknown>))[key];
    return isStoredOutline(stored) ? stored : null;
  }

  const store: OutlineStore = {
    async set(tabId, entry) {
      memory.set(tabId, entry);
      counts.set(tabId, entry.count);
      if (!session) return;
      // The count first and on its own: whatever happens to the outline's copy, the tab keeps its badge.
      await session.set({ [badgeKey(tabId)]: entry.count }).catch(() => undefined);
      await serial(() => storeOutline(session, tabId, entry)).catch(() => undefined);
    },
    async get(tabId) {
      const cached = memory.get(tabId);
      if (cached) return cached;
      const stored = session ? await readStored(session, tabId) : null;
      if (stored && !stored.compact) {
        const entry = { outline: stored.outline, count: stored.count };
        memory.set(tabId, entry);
        return entry;
      }
      // Evicted, cut down or never stored: the tab itself still has the whole outline.
      const reread = await options.reread?.(tabId).catch(() => null);
      if (reread) {
        await store.set(tabId, reread);
        return reread;
      }
      return stored ? { outline: stored.outline, count: stored.count } : null;
    },
    async badgeCount(tabId) {
      const known = counts.get(tabId);
      if (known !== undefined) return known;
      if (!session) return null;
      const key = badgeKey(tabId);
      const stored: unknown = (await session.get(key).catch(() => ({}) as Record<string, unknown>))[key];
      return typeof stored === 'number' ? stored : null;
    },
    async delete(tabId) {
      memory.delete(tabId);
      counts.delete(tabId);
      if (!session) return;
      await serial(async () => {
        (await storedSizes(session)).delete(tabId);
        await session.remove([outlineKey(tabId), badgeKey(tabId)]);
      }).catch(() => undefined);
    },
  };
  return store;
}
