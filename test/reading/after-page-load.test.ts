// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { afterPageLoad } from '../../entrypoints/content/time-slice.ts';

/** A window whose document is still loading until `finish()` fires its load event. */
function loadingWindow() {
  let state: DocumentReadyState = 'interactive';
  const listeners: Array<() => void> = [];
  const idle: Array<() => void> = [];
  const win = {
    document: { get readyState() { return state; } },
    addEventListener: (type: string, listener: () => void) => { if (type === 'load') listeners.push(listener); },
    requestIdleCallback: (callback: () => void) => { idle.push(callback); return idle.length; },
    setTimeout: (callback: () => void) => { idle.push(callback); return idle.length; },
  } as unknown as Window;
  return {
    win,
    finish() { state = 'complete'; listeners.splice(0).forEach((l) => l()); },
    runIdle() { idle.splice(0).forEach((c) => c()); },
  };
}

const settled = async (p: Promise<void>) => {
  let done = false;
  void p.then(() => { done = true; });
  await new Promise((r) => setTimeout(r, 0));
  return done;
};

describe('the content script waits for the page', () => {
  it('starts only after the page’s load event, in the idle time after it', async () => {
    const page = loadingWindow();
    const started = afterPageLoad(page.win);
    page.runIdle();
    expect(await settled(started)).toBe(false);
    page.finish();
    expect(await settled(started)).toBe(false);
    page.runIdle();
    expect(await settled(started)).toBe(true);
  });

  it('on a page that has already loaded (a one-off run), starts at the next idle moment', async () => {
    const page = loadingWindow();
    page.finish();
    const started = afterPageLoad(page.win);
    page.runIdle();
    expect(await settled(started)).toBe(true);
  });
});
