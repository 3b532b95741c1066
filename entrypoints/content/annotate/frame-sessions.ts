/**
 * Opening a note frame from the content script: the session (what the frame
 * is to show) goes to the background, which hands back a one-time token; the
 * frame's address carries it in the fragment. Nothing of the session passes
 * through the page (no window.postMessage, no DOM), and the address lives in a
 * closed shadow root.
 */
import { browser } from 'wxt/browser';
import type { NoteFrameSession } from '../../../protocol/note-frame-wire.ts';
import { sendMessage } from '../../../protocol/send.ts';
import { LOG_PREFIX } from '../log.ts';

/** The note frame page; in Chromium through the extension's dynamic URL (web_accessible_resources use_dynamic_url). */
function noteFramePage(): string {
  return browser.runtime.getURL('/note-frame.html');
}

/** Opens a session for a note frame; resolves to the frame's address, or null when the background did not answer. */
export async function openNoteFrame(session: NoteFrameSession): Promise<string | null> {
  const opened = await sendMessage('frame/open', { session });
  if (!opened.ok) {
    console.warn(LOG_PREFIX, 'could not open the note frame:', opened.error);
    return null;
  }
  return `${noteFramePage()}#${opened.value.token}`;
}
