import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { annotationHandlers } from '../../entrypoints/background/annotations.ts';
import { setupNoteFrames } from '../../entrypoints/background/note-frames.ts';
import { createBackgroundRouter } from '../../protocol/background-messages.ts';
import type { NoteEditorSession } from '../../protocol/note-frame-wire.ts';
import { isExtensionFrameInTab, isExtensionPage, type MessageSender } from '../../protocol/transport.ts';
import { draft, freshDatabase, SPEECH_URL } from '../storage/fixtures.ts';

type Tab = NonNullable<MessageSender['tab']>;
const tab = (id: number, url: string) => ({ id, url, index: 0, windowId: 1, highlighted: false, active: true, pinned: false, incognito: false }) as Tab;

/** The content script in the top frame of tab `tabId` showing `url`. */
const topFrame = (url = SPEECH_URL, tabId = 5): MessageSender => ({ id: fakeBrowser.runtime.id, url, frameId: 0, tab: tab(tabId, url) });
/** The note frame (an extension page, by its dynamic URL) inside tab `tabId` showing `url`. */
const noteFrame = (url = SPEECH_URL, tabId = 5): MessageSender => ({ id: fakeBrowser.runtime.id, url: 'chrome-extension://dynamic-3f9a/note-frame.html#x', frameId: 7, tab: tab(tabId, url) });
/** The library page opened in a tab of its own. */
const libraryTab: MessageSender = { id: fakeBrowser.runtime.id, url: 'chrome-extension://test-extension-id/library.html', frameId: 0, tab: tab(9, 'chrome-extension://test-extension-id/library.html') };

const editorSession = (overrides: Partial<NoteEditorSession> = {}): NoteEditorSession => ({
  kind: 'editor',
  theme: 'light',
  quote: '办公厅首先是政治机关',
  initial: { note: '', tags: [], color: 'yellow', golden: false },
  draft: { ...draft(), id: 'note-new-1' },
  pageTitle: '在全省党委秘书长会议上的讲话',
  id: null,
  draftKey: 'new:10-20:10',
  ...overrides,
});

function background() {
  const router = createBackgroundRouter();
  const db = freshDatabase();
  router.on(annotationHandlers(db));
  setupNoteFrames(router);
  const sentToTabs: Array<{ tabId: number; message: unknown; options: unknown }> = [];
  Object.assign(fakeBrowser.tabs, {
    sendMessage: vi.fn(async (tabId: number, message: unknown, options?: unknown) => {
      sentToTabs.push({ tabId, message, options });
      return { ok: true, value: null };
    }),
  });
  return { dispatch: (raw: unknown, sender: MessageSender) => router.dispatch(raw, sender), db, sentToTabs };
}

beforeEach(() => fakeBrowser.reset());

describe('senders', () => {
  it('tells a note frame inside a web page apart from the extension’s own pages and from content scripts', () => {
    expect(isExtensionFrameInTab(noteFrame())).toBe(true);
    expect(isExtensionPage(noteFrame())).toBe(false);
    expect(isExtensionFrameInTab(topFrame())).toBe(false);
    expect(isExtensionFrameInTab(libraryTab)).toBe(false);
    expect(isExtensionPage(libraryTab)).toBe(true);
  });
});

describe('note frame sessions', () => {
  it('hands a session to the frame of the same tab once, by its token', async () => {
    const { dispatch } = background();
    const opened = await dispatch({ type: 'frame/open', data: { session: editorSession() } }, topFrame());
    expect(opened.ok).toBe(true);
    const token = (opened as { value: { token: string } }).value.token;
    expect(token).toMatch(/^[0-9a-f]{32}$/);
    // The page's content script cannot fetch it, nor a frame in another tab.
    expect(await dispatch({ type: 'frame/session', data: { token } }, topFrame())).toEqual({ ok: false, error: "frame/session is only answered to the extension's frames in a tab" });
    expect(await dispatch({ type: 'frame/session', data: { token } }, noteFrame(SPEECH_URL, 6))).toEqual({ ok: false, error: 'frame/session: no such session in this tab' });
    const got = await dispatch({ type: 'frame/session', data: { token } }, noteFrame());
    expect(got).toMatchObject({ ok: true, value: { kind: 'editor', quote: '办公厅首先是政治机关', draft: { id: 'note-new-1' } } });
    // Spent.
    expect(await dispatch({ type: 'frame/session', data: { token } }, noteFrame())).toEqual({ ok: false, error: 'frame/session: no such session in this tab' });
  });

  it('opens sessions only from a tab’s top frame, and checks what they hold', async () => {
    const { dispatch } = background();
    expect((await dispatch({ type: 'frame/open', data: { session: editorSession() } }, noteFrame())).ok).toBe(false);
    expect(await dispatch({ type: 'frame/open', data: { session: editorSession({ id: 'a', draft: { ...draft(), id: 'b' } }) } }, topFrame())).toEqual({ ok: false, error: 'frame/open: a session edits either a new draft or an existing id' });
    expect((await dispatch({ type: 'frame/open', data: { session: { kind: 'notes', theme: 'dark', url: SPEECH_URL, groups: [{ key: 'k', title: '一、 总体要求', pointId: '3', ids: ['../x'] }], orphans: [], pending: [] } } }, topFrame())).ok).toBe(false);
  });
});

describe('saving from a note frame', () => {
  it('lets the frame annotate its tab’s page only, and tells the top frame to repaint', async () => {
    const { dispatch, db, sentToTabs } = background();
    const note = { ...draft(), id: 'note-new-1', note: '讲政治摆在首位' };
    const saved = await dispatch({ type: 'annotation/save', data: { annotation: note, page: { title: '讲话' } } }, noteFrame());
    expect(saved).toMatchObject({ ok: true, value: { id: 'note-new-1', note: '讲政治摆在首位' } });
    expect(sentToTabs).toEqual([{ tabId: 5, message: { type: 'annotation/changed', data: { change: 'saved', annotation: (saved as { value: unknown }).value } }, options: { frameId: 0 } }]);
    // The same save again (a retry after a lost answer) keeps one note.
    await dispatch({ type: 'annotation/save', data: { annotation: note, page: { title: '讲话' } } }, noteFrame());
    expect(await db.annotations.count()).toBe(1);
    // A frame in a tab of another page may not touch it.
    const elsewhere = noteFrame('https://www.gov.cn/zhengce/1.html');
    expect(await dispatch({ type: 'annotation/delete', data: { id: 'note-new-1' } }, elsewhere)).toEqual({ ok: false, error: 'annotation/delete: a page may only delete its own annotations' });
    expect((await dispatch({ type: 'annotation/list-all', data: { filters: {}, offset: 0, limit: 10 } }, noteFrame())).ok).toBe(false);
    const deleted = await dispatch({ type: 'annotation/delete', data: { id: 'note-new-1' } }, noteFrame());
    expect(deleted.ok).toBe(true);
    expect(sentToTabs.at(-1)).toMatchObject({ tabId: 5, message: { type: 'annotation/changed', data: { change: 'deleted' } }, options: { frameId: 0 } });
  });

  it('passes a frame’s request on to its tab’s top frame', async () => {
    const { dispatch, sentToTabs } = background();
    expect(await dispatch({ type: 'frame/request', data: { frame: 'notes', action: 'reveal', id: 'note-1' } }, noteFrame())).toEqual({ ok: true, value: null });
    expect(sentToTabs).toEqual([{ tabId: 5, message: { type: 'frame/request', data: { frame: 'notes', action: 'reveal', id: 'note-1' } }, options: { frameId: 0 } }]);
    expect((await dispatch({ type: 'frame/request', data: { frame: 'notes', action: 'reveal', id: 'note-1' } }, topFrame())).ok).toBe(false);
  });
});
