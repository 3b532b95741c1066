/**
 * The content script's answers to the messages sent to its tab: the reading
 * session runs the browser-level reading keys and jumps to a point the popup
 * names, the annotator reveals a note and hears what its note frames saved or ask for.
 */
import type { Annotation } from '../../core/annotation-types.ts';
import type { AnnotationChange, FrameRequest } from '../../protocol/note-frame-wire.ts';
import type { OutlineDocument } from '../../core/index.ts';
import type { ReadingCommand } from '../../protocol/reading-commands.ts';
import { fail, ok } from '../../protocol/result.ts';
import type { TabRouter } from '../../protocol/tab-messages.ts';

/** What the messages to a tab need of the running features. */
export interface TabFeatures {
  /** The reading session's command; false when the page has no outline. */
  runCommand(command: ReadingCommand): boolean;
  /** The annotator's reveal; resolves once the page's annotations are placed, true when the note was shown. */
  reveal(id: string): Promise<boolean>;
  /** The annotator repaints after a note frame's save or deletion. */
  changed(change: AnnotationChange, annotation: Annotation): void;
  /** The annotator does what a note frame asks (reveal, edit, re-attach, close, resize). */
  request(request: FrameRequest): void;
  /** The reading session's outline as sent to the background, or null. */
  currentOutline(): { outline: OutlineDocument; count: number } | null;
  /** The reading session's jump to a point of the outline; false when the page has no such point. */
  showPoint(index: number, marker: string, title: string): boolean;
}

/** Registers the handler of every message to a tab. */
export function setupTabHandlers(router: TabRouter, features: TabFeatures): () => void {
  return router.on({
    'reading/command': async ({ command }) => (features.runCommand(command) ? ok(null) : fail('no outline on this page')),
    'annotation/reveal': async ({ id }) => ok(await features.reveal(id)),
    'annotation/changed': async ({ change, annotation }) => {
      features.changed(change, annotation);
      return ok(null);
    },
    'frame/request': async (request) => {
      features.request(request);
      return ok(null);
    },
    'outline/read': async () => ok(features.currentOutline()),
    'reading/show-point': async ({ index, marker, title }) => ok(features.showPoint(index, marker, title)),
  });
}
