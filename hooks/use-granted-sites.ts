/**
 * The options page's list of allowed sites, kept fresh: it reloads whenever a
 * permission is added or removed, wherever that happened (this page, the
 * popup, Chrome's own site-access menu).
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { allowedSitePatterns } from '../sites/site-access.ts';

/** Where loading the granted sites stands. */
export type GrantedSitesState = { status: 'loading' } | { status: 'error'; error: string } | { status: 'ready'; patterns: string[] };

/** The granted site patterns, and a function that reloads them now. */
export function useGrantedSites(): [GrantedSitesState, () => Promise<void>] {
  const [state, setState] = useState<GrantedSitesState>({ status: 'loading' });
  const reload = useCallback(async () => {
    try {
      setState({ status: 'ready', patterns: await allowedSitePatterns() });
    } catch (error) {
      setState({ status: 'error', error: error instanceof Error ? error.message : String(error) });
    }
  }, []);
  useEffect(() => {
    void reload();
    const onChange = () => void reload();
    browser.permissions.onAdded.addListener(onChange);
    browser.permissions.onRemoved.addListener(onChange);
    return () => {
      browser.permissions.onAdded.removeListener(onChange);
      browser.permissions.onRemoved.removeListener(onChange);
    };
  }, [reload]);
  return [state, reload];
}
