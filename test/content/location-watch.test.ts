// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { onLocationChange, type LocationContext } from '../../entrypoints/content/location-watch.ts';

/** A content script context that runs timers by hand and can be invalidated. */
function fakeContext() {
  const timeouts: Array<() => void> = [];
  const intervals: Array<() => void> = [];
  const stops: Array<() => void> = [];
  const removals: Array<() => void> = [];
  const ctx = {
    addEventListener(target: EventTarget, type: string, listener: (e: Event) => void) {
      target.addEventListener(type, listener);
      removals.push(() => target.removeEventListener(type, listener));
    },
    setTimeout(fn: () => void) {
      timeouts.push(fn);
      return 0;
    },
    setInterval(fn: () => void) {
      intervals.push(fn);
      return 0;
    },
    onInvalidated(fn: () => void) {
      stops.push(fn);
      return () => {};
    },
  } as unknown as LocationContext;
  return {
    ctx,
    /** Time passes: the pending timeouts run, and the intervals' polls once. */
    tick: () => [...timeouts.splice(0), ...intervals].forEach((fn) => fn()),
    invalidate: () => {
      intervals.length = 0;
      [...stops, ...removals].forEach((fn) => fn());
    },
  };
}

describe('onLocationChange', () => {
  it('tells the reading view and the annotator once per move of a single-page site, through one set of listeners', () => {
    const { ctx, invalidate } = fakeContext();
    const heard: string[] = [];
    onLocationChange(ctx, () => heard.push(`reading ${location.pathname}`));
    onLocationChange(ctx, () => heard.push(`annotator ${location.pathname}`));

    history.pushState(null, '', '/speeches/2');
    window.dispatchEvent(new PopStateEvent('popstate'));
    // The same address again (a second event for one move) is no move.
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(heard).toEqual(['reading /speeches/2', 'annotator /speeches/2']);

    location.hash = '#part-2';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(heard).toHaveLength(4);
    invalidate();
  });

  it('notices a pushState no event reports on its next poll, and WXT’s navigate event once the page’s task is over', () => {
    const { ctx, tick, invalidate } = fakeContext();
    let moves = 0;
    onLocationChange(ctx, () => moves++);
    tick();
    expect(moves).toBe(0);
    history.pushState(null, '', '/speeches/3');
    tick();
    expect(moves).toBe(1);

    history.pushState(null, '', '/speeches/4');
    window.dispatchEvent(new Event('wxt:locationchange'));
    expect(moves).toBe(1);
    tick();
    expect(moves).toBe(2);
    invalidate();
  });

  it('stops telling anyone once the content script is invalidated', () => {
    const first = fakeContext();
    let moves = 0;
    onLocationChange(first.ctx, () => moves++);
    first.invalidate();
    history.pushState(null, '', '/speeches/5');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(moves).toBe(0);
    // A new content script (after an update) starts its own watcher.
    const second = fakeContext();
    onLocationChange(second.ctx, () => moves++);
    history.pushState(null, '', '/speeches/6');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(moves).toBe(1);
    second.invalidate();
  });
});
