/**
 * What the content script keeps in its isolated world's globals, where the
 * page's own scripts cannot see it: the loader (index.ts) and the main part
 * (entrypoints/content-main.ts) meet there, a later copy of the script finds
 * the earlier one's session, and the background leaves its "run here" mark.
 * Symbol.for keys: each copy of the script, and the background's serialised
 * function, name the same slot without sharing a module.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ReadingSession } from './reading/reading-session.ts';

/** Where a copy of this script leaves its session, for a later copy to find. */
export const SESSION_KEY = Symbol.for('speech-outline.reading-session');

/** Set while a newer copy of this script starts (WXT's started event is let through only then). */
export const STARTING_KEY = Symbol.for('speech-outline.copy-starting');

/** Set by the background just before it runs this script on the page once (background/activation.ts). */
export const RUN_HERE_KEY = Symbol.for('speech-outline.run-here');

/** Where the main part, once evaluated, leaves the function that starts it. */
export const START_KEY = Symbol.for('speech-outline.start');

/** How the loader asks the main part to start. */
export interface StartOptions {
  /** A copy of the script ran on this page before: read it again with the panel open. */
  openPanel: boolean;
  /** Started by 在此页运行: a page without an outline shows its notes panel at once. */
  ranHere: boolean;
}

/** The main part's entry: reading, annotating and answering the extension's messages on this page. */
export type StartContentScript = (ctx: ContentScriptContext, options: StartOptions) => void;

/** The isolated world's globals, as the content script uses them. */
export interface IsolatedSlots {
  [SESSION_KEY]?: ReadingSession;
  [STARTING_KEY]?: boolean;
  [RUN_HERE_KEY]?: boolean;
  [START_KEY]?: StartContentScript;
}

/** The isolated world's `window`, typed with our slots. */
export function isolatedSlots(): IsolatedSlots {
  return window as unknown as IsolatedSlots;
}

/** Reads and clears the background's "run here" mark: true when this copy was started by 在此页运行. */
export function takeRunHereMark(): boolean {
  const slots = isolatedSlots();
  const marked = slots[RUN_HERE_KEY] === true;
  delete slots[RUN_HERE_KEY];
  return marked;
}
