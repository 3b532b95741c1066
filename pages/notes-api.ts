/**
 * What the notes UI (popup, library) asks of the extension, as one interface so
 * components can be tested and benchmarked with an in-memory stand-in. The real
 * one sends the protocol's messages to the background.
 */
import { browser } from 'wxt/browser';
import type { Annotation, SavedOutline } from '../core/annotation-types.ts';
import type { OutlineDocument } from '../core/types.ts';
import { isWebUrl } from '../core/web-url.ts';
import type { AnnotationChanges, AnnotationFacets, AnnotationFilters, AnnotationPage, TrashList } from '../protocol/annotation-wire.ts';
import { pageKey } from '../protocol/annotation-wire.ts';
import { sendMessage } from '../protocol/send.ts';
import { sendToTab } from '../protocol/tab-messages.ts';
import { type Result } from '../protocol/result.ts';
import type { IndexStatus, SearchFilters, SearchResults } from '../protocol/search-types.ts';

/** The notes UI's view of storage and tabs. Every call resolves to a Result. */
export interface NotesApi {
  list(filters: AnnotationFilters, offset: number, limit: number): Promise<Result<AnnotationPage>>;
  /** Every note of one page (its address as notes key it: protocol/annotation-wire.ts pageKey). */
  listPage(url: string): Promise<Result<Annotation[]>>;
  facets(): Promise<Result<AnnotationFacets>>;
  update(id: string, changes: AnnotationChanges): Promise<Result<Annotation>>;
  /** Moves a note to the 回收站. */
  remove(id: string): Promise<Result<Annotation>>;
  /** Puts a note from the 回收站 back. */
  restore(id: string): Promise<Result<Annotation>>;
  /** What the 回收站 holds, newest deletion first. */
  listTrash(): Promise<Result<TrashList>>;
  /** Removes these notes from the 回收站 for good (after the reader confirmed). */
  purgeTrash(ids: string[]): Promise<Result<{ removed: number }>>;
  listOutlines(url: string | null): Promise<Result<SavedOutline[]>>;
  /** Saves the outline, or updates the page's unchanged copy (`updated`). */
  saveOutline(outline: OutlineDocument): Promise<Result<SavedOutline & { updated: boolean }>>;
  renameOutline(id: string, name: string): Promise<Result<SavedOutline>>;
  deleteOutline(id: string): Promise<Result<SavedOutline>>;
  /** Puts back a saved outline deleteOutline replied with (undo). */
  restoreOutline(saved: SavedOutline): Promise<Result<SavedOutline>>;
  /** Opens an http(s) page in a new tab (other addresses are not opened). */
  openPage(url: string): Promise<void>;
  /** Asks tab `tabId` to scroll to point `index` of its outline (document order); resolves whether it did. */
  showPoint(tabId: number, index: number, point: { marker: string; title: string }): Promise<boolean>;
  /** Opens (or focuses) the annotation's page and asks it to scroll to the annotation. */
  reveal(annotation: Annotation): Promise<void>;
  /** Notes, saved outlines and pages matching `q` (the background's jieba index), best first. */
  search(q: string, filters: SearchFilters, limit: number): Promise<Result<SearchResults>>;
  /** How far the search index is. */
  indexStatus(): Promise<Result<IndexStatus>>;
}

/** True for an http(s) address: the only pages the library opens (a saved file: or javascript: address is not followed). */
export function isWebPage(url: string): boolean {
  try {
    const protocol = new URL(url).protocol;
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/** Resolves once tab `tabId` finished loading (or after `timeoutMs`). */
function tabLoaded(tabId: number, timeoutMs = 15_000): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      browser.tabs.onUpdated.removeListener(listener);
      clearTimeout(timer);
      resolve();
    };
    const listener = (id: number, info: { status?: string }) => {
      if (id === tabId && info.status === 'complete') done();
    };
    const timer = setTimeout(done, timeoutMs);
    browser.tabs.onUpdated.addListener(listener);
  });
}

/** Focuses the tab showing `annotation`'s page (opening one if none does), then sends it `annotation/reveal`. */
export async function revealAnnotation(annotation: Annotation): Promise<void> {
  // Only web pages are opened: a restored or hand-made note could name javascript:, data:, chrome:// or file:.
  if (!isWebUrl(annotation.url)) return;
  // Tab URLs are visible for pages the extension may access; others get a new tab.
  const tabs = await browser.tabs.query({});
  let tab = tabs.find((t) => t.url !== undefined && pageKey(t.url) === annotation.url);
  if (tab?.id !== undefined) {
    await browser.tabs.update(tab.id, { active: true });
    if (tab.windowId !== undefined) await browser.windows?.update(tab.windowId, { focused: true }).catch(() => undefined);
  } else {
    tab = await browser.tabs.create({ url: annotation.url, active: true });
    if (tab.id !== undefined) await tabLoaded(tab.id);
  }
  if (tab.id === undefined) return;
  // The content script answers when it can; a page without it simply stays where it is.
  await sendToTab(tab.id, 'annotation/reveal', { id: annotation.id });
}

/** The NotesApi of the running extension. */
export const extensionNotesApi: NotesApi = {
  list: (filters, offset, limit) => sendMessage('annotation/list-all', { filters, offset, limit }),
  listPage: (url) => sendMessage('annotation/list', { url }),
  facets: () => sendMessage('annotation/facets', {}),
  update: (id, changes) => sendMessage('annotation/update', { id, changes }),
  remove: (id) => sendMessage('annotation/delete', { id }),
  restore: (id) => sendMessage('annotation/restore', { id }),
  listTrash: () => sendMessage('annotation/list-trash', {}),
  purgeTrash: (ids) => sendMessage('annotation/empty-trash', { ids }),
  listOutlines: (url) => sendMessage('outline/list', { url }),
  saveOutline: (outline) => sendMessage('outline/save', { outline }),
  renameOutline: (id, name) => sendMessage('outline/rename', { id, name }),
  deleteOutline: (id) => sendMessage('outline/delete', { id }),
  restoreOutline: (saved) => sendMessage('outline/restore', { saved }),
  openPage: async (url) => {
    if (isWebPage(url)) await browser.tabs.create({ url, active: true });
  },
  showPoint: async (tabId, index, point) => {
    const reply = await sendToTab(tabId, 'reading/show-point', { index, marker: point.marker, title: point.title });
    return reply.ok && reply.value;
  },
  reveal: revealAnnotation,
  search: (q, filters, limit) => sendMessage('search/query', { q, filters, limit }),
  indexStatus: () => sendMessage('search/index-status', {}),
};
