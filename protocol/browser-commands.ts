/**
 * The extension's keyboard commands, declared in the manifest (descriptions
 * from public/_locales) so users can rebind them in the browser's shortcut page. Chrome honours at most four
 * suggested keys per extension; the rest are declared unbound.
 */

import type { ReadingCommand } from './reading-commands.ts';

/** Reading commands with a browser-level key; the background forwards them to the page's content script. */
export const MANIFEST_READING_COMMANDS: readonly ReadingCommand[] = ['toggle-panel', 'toggle-highlights', 'next-point', 'prev-point'];

/** Runs the content script once on the current page (any site, through activeTab). */
export const RUN_ON_PAGE_COMMAND = 'run-on-page';

type CommandEntry = { description: string; suggested_key?: { default: string } };

/**
 * The manifest's `commands`. Alt+Shift+… stays clear of Chrome's own keys and of
 * the in-page Alt+J/K/O/H (entrypoints/content/reading/keyboard.ts); "." and "," are the keys
 * of > and <. toggle-highlights is declared unbound: Chrome allows four suggestions.
 */
export const MANIFEST_COMMANDS: Record<string, CommandEntry> = {
  [RUN_ON_PAGE_COMMAND]: { description: '__MSG_cmdRunOnPage__', suggested_key: { default: 'Alt+Shift+S' } },
  'toggle-panel': { description: '__MSG_cmdTogglePanel__', suggested_key: { default: 'Alt+Shift+O' } },
  'toggle-highlights': { description: '__MSG_cmdToggleHighlights__' },
  'next-point': { description: '__MSG_cmdNextPoint__', suggested_key: { default: 'Alt+Shift+Period' } },
  'prev-point': { description: '__MSG_cmdPrevPoint__', suggested_key: { default: 'Alt+Shift+Comma' } },
};
