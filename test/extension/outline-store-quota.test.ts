/**
 * The tabs' outlines in a storage.session that enforces its 10 MB quota, as
 * Chromium's does (wxt's fake browser does not): one huge page or forty tabs of
 * the seed page's size must not leave any tab without its badge, and an
 * outline whose copy was evicted must still be found after a worker restart.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { blocksFromPlainText, countPoints, extractOutline, toOutlineDocument, type OutlineDocument } from '../../core/index.ts';
import { badgeText } from '../../entrypoints/background/badge.ts';
import { createOutlineStore, outlineKey, SESSION_QUOTA_BYTES, type OutlineStore, type TabOutline } from '../../entrypoints/background/outline-store.ts';
import { backgroundDispatch } from './background-router.ts';
import type { MessageSender } from '../../protocol/transport.ts';

// The seed page: 18 speeches, 338 points (a copy of the shared seed file).
const SEED = readFileSync(resolve(import.meta.dirname, '../fixtures/seed.txt'), 'utf8');

/** storage.session with Chromium's rule: a write that would pass the quota is refused whole. */
class QuotaSession {
  readonly items = new Map<string, string>();
  constructor(readonly quota = SESSION_QUOTA_BYTES) {}
  bytesInUse(): number {
    let n = 0;
    for (const [k, v] of this.items) n += Buffer.byteLength(k) + Buffer.byteLength(v);
    return n;
  }
  async get(keys?: string | string[] | null): Promise<Record<string, unknown>> {
    const wanted = keys === null || keys === undefined ? [...this.items.keys()] : typeof keys === 'string' ? [keys] : keys;
    return Object.fromEntries(wanted.filter((k) => this.items.has(k)).map((k) => [k, JSON.parse(this.items.get(k)!)]));
  }
  async set(values: Record<string, unknown>): Promise<void> {
    const next = new Map(this.items);
    for (const [k, v] of Object.entries(values)) next.set(k, JSON.stringify(v));
    let n = 0;
    for (const [k, v] of next) n += Buffer.byteLength(k) + Buffer.byteLength(v);
    if (n > this.quota) throw new Error('Session storage quota bytes exceeded. Values were not stored.');
    this.items.clear();
    for (const [k, v] of next) this.items.set(k, v);
  }
  async remove(keys: string | string[]): Promise<void> {
    for (const k of typeof keys === 'string' ? [keys] : keys) this.items.delete(k);
  }
}

/** The seed page's outline (18 speeches) as the content script reports it, for tab `tabId`. */
function seedOutline(tabId: number): OutlineDocument {
  const url = `https://www.diyifanwen.com/fanwen/jianghua/${1000 + tabId}.html`;
  return toOutlineDocument(extractOutline(blocksFromPlainText(SEED), { title: '在全省党委秘书长会议讲话', url }));
}

/** One page bigger than the whole quota: the seed page's speeches sixty times over. */
function hugeOutline(): OutlineDocument {
  const seed = seedOutline(999);
  return { ...seed, url: 'https://www.gov.cn/huge.html', sections: Array.from({ length: 60 }, () => seed.sections).flat() };
}

const SEED_TABS = Array.from({ length: 40 }, (_, i) => i + 1);
const HUGE_TAB = 99;

/** Every tab's outline as its content script holds it: what `outline/read` answers. */
function pagesOfTabs(): Map<number, TabOutline> {
  const pages = new Map<number, TabOutline>();
  for (const tabId of SEED_TABS) {
    const outline = seedOutline(tabId);
    pages.set(tabId, { outline, count: countPoints(outline) });
  }
  const huge = hugeOutline();
  pages.set(HUGE_TAB, { outline: huge, count: countPoints(huge) });
  return pages;
}

const pages = pagesOfTabs();

function contentScript(tabId: number, url: string): MessageSender {
  return { id: fakeBrowser.runtime.id, url, frameId: 0, tab: { id: tabId, url, index: 0, windowId: 1, highlighted: false, active: true, pinned: false, incognito: false } as NonNullable<MessageSender['tab']> };
}

beforeEach(() => fakeBrowser.reset());

describe('the outline store in a 10 MB storage.session', () => {
  it('has a seed page whose outline is about a fortieth of the quota, and a huge page bigger than all of it', () => {
    const bytes = (o: OutlineDocument) => Buffer.byteLength(JSON.stringify(o));
    expect(bytes(pages.get(1)!.outline)).toBeGreaterThan(SESSION_QUOTA_BYTES / 60);
    expect(bytes(pages.get(HUGE_TAB)!.outline)).toBeGreaterThan(SESSION_QUOTA_BYTES);
  });

  it('badges every tab of 40 seed-size tabs and one huge page, and finds every outline again after a worker restart', async () => {
    const session = new QuotaSession();
    const rereads: number[] = [];
    const reread = async (tabId: number) => {
      rereads.push(tabId);
      return pages.get(tabId) ?? null;
    };
    const store = createOutlineStore(session, { reread });
    const send = backgroundDispatch({ store });
    const order = [...SEED_TABS.slice(0, 20), HUGE_TAB, ...SEED_TABS.slice(20)];
    for (const tabId of order) {
      const { outline, count } = pages.get(tabId)!;
      expect(await send({ type: 'outline/found', data: { outline, count } }, contentScript(tabId, outline.url!))).toEqual({ ok: true, value: { tabId } });
    }
    expect(session.bytesInUse()).toBeLessThanOrEqual(SESSION_QUOTA_BYTES);
    for (const tabId of order) {
      expect(await fakeBrowser.action.getBadgeText({ tabId })).toBe(badgeText(pages.get(tabId)!.count));
    }

    // The worker restarts: memory is gone, session storage stays.
    const restarted = createOutlineStore(session, { reread });
    for (const tabId of order) expect(await restarted.badgeCount(tabId)).toBe(pages.get(tabId)!.count);
    const stored = order.filter((tabId) => session.items.has(outlineKey(tabId)));
    // Some copies had to go (the huge page's never fitted); those are read again from their tabs.
    expect(stored.length).toBeGreaterThan(0);
    expect(stored).not.toContain(HUGE_TAB);
    expect(stored.length).toBeLessThan(order.length);
    rereads.length = 0;
    for (const tabId of order) expect(await restarted.get(tabId)).toEqual(pages.get(tabId));
    expect(rereads.sort((a, b) => a - b)).toEqual(order.filter((tabId) => !stored.includes(tabId)).sort((a, b) => a - b));
  }, 60_000); // megabytes of JSON on a busy machine

  it('evicts the oldest equal-size outlines first, so the tab just reported keeps its copy', async () => {
    const session = new QuotaSession();
    const store = createOutlineStore(session);
    for (const tabId of SEED_TABS) await store.set(tabId, pages.get(tabId)!);
    const stored = SEED_TABS.filter((tabId) => session.items.has(outlineKey(tabId)));
    expect(stored.at(-1)).toBe(40);
    expect(stored).toEqual(SEED_TABS.slice(SEED_TABS.length - stored.length));
  }, 60_000);

  it('keeps a cut-down copy (titles, no body text) of a page too big for its share, when that fits', async () => {
    const session = new QuotaSession();
    const store = createOutlineStore(session, { perTabBytes: 96 * 1024 });
    await store.set(7, pages.get(7)!);
    const copy = (await session.get(outlineKey(7)))[outlineKey(7)] as TabOutline & { compact: boolean };
    expect(copy.compact).toBe(true);
    expect(copy.outline.sections.map((s) => s.points.map((p) => p.title))).toEqual(pages.get(7)!.outline.sections.map((s) => s.points.map((p) => p.title)));
    // Without the tab to ask, a restarted worker still has the cut-down outline for the popup.
    expect(await createOutlineStore(session).get(7)).toMatchObject({ count: pages.get(7)!.count });
  });

  it('never throws when session storage refuses every write (a broken disk, not a full quota), and other tabs keep their copies and counts', async () => {
    const session = new QuotaSession();
    const store: OutlineStore = createOutlineStore(session);
    await store.set(1, pages.get(1)!);
    session.set = async () => {
      throw new Error('IO error: .../Session Storage/000003.log: Unable to create writable file');
    };
    await expect(store.set(2, pages.get(2)!)).resolves.toBeUndefined();
    expect(await store.get(2)).toEqual(pages.get(2));
    const restarted = createOutlineStore(session);
    expect(await restarted.get(1)).toEqual(pages.get(1));
    expect(await restarted.badgeCount(1)).toBe(pages.get(1)!.count);
  });

  it('forgets a closed tab\'s outline and count', async () => {
    const session = new QuotaSession();
    const store = createOutlineStore(session);
    await store.set(3, pages.get(3)!);
    await store.delete(3);
    expect(session.items.size).toBe(0);
    expect(await createOutlineStore(session).badgeCount(3)).toBeNull();
  });
});
