/**
 * The popup's data: asks the background for a tab's outline once the tab is known.
 */
import { useEffect, useState } from 'preact/hooks';
import type { OutlineDocument } from '../core/index.ts';
import { sendMessage } from './messages.ts';
import { resolvePopupTabId } from './popup-tab.ts';

/** Where loading the popup's outline stands. */
export type TabOutlineState =
  | { status: 'loading' }
  | { status: 'error'; error: string }
  | { status: 'empty' }
  | { status: 'ready'; outline: OutlineDocument };

/** Loads the outline of the tab named by `search` (`?tab=`) or of the active tab. */
export function useTabOutline(search: string): TabOutlineState {
  const [state, setState] = useState<TabOutlineState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    void (async () => {
      let next: TabOutlineState;
      try {
        const tabId = await resolvePopupTabId(search);
        if (tabId === null) next = { status: 'empty' };
        else {
          const reply = await sendMessage('outline/get', { tabId });
          if (!reply.ok) next = { status: 'error', error: reply.error };
          else next = reply.value ? { status: 'ready', outline: reply.value } : { status: 'empty' };
        }
      } catch (error) {
        next = { status: 'error', error: error instanceof Error ? error.message : String(error) };
      }
      if (live) setState(next);
    })();
    return () => {
      live = false;
    };
  }, [search]);
  return state;
}
