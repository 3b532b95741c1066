/**
 * The popup's data: asks the background for a tab's outline once the tab is known.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { OutlineDocument } from '../core/index.ts';
import { sendMessage } from '../protocol/send.ts';
import { resolvePopupTab, type PopupTab } from '../pages/popup-tab.ts';

/** Where loading the popup's outline stands; `tab` is the tab described (null when there is none). */
export type TabOutlineState =
  | { status: 'loading' }
  | { status: 'error'; error: string }
  | { status: 'empty'; tab: PopupTab | null }
  | { status: 'ready'; outline: OutlineDocument; tab: PopupTab };

/** The outline state, and `reload()` to ask again (after running the content script on the tab). */
export type TabOutline = TabOutlineState & { reload(): void };

/** Loads the outline of the tab named by `search` (`?tab=`) or of the active tab. */
export function useTabOutline(search: string): TabOutline {
  const [state, setState] = useState<TabOutlineState>({ status: 'loading' });
  const [round, setRound] = useState(0);
  useEffect(() => {
    let live = true;
    void (async () => {
      let next: TabOutlineState;
      try {
        const tab = await resolvePopupTab(search);
        if (tab === null) next = { status: 'empty', tab: null };
        else {
          const reply = await sendMessage('outline/get', { tabId: tab.id });
          if (!reply.ok) next = { status: 'error', error: reply.error };
          else next = reply.value ? { status: 'ready', outline: reply.value, tab } : { status: 'empty', tab };
        }
      } catch (error) {
        next = { status: 'error', error: error instanceof Error ? error.message : String(error) };
      }
      if (live) setState(next);
    })();
    return () => {
      live = false;
    };
  }, [search, round]);
  const reload = useCallback(() => setRound((n) => n + 1), []);
  return { ...state, reload };
}
