import { Dexie } from 'dexie';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { SpeechOutlineDB } from '../../storage/db.ts';
import { annotationHandlers } from '../../entrypoints/background/annotations.ts';
import { backgroundRouter, type Dispatch } from './background-router.ts';
import type { Annotation } from '../../core/annotation-types.ts';
import { createBackgroundRouter, parseMessage } from '../../protocol/background-messages.ts';
import { sendMessage } from '../../protocol/send.ts';
import { type MessageSender } from '../../protocol/transport.ts';
import { pinLanguage } from '../i18n/pin-language.ts';
import { draft, freshDatabase, savedOutline, SPEECH_URL } from '../storage/fixtures.ts';

type Tab = NonNullable<MessageSender['tab']>;

/** A content script in a tab showing `url`. */
function contentScript(url: string, tabId = 5): MessageSender {
  return { id: fakeBrowser.runtime.id, url, frameId: 0, tab: { id: tabId, url, index: 0, windowId: 1, highlighted: false, active: true, pinned: false, incognito: false } as Tab };
}

const popup: MessageSender = { id: 'test', url: 'chrome-extension://test-extension-id/popup.html' };
const OTHER_URL = 'https://www.gov.cn/zhengce/1.html';

beforeEach(() => fakeBrowser.reset());
// The reader hears about a full disk in Chinese.
pinLanguage('zh_CN');

/** The background's annotation answers on `db`, without search tokens (shape and sender checked, then the handler). */
function createAnnotationHandler(db: SpeechOutlineDB): Dispatch {
  const router = createBackgroundRouter();
  router.on(annotationHandlers(db));
  return (raw, sender) => router.dispatch(raw, sender);
}

/** What the background replies to a raw message. */
async function send(handle: Dispatch, raw: unknown, sender: MessageSender) {
  return handle(raw, sender);
}

describe('parseMessage for annotation messages', () => {
  const valid = { type: 'annotation/save', data: { annotation: draft(), page: { title: '讲话' } } };

  it('accepts a well-formed note and trims and de-duplicates its tags', () => {
    const parsed = parseMessage({ ...valid, data: { ...valid.data, annotation: draft({ tags: [' 党建 ', '党建', '作风'] }) } });
    expect(parsed).toMatchObject({ ok: true, value: { data: { annotation: { tags: ['党建', '作风'] } } } });
  });

  it.each([
    ['a quote over 10,000 characters', { quote: '讲'.repeat(10_001) }, /quote must be 1–10000/],
    ['a note over 100,000 characters', { note: '话'.repeat(100_001) }, /note must be at most 100000/],
    ['an unknown colour', { color: 'red' }, /color must be one of/],
    ['an unknown kind', { kind: 'bookmark' }, /kind must be one of/],
    ['a javascript: address', { url: 'javascript:alert(1)' }, /url is not a page address/],
    ['a tag of 65 characters', { tags: ['标'.repeat(65)] }, /a tag must be 1–64/],
    ['33 tags', { tags: Array.from({ length: 33 }, (_, i) => `t${i}`) }, /at most 32 tags/],
    ['no selectors', { selectors: [] }, /selectors must be an array of 1–4/],
    ['a position with end before start', { selectors: [{ type: 'TextPositionSelector', start: 9, end: 3 }] }, /start < end/],
    ['a prefix of 300 characters', { selectors: [{ type: 'TextQuoteSelector', exact: '党性', prefix: '前'.repeat(300), suffix: '' }] }, /prefix\/suffix/],
    ['an id with a slash', { id: '../x' }, /id is not a record id/],
    ['a context path that is not markers', { context: { sectionIndex: 0, sectionTitle: '', path: [1], pointTitle: '' } }, /context.path/],
  ])('refuses %s', (_what, change, error) => {
    const parsed = parseMessage({ ...valid, data: { ...valid.data, annotation: { ...draft(), ...change } } });
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error).toMatch(error);
  });

  it.each([
    [{ type: 'annotation/save', data: { annotation: draft() } }, /page.title/],
    [{ type: 'annotation/update', data: { id: 'a1', changes: {} } }, /changes is empty/],
    [{ type: 'annotation/update', data: { id: 'a1', changes: { url: OTHER_URL } } }, /changes.url cannot be changed/],
    [{ type: 'annotation/update', data: { id: 'a1', changes: { note: 'x'.repeat(100_001) } } }, /note must be at most/],
    [{ type: 'annotation/delete', data: { id: 42 } }, /id is not a record id/],
    [{ type: 'annotation/list', data: { url: 'chrome://settings' } }, /url is not a page address/],
    [{ type: 'annotation/list-all', data: { filters: {}, offset: 0, limit: 5000 } }, /limit must be 1–500/],
    [{ type: 'annotation/list-all', data: { filters: { text: '搜'.repeat(201) }, offset: 0, limit: 50 } }, /filters.text/],
    [{ type: 'annotation/list-all', data: { filters: { color: 'red' }, offset: 0, limit: 50 } }, /filters.color/],
    [{ type: 'outline/save', data: { outline: { ...savedOutline('o').outline, url: null } } }, /outline.url is not a page address/],
    [{ type: 'outline/save', data: { outline: { format: 'speech-outline' } } }, /not a speech-outline v1 document/],
    [{ type: 'outline/list', data: { url: 7 } }, /neither a page address nor null/],
  ])('refuses %j', (raw, error) => {
    const parsed = parseMessage(raw);
    expect(!parsed.ok && parsed.error).toMatch(error);
  });
});

describe('the annotation handlers', () => {
  it('save, list, update and delete a page’s notes from its content script, and undo a delete', async () => {
    const handle = createAnnotationHandler(freshDatabase());
    const tab = contentScript(`${SPEECH_URL}#top`);
    const saved = await send(handle, { type: 'annotation/save', data: { annotation: draft(), page: { title: '讲话' } } }, tab);
    expect(saved.ok).toBe(true);
    const note = (saved as { value: Annotation }).value;
    expect(await send(handle, { type: 'annotation/list', data: { url: SPEECH_URL } }, tab)).toEqual({ ok: true, value: [note] });

    const updated = await send(handle, { type: 'annotation/update', data: { id: note.id, changes: { note: '改过的笔记', color: 'green' } } }, tab);
    expect(updated).toMatchObject({ ok: true, value: { id: note.id, note: '改过的笔记', color: 'green' } });

    const deleted = await send(handle, { type: 'annotation/delete', data: { id: note.id } }, tab);
    expect(deleted).toMatchObject({ ok: true, value: { id: note.id, note: '改过的笔记' } });
    expect(await send(handle, { type: 'annotation/list', data: { url: SPEECH_URL } }, tab)).toEqual({ ok: true, value: [] });

    const undone = await send(handle, { type: 'annotation/save', data: { annotation: (deleted as { value: Annotation }).value, page: { title: '讲话' } } }, popup);
    expect(undone).toMatchObject({ ok: true, value: { id: note.id, createdAt: note.createdAt, note: '改过的笔记' } });
  });

  it('keep a page’s content script to that page’s records', async () => {
    const db = freshDatabase();
    const handle = createAnnotationHandler(db);
    const other = contentScript(OTHER_URL, 6);
    const note = ((await send(handle, { type: 'annotation/save', data: { annotation: draft(), page: { title: '讲话' } } }, popup)) as { value: Annotation }).value;
    expect(await send(handle, { type: 'annotation/save', data: { annotation: draft(), page: { title: '' } } }, other)).toEqual({ ok: false, error: 'annotation/save: a page may only annotate itself' });
    expect(await send(handle, { type: 'annotation/save', data: { annotation: { ...draft({ url: OTHER_URL }), id: note.id }, page: { title: '' } } }, other)).toEqual({ ok: false, error: 'annotation/save: that id belongs to another page' });
    expect(await send(handle, { type: 'annotation/list', data: { url: SPEECH_URL } }, other)).toMatchObject({ ok: false });
    expect(await send(handle, { type: 'annotation/update', data: { id: note.id, changes: { note: 'x' } } }, other)).toMatchObject({ ok: false });
    expect(await send(handle, { type: 'annotation/delete', data: { id: note.id } }, other)).toMatchObject({ ok: false });
    expect(await send(handle, { type: 'annotation/list-all', data: { filters: {}, offset: 0, limit: 50 } }, other)).toEqual({ ok: false, error: 'annotation/list-all is only answered to extension pages' });
    expect(await send(handle, { type: 'annotation/facets', data: {} }, other)).toMatchObject({ ok: false });
    expect(await send(handle, { type: 'outline/list', data: { url: null } }, other)).toMatchObject({ ok: false });
    expect(await db.annotations.get(note.id)).toEqual({ ...note, tokens: [], indexedWith: 0 });
  });

  it('list all notes and facets to the popup', async () => {
    const handle = createAnnotationHandler(freshDatabase());
    for (const url of [SPEECH_URL, OTHER_URL]) await send(handle, { type: 'annotation/save', data: { annotation: draft({ url, tags: ['作风'] }), page: { title: '讲话' } } }, popup);
    const listed = await send(handle, { type: 'annotation/list-all', data: { filters: { tag: '作风' }, offset: 0, limit: 50 } }, popup);
    expect(listed).toMatchObject({ ok: true, value: { nextOffset: null } });
    expect((listed as { value: { annotations: unknown[]; pages: unknown[] } }).value.annotations).toHaveLength(2);
    expect(await send(handle, { type: 'annotation/facets', data: {} }, popup)).toEqual({ ok: true, value: { total: 2, tags: ['作风'], sites: ['www.diyifanwen.com', 'www.gov.cn'] } });
  });

  it('save, list and delete outlines', async () => {
    const handle = createAnnotationHandler(freshDatabase());
    const saved = await send(handle, { type: 'outline/save', data: { outline: savedOutline('x').outline } }, contentScript(SPEECH_URL));
    expect(saved).toMatchObject({ ok: true, value: { url: SPEECH_URL } });
    const id = (saved as { value: { id: string } }).value.id;
    expect(await send(handle, { type: 'outline/list', data: { url: null } }, popup)).toMatchObject({ ok: true, value: [{ id }] });
    expect(await send(handle, { type: 'outline/delete', data: { id } }, contentScript(SPEECH_URL))).toMatchObject({ ok: false });
    expect(await send(handle, { type: 'outline/delete', data: { id } }, popup)).toMatchObject({ ok: true, value: { id } });
    expect(await send(handle, { type: 'outline/list', data: { url: SPEECH_URL } }, popup)).toEqual({ ok: true, value: [] });
  });

  it('tell the reader the storage is full instead of losing the note', async () => {
    const db = freshDatabase();
    vi.spyOn(db.annotations, 'put').mockRejectedValue(new Dexie.QuotaExceededError('full'));
    const reply = await send(createAnnotationHandler(db), { type: 'annotation/save', data: { annotation: draft(), page: { title: '讲话' } } }, popup);
    expect(reply.ok).toBe(false);
    expect(!reply.ok && reply.error).toMatch(/^存储空间已满/);
  });

  it('answer through the one runtime listener, beside the other features’ messages', async () => {
    const db = freshDatabase();
    backgroundRouter({ db }).listen();
    const saved = await sendMessage('annotation/save', { annotation: draft(), page: { title: '讲话' } });
    expect(saved).toMatchObject({ ok: true, value: { url: SPEECH_URL } });
    expect(await sendMessage('annotation/list-all', { filters: {}, offset: 0, limit: 10 })).toMatchObject({ ok: true, value: { annotations: [{ url: SPEECH_URL }] } });
    expect(await sendMessage('outline/get', { tabId: 3 })).toEqual({ ok: true, value: null });
  });
});

describe('the 回收站 messages', () => {
  it('move a deleted note to the 回收站, list it to extension pages, restore it, and purge only when asked', async () => {
    const db = freshDatabase();
    const handle = createAnnotationHandler(db);
    const tab = contentScript(SPEECH_URL);
    const note = ((await send(handle, { type: 'annotation/save', data: { annotation: draft(), page: { title: '讲话' } } }, tab)) as { value: Annotation }).value;
    expect(await send(handle, { type: 'annotation/delete', data: { id: note.id } }, tab)).toEqual({ ok: true, value: note });
    expect(await send(handle, { type: 'annotation/list-trash', data: {} }, tab)).toEqual({ ok: false, error: 'annotation/list-trash is only answered to extension pages' });
    expect(await send(handle, { type: 'annotation/list-trash', data: {} }, popup)).toMatchObject({ ok: true, value: { total: 1, items: [{ annotation: note }] } });
    // Another page's content script may not take it back; its own page may (the in-page undo).
    expect(await send(handle, { type: 'annotation/restore', data: { id: note.id } }, contentScript(OTHER_URL, 6))).toEqual({ ok: false, error: 'annotation/restore: a page may only restore its own annotations' });
    expect(await send(handle, { type: 'annotation/restore', data: { id: note.id } }, tab)).toEqual({ ok: true, value: note });
    expect(await send(handle, { type: 'annotation/restore', data: { id: note.id } }, popup)).toEqual({ ok: false, error: 'annotation/restore: no such note in the trash' });

    await send(handle, { type: 'annotation/delete', data: { id: note.id } }, popup);
    expect(await send(handle, { type: 'annotation/empty-trash', data: { ids: [note.id] } }, tab)).toMatchObject({ ok: false });
    expect(await send(handle, { type: 'annotation/empty-trash', data: { ids: [] } }, popup)).toMatchObject({ ok: false, error: expect.stringMatching(/ids must be an array of 1–2000/) });
    expect(await send(handle, { type: 'annotation/empty-trash', data: { ids: ['../x'] } }, popup)).toMatchObject({ ok: false });
    expect(await db.trash.count()).toBe(1);
    expect(await send(handle, { type: 'annotation/empty-trash', data: { ids: [note.id] } }, popup)).toEqual({ ok: true, value: { removed: 1 } });
    expect(await db.trash.count()).toBe(0);
  });
});

describe('a delete retried after its answer was lost', () => {
  /** The note editor's frame (an extension page) inside tab 5, which shows `url`. */
  const noteFrameIn = (url: string, tabId = 5): MessageSender => ({ ...contentScript(url, tabId), url: `chrome-extension://${fakeBrowser.runtime.id}/note-frame.html`, frameId: 3 });

  it('counts as done when the note is in the 回收站 already, and tells the top frame again so the reader gets 已删除 and undo', async () => {
    const db = freshDatabase();
    const handle = createAnnotationHandler(db);
    const told = vi.fn(async () => ({ ok: true, value: null }));
    fakeBrowser.tabs.sendMessage = told as never;
    const frame = noteFrameIn(SPEECH_URL);
    const note = ((await send(handle, { type: 'annotation/save', data: { annotation: draft({ note: '要把调查研究作为基本功' }), page: { title: '讲话' } } }, frame)) as { value: Annotation }).value;
    told.mockClear();
    // The first try commits; its answer is lost (the worker stopped). The frame tries again.
    expect(await send(handle, { type: 'annotation/delete', data: { id: note.id } }, frame)).toEqual({ ok: true, value: note });
    expect(await send(handle, { type: 'annotation/delete', data: { id: note.id } }, frame)).toEqual({ ok: true, value: note });
    // Both times the tab's top frame hears of the deletion, with the note to undo it.
    const deletions = told.mock.calls.map((call) => (call as unknown[])[1]).filter((m) => (m as { type: string }).type === 'annotation/changed');
    expect(deletions).toHaveLength(2);
    for (const m of deletions) expect(m).toMatchObject({ data: { change: 'deleted', annotation: { id: note.id, note: '要把调查研究作为基本功' } } });
    // Deleted once: one note in the 回收站, none left on the page.
    expect(await db.trash.count()).toBe(1);
    expect(await send(handle, { type: 'annotation/list', data: { url: SPEECH_URL } }, frame)).toEqual({ ok: true, value: [] });
  });

  it('still refuses an id that was never there, and another page’s trashed note', async () => {
    const db = freshDatabase();
    const handle = createAnnotationHandler(db);
    fakeBrowser.tabs.sendMessage = (async () => ({ ok: true, value: null })) as never;
    const note = ((await send(handle, { type: 'annotation/save', data: { annotation: draft(), page: { title: '讲话' } } }, popup)) as { value: Annotation }).value;
    await send(handle, { type: 'annotation/delete', data: { id: note.id } }, popup);
    expect(await send(handle, { type: 'annotation/delete', data: { id: note.id } }, noteFrameIn(OTHER_URL, 6))).toEqual({ ok: false, error: 'annotation/delete: a page may only delete its own annotations' });
    expect(await send(handle, { type: 'annotation/delete', data: { id: 'never-saved' } }, noteFrameIn(SPEECH_URL))).toEqual({ ok: false, error: 'annotation/delete: no such annotation' });
    expect(await db.trash.count()).toBe(1);
  });
});

describe('the saved-outline messages', () => {
  it('save an unchanged outline once, rename it, and put a deleted one back — renaming and restoring for extension pages only', async () => {
    const db = freshDatabase();
    const handle = createAnnotationHandler(db);
    const outline = savedOutline('x').outline;
    const first = await send(handle, { type: 'outline/save', data: { outline } }, contentScript(SPEECH_URL));
    const second = await send(handle, { type: 'outline/save', data: { outline } }, popup);
    expect(first).toMatchObject({ ok: true, value: { updated: false } });
    expect(second).toMatchObject({ ok: true, value: { updated: true, id: (first as { value: { id: string } }).value.id } });
    expect(await db.outlines.count()).toBe(1);
    const id = (first as { value: { id: string } }).value.id;

    expect(await send(handle, { type: 'outline/rename', data: { id, name: '定稿' } }, contentScript(SPEECH_URL))).toMatchObject({ ok: false });
    expect(await send(handle, { type: 'outline/rename', data: { id, name: '定'.repeat(201) } }, popup)).toMatchObject({ ok: false });
    expect(await send(handle, { type: 'outline/rename', data: { id, name: '定稿' } }, popup)).toMatchObject({ ok: true, value: { id, name: '定稿' } });

    const deleted = (await send(handle, { type: 'outline/delete', data: { id } }, popup)) as { value: unknown };
    expect(await send(handle, { type: 'outline/restore', data: { saved: deleted.value } }, contentScript(SPEECH_URL))).toMatchObject({ ok: false });
    expect(await send(handle, { type: 'outline/restore', data: { saved: { ...(deleted.value as object), url: 'javascript:alert(1)' } } }, popup)).toMatchObject({ ok: false });
    expect(await send(handle, { type: 'outline/restore', data: { saved: deleted.value } }, popup)).toEqual({ ok: true, value: deleted.value });
    expect(await db.outlines.get(id)).toMatchObject({ name: '定稿' });
  });

  it('list one speech saved with a name (保存本篇) under it; saving it again updates it and keeps the reader’s rename', async () => {
    const db = freshDatabase();
    const handle = createAnnotationHandler(db);
    const outline = savedOutline('x').outline;
    const first = await send(handle, { type: 'outline/save', data: { outline, name: '会议讲话 · 篇2' } }, contentScript(SPEECH_URL));
    expect(first).toMatchObject({ ok: true, value: { updated: false, name: '会议讲话 · 篇2' } });
    const id = (first as { value: { id: string } }).value.id;
    await send(handle, { type: 'outline/rename', data: { id, name: '篇2 定稿' } }, popup);
    const again = await send(handle, { type: 'outline/save', data: { outline, name: '会议讲话 · 篇2' } }, contentScript(SPEECH_URL));
    expect(again).toMatchObject({ ok: true, value: { updated: true, id, name: '篇2 定稿' } });
    expect(await db.outlines.count()).toBe(1);
  });
});
