/**
 * The content script's answers to the messages sent to its tab: the reading
 * session runs the browser-level reading keys and jumps to a point the popup
 * names, the annotator reveals a note.
 */
import type { ReadingCommand } from '../../protocol/reading-commands.ts';
import { fail, ok } from '../../protocol/result.ts';
import type { TabRouter } from '../../protocol/tab-messages.ts';

/** What the messages to a tab need of the running features. */
export interface TabFeatures {
  /** The reading session's command; false when the page has no outline. */
  runCommand(command: ReadingCommand): boolean;
  /** The annotator's reveal; resolves once the page's annotations are placed, true when the note was shown. */
  reveal(id: string): Promise<boolean>;
  /** The reading session's jump to a point of the outline; false when the page has no such point. */
  showPoint(index: number, marker: string, title: string): boolean;
}

/** Registers the handler of every message to a tab. */
export function setupTabHandlers(router: TabRouter, features: TabFeatures): () => void {
  return router.on({
    'reading/command': async ({ command }) => (features.runCommand(command) ? ok(null) : fail('no outline on this page')),
    'annotation/reveal': async ({ id }) => ok(await features.reveal(id)),
    'reading/show-point': async ({ index, marker, title }) => ok(features.showPoint(index, marker, title)),
  });
}
