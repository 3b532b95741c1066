/**
 * A tiny observable state holder shared by the content script (which owns the
 * page) and the panel (which renders it): `set` merges and notifies.
 */

/** Read, change and watch one state object. */
export interface Store<T extends object> {
  get(): T;
  set(patch: Partial<T>): void;
  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: (state: T) => void): () => void;
}

/** Creates a store holding `initial`. A patch that changes nothing notifies nobody. */
export function createStore<T extends object>(initial: T): Store<T> {
  let state = initial;
  const listeners = new Set<(state: T) => void>();
  return {
    get: () => state,
    set(patch) {
      const keys = Object.keys(patch) as Array<keyof T>;
      if (keys.every((k) => Object.is(state[k], patch[k]))) return;
      state = { ...state, ...patch };
      for (const listener of [...listeners]) listener(state);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
