/**
 * Which tab the popup describes: the active tab, or the one named by
 * `popup.html?tab=<id>` (tests and the demo open the popup as a page, where the
 * "active tab" would be the popup itself).
 */
import { browser } from 'wxt/browser';

/** The tab id given in a `?tab=` query, or null when absent or not a tab id. */
export function tabIdFromQuery(search: string): number | null {
  const raw = new URLSearchParams(search).get('tab');
  if (raw === null || !/^\d+$/.test(raw)) return null;
  return Number(raw);
}

/** The tab the popup describes: its id, and its URL where the browser shows it to the extension (activeTab, granted hosts). */
export interface PopupTab {
  id: number;
  url: string | undefined;
}

/** The tab the popup should show with its URL, or null when there is none. */
export async function resolvePopupTab(search: string): Promise<PopupTab | null> {
  const fromQuery = tabIdFromQuery(search);
  if (fromQuery === null) {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id === undefined ? null : { id: tab.id, url: tab.url };
  }
  const tab = await browser.tabs.get(fromQuery).catch(() => null);
  return { id: fromQuery, url: tab?.url };
}
