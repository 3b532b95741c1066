/**
 * Every message to a tab's content script (`tabs.sendMessage`, so only the
 * extension itself can send them): who answers is the content script of that
 * tab, each feature registering its own handler.
 */
import type { Annotation } from '../core/annotation-types.ts';
import type { OutlineDocument } from '../core/index.ts';
import { isPageUrl, isRecordId } from './annotation-checks.ts';
import { checkFrameRequest, type AnnotationChange, type FrameRequest } from './note-frame-wire.ts';
import { isReadingCommand, type ReadingCommand } from './reading-commands.ts';
import { fail, isRecord, ok, type Result } from './result.ts';
import { createRouter, message, sendToTabOf, type DataOf, type MessageRouter, type ReplyOf } from './transport.ts';

/** The highest point index a page's outline may have (real pages have a few hundred points). */
const MAX_POINT_INDEX = 100_000;

/** Every message to a tab. */
export const TAB_MESSAGES = {
  /** From the background: a browser-level reading key was pressed. Fails when the page has no outline. */
  'reading/command': message<{ command: ReadingCommand }, null>('any', (d) =>
    isReadingCommand(d.command) ? ok({ command: d.command }) : fail('command is not a reading command')),
  /** From an extension page: scroll to an annotation and flash it; replies whether it was shown. */
  'annotation/reveal': message<{ id: string }, boolean>('any', (d) => (isRecordId(d.id) ? ok({ id: d.id }) : fail('id is not a record id'))),
  /** From the background: a note frame saved or deleted this annotation; the top frame repaints and closes the editor. */
  'annotation/changed': message<{ change: AnnotationChange; annotation: Annotation }, null>('any', (d) => {
    const { change, annotation } = d;
    if (change !== 'saved' && change !== 'deleted') return fail("change is neither 'saved' nor 'deleted'");
    // The background sends the record it stored; only its key fields need to be what they claim.
    if (!isRecord(annotation) || !isRecordId(annotation.id) || !isPageUrl(annotation.url)) return fail('annotation is not a stored annotation');
    return ok({ change, annotation: annotation as unknown as Annotation });
  }),
  /** From the background: what a note frame in this tab asks of the top frame (reveal, edit, re-attach, close, resize). */
  'frame/request': message<FrameRequest, null>('any', checkFrameRequest),
  /** From the background: this tab's outline and point count (null when the page is not a speech), after its stored copy was evicted. */
  'outline/read': message<Record<string, never>, { outline: OutlineDocument; count: number } | null>('any', () => ok({})),
  /** From the popup's outline: scroll to point `index` (document order) and flash it; `marker` and `title` find it again if the page was re-read. Replies whether it was shown. */
  'reading/show-point': message<{ index: number; marker: string; title: string }, boolean>('any', (d) => {
    const { index, marker, title } = d;
    if (typeof index !== 'number' || !Number.isInteger(index) || index < 0 || index > MAX_POINT_INDEX) return fail('index is not a point index');
    if (typeof marker !== 'string' || marker.length > 64 || typeof title !== 'string' || title.length > 1000) return fail('marker or title is not a short string');
    return ok({ index, marker, title });
  }),
};

/** The table's type. */
export type TabMessages = typeof TAB_MESSAGES;
/** A message type to a tab. */
export type TabMessageType = keyof TabMessages & string;

/** Sends a message to the content script of tab `tabId`; resolves to its reply (a failure when no content script listens there). */
export function sendToTab<K extends TabMessageType>(tabId: number, type: K, data: DataOf<TabMessages, K>, frameId?: number): Promise<Result<ReplyOf<TabMessages, K>>> {
  return sendToTabOf<TabMessages, K>(tabId, type, data, frameId);
}

/** A content script's router: each feature registers its handlers on it. */
export type TabRouter = MessageRouter<TabMessages>;

/** A router for the messages to this tab (not listening yet: `listen()`). */
export function createTabRouter(): TabRouter {
  return createRouter(TAB_MESSAGES);
}
