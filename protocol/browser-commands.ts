/**
 * The extension's keyboard commands, declared in the manifest so users can
 * rebind them at chrome://extensions/shortcuts. Chrome honours at most four
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
  [RUN_ON_PAGE_COMMAND]: { description: '在此页提取讲话提纲 / Outline this page', suggested_key: { default: 'Alt+Shift+S' } },
  'toggle-panel': { description: '显示或隐藏提纲面板 / Show or hide the outline panel', suggested_key: { default: 'Alt+Shift+O' } },
  'toggle-highlights': { description: '显示或隐藏要点高亮 / Show or hide point highlights' },
  'next-point': { description: '跳到下一个要点 / Next point', suggested_key: { default: 'Alt+Shift+Period' } },
  'prev-point': { description: '跳到上一个要点 / Previous point', suggested_key: { default: 'Alt+Shift+Comma' } },
};
