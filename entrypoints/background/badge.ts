/**
 * The toolbar badge: the number of points found on the tab, or nothing.
 * Firefox's MV2 build has `browserAction` where Chrome's MV3 has `action`.
 */
import { browser } from 'wxt/browser';

/** A calm slate blue: readable with white text, not an alarm colour. */
export const BADGE_COLOR = '#4a6785';

function toolbarAction(): typeof browser.action | undefined {
  return browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
}

/** The badge text for a point count: '' for none, capped so it fits the badge. */
export function badgeText(count: number): string {
  if (count <= 0) return '';
  return count > 999 ? '999+' : String(count);
}

/** Sets the badge's colour once for all tabs. */
export async function setupBadge(): Promise<void> {
  await toolbarAction()?.setBadgeBackgroundColor({ color: BADGE_COLOR });
}

/** Shows a tab's point count on its badge. A tab that closed meanwhile is ignored. */
export async function showPointCount(tabId: number, count: number): Promise<void> {
  try {
    await toolbarAction()?.setBadgeText({ tabId, text: badgeText(count) });
  } catch {
    // The tab went away between the message and the badge update.
  }
}

/** Removes a tab's badge. */
export async function clearBadge(tabId: number): Promise<void> {
  await showPointCount(tabId, 0);
}
