import { useEffect, useState } from 'preact/hooks';
import type { Store } from './store.ts';

/** The store's current state, re-rendering the component on every change. */
export function useStore<T extends object>(store: Store<T>): T {
  const [state, setState] = useState(store.get());
  useEffect(() => {
    setState(store.get());
    return store.subscribe(setState);
  }, [store]);
  return state;
}
