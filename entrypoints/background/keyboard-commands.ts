/**
 * The manifest's keyboard commands: "run on this page" injects the content
 * script (the key press grants `activeTab`); the reading keys go to the
 * content script of the active tab, which owns the panel and the highlights.
 */
import { browser, type Browser } from 'wxt/browser';
import { RUN_ON_PAGE_COMMAND } from '../../protocol/browser-commands.ts';
import { isReadingCommand, type ReadingCommand } from '../../protocol/reading-commands.ts';
import { sendToTab } from '../../protocol/tab-messages.ts';
import { runOnTab } from './activation.ts';
import type { OutlineStore } from './outline-store.ts';

/**
 * Sends a reading command to a tab. False when no content script listens
 * there (a page it does not run on): the key then does nothing.
 */
export async function forwardReadingCommand(tabId: number, command: ReadingCommand): Promise<boolean> {
  const reply = await sendToTab(tabId, 'reading/command', { command });
  // A refusal ("no outline on this page") was still heard; only a missing listener is false.
  return reply.ok || reply.error !== 'no outline on this page';
}

/** What a command does on `tab` (Chrome passes the active tab; older browsers do not). */
export async function onCommand(store: OutlineStore, command: string, tab?: Browser.tabs.Tab): Promise<void> {
  const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) return;
  if (command === RUN_ON_PAGE_COMMAND) await runOnTab(store, tabId, 0);
  else if (isReadingCommand(command)) await forwardReadingCommand(tabId, command);
}

/** Listens for the manifest's commands. */
export function setupKeyboardCommands(store: OutlineStore): void {
  try {
    browser.commands.onCommand.addListener((command, tab) => void onCommand(store, command, tab));
  } catch (error) {
    console.warn('[讲话提纲助手]', 'keyboard commands unavailable:', error);
  }
}
