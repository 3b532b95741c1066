/**
 * Every message to the background (from content scripts and the extension's
 * pages), one entry each: who may send it, how its data is checked, and the
 * type of its reply. A content script runs beside an untrusted page, so the
 * background trusts nothing it has not checked here. Senders import only the
 * type `BackgroundProtocol`; the checks stay out of their bundles.
 */
import { countPoints, type OutlineDocument } from '../core/index.ts';
import type { Annotation, SavedOutline } from '../core/annotation-types.ts';
import type { TokenizeMode, TokenizerName } from '../core/tokenize/types.ts';
import type { LocaleMessages } from '../i18n/t.ts';
import { checkAnnotationChanges, checkAnnotationDraft, checkAnnotationFilters, checkTrashIds, isListOffset, isPageSize, isPageTitle, isPageUrl, isRecordId } from './annotation-checks.ts';
import type { AnnotationChanges, AnnotationDraft, AnnotationFacets, AnnotationFilters, AnnotationPage, TrashList } from './annotation-wire.ts';
import { isOutlineDocument } from './outline-shape.ts';
import { checkFrameRequest, checkFrameSession, isFrameToken, type FrameRequest, type NoteFrameSession } from './note-frame-wire.ts';
import { fail, ok, type Result } from './result.ts';
import { checkNumberingRequest, type NumberingCheckReply, type NumberingCheckRequest } from './numbering-wire.ts';
import { MAX_QUERY_CHARS, MAX_SEARCH_LIMIT, type IndexStatus, type SearchFilters, type SearchResults } from './search-types.ts';
import { MAX_KEYWORD_TEXTS, MAX_TEXT_CHARS, MAX_TOP_K } from './text-types.ts';
import { isMatchPattern, isSiteOrigin } from '../sites/site-patterns.ts';
import { createRouter, message, parseWith, type MessageHandlers, type MessageOf, type MessageRouter } from './transport.ts';

/** Most points a saved outline may have (real speeches have a few hundred). */
const MAX_SAVED_POINTS = 10_000;

/** Longest name a reader may give a saved outline. */
const MAX_OUTLINE_NAME = 200;

type Empty = Record<string, never>;

/** An outline that may be stored: a v1 document with a page address, a title of sane length and not too many points. */
function checkSavableOutline(outline: unknown): Result<OutlineDocument> {
  if (!isOutlineDocument(outline)) return fail('outline is not a speech-outline v1 document');
  if (!isPageUrl(outline.url)) return fail('outline.url is not a page address');
  if (outline.title.length > 1000) return fail('outline.title is too long');
  if (countPoints(outline) > MAX_SAVED_POINTS) return fail(`the outline has more than ${MAX_SAVED_POINTS} points`);
  return ok(outline);
}
const empty = (): Result<Empty> => ok({});

/** Most speeches one page may have: far beyond any real page, small enough for a URL. */
export const MAX_SECTION_INDEX = 9_999;

/** A 0-based speech index as the export page takes it. */
export function isSectionIndex(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= MAX_SECTION_INDEX;
}

function isTabId(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0;
}

const tabIdOf = (d: Record<string, unknown>): Result<{ tabId: number }> => (isTabId(d.tabId) ? ok({ tabId: d.tabId }) : fail('tabId is not a tab id'));
const idOf = (d: Record<string, unknown>): Result<{ id: string }> => (isRecordId(d.id) ? ok({ id: d.id }) : fail('id is not a record id'));

/** Every message to the background. */
export const BACKGROUND_MESSAGES = {
  // The tab's outline and badge.
  /** This tab shows a speech with this outline. Replies with the tab id it was stored for. */
  'outline/found': message<{ outline: OutlineDocument; count: number }, { tabId: number }>('top-frame', (d) => {
    if (!isOutlineDocument(d.outline)) return fail('outline is not a speech-outline v1 document');
    const count = d.count;
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) return fail('count is not a non-negative integer');
    return ok({ outline: d.outline, count });
  }),
  /** This tab no longer shows a speech (navigated away, or re-reading found none); clears its outline and badge. */
  'outline/gone': message<Empty, { tabId: number }>('top-frame', empty),
  /** Open the export page (library.html?export=<tabId>, with &section=<index> when one speech is chosen) for the sender's tab. */
  'export/open': message<{ section?: number }, { tabId: number }>('tab', (d) => {
    if (d.section === undefined) return ok({});
    return isSectionIndex(d.section) ? ok({ section: d.section }) : fail('section is not a speech index');
  }),
  /** The latest outline of a tab, or null when it has none. */
  'outline/get': message<{ tabId: number }, OutlineDocument | null>('extension-page', tabIdOf),

  // Where the content script runs.
  /** Run the content script once on this tab (activeTab); replies whether it found an outline. */
  'activation/run-once': message<{ tabId: number }, { outlineFound: boolean }>('extension-page', tabIdOf),
  /** Once the page holds the site's permission: run on `origin` automatically from now on. */
  'activation/always-run': message<{ origin: string }, { pattern: string }>('extension-page', (d) =>
    isSiteOrigin(d.origin) ? ok({ origin: d.origin }) : fail('origin is not an http(s) origin')),
  /** Stop running on a granted pattern and give its permission back. */
  'activation/revoke': message<{ pattern: string }, { pattern: string; permissionRemoved: boolean }>('extension-page', (d) =>
    isMatchPattern(d.pattern) ? ok({ pattern: d.pattern }) : fail('pattern is not a match pattern')),

  // The content script's words.
  /** The content script's words (i18n/content-keys.ts) in the reader's language, so its page never waits for the browser's whole message bundle. */
  'i18n/content-messages': message<Empty, { messages: LocaleMessages }>('tab', empty),

  // 序号检查 of a page, run where core/check is loaded anyway (it stays out of the content script's bundle).
  /** The numbering findings of a page's blocks, each speech (range) checked on its own. */
  'check/numbering': message<NumberingCheckRequest, NumberingCheckReply>('tab', checkNumberingRequest),

  // jieba in the background.
  /** The word tokens of a text (normalised: NFKC, lower-case, no punctuation). */
  'text/segment': message<{ text: string; mode: TokenizeMode }, { tokens: string[]; tokenizer: TokenizerName }>('any', (d) => {
    const { text, mode } = d;
    if (typeof text !== 'string') return fail('text is not a string');
    if (text.length > MAX_TEXT_CHARS) return fail(`text is longer than ${MAX_TEXT_CHARS} characters`);
    if (mode !== 'default' && mode !== 'search') return fail("mode is neither 'default' nor 'search'");
    return ok({ text, mode });
  }),
  /** The top-K keywords of each text (TextRank over jieba's tagged words; the texts are parts of one page, each ranked against the others). */
  'text/keywords': message<{ texts: string[]; topK: number }, { keywords: string[][]; tokenizer: TokenizerName }>('any', (d) => {
    const { texts, topK } = d;
    if (!Array.isArray(texts) || !texts.every((t): t is string => typeof t === 'string')) return fail('texts is not an array of strings');
    if (texts.length > MAX_KEYWORD_TEXTS) return fail(`more than ${MAX_KEYWORD_TEXTS} texts`);
    if (texts.reduce((n, t) => n + t.length, 0) > MAX_TEXT_CHARS) return fail(`texts are longer than ${MAX_TEXT_CHARS} characters together`);
    if (typeof topK !== 'number' || !Number.isInteger(topK) || topK < 1 || topK > MAX_TOP_K) return fail(`topK is not an integer from 1 to ${MAX_TOP_K}`);
    return ok({ texts, topK });
  }),
  /** The user's words in storage.local 'userWords' changed. Replies with how many there are now. */
  'jieba/user-words-changed': message<Empty, { count: number }>('extension-page', empty),

  // Search (notes, saved outlines, page titles).
  /** Notes, saved outlines and pages matching `q` (jieba words, AND), best first, with match spans. */
  'search/query': message<{ q: string; filters: SearchFilters; limit: number }, SearchResults>('extension-page', (d) => {
    const { q, limit } = d;
    if (typeof q !== 'string' || q.length > MAX_QUERY_CHARS) return fail(`q is not a string of at most ${MAX_QUERY_CHARS} characters`);
    if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1 || limit > MAX_SEARCH_LIMIT) return fail(`limit is not an integer from 1 to ${MAX_SEARCH_LIMIT}`);
    const filters = checkAnnotationFilters(d.filters);
    if (!filters.ok) return filters;
    const { text: _text, ...rest } = filters.value;
    return ok({ q, filters: rest, limit });
  }),
  /** How far the search index is (and a nudge to catch up). */
  'search/index-status': message<Empty, IndexStatus>('extension-page', empty),

  // Annotations and saved outlines (storage on the extension's origin; a content script may touch only its own page's).
  /** Stores a new annotation, or puts a deleted one back (undo: send the record `annotation/delete` returned). */
  'annotation/save': message<{ annotation: AnnotationDraft; page: { title: string } }, Annotation>('any', (d) => {
    const draft = checkAnnotationDraft(d.annotation);
    if (!draft.ok) return draft;
    const page = d.page;
    const title = typeof page === 'object' && page !== null ? (page as Record<string, unknown>).title : undefined;
    if (!isPageTitle(title)) return fail('page.title must be a string of at most 1000 characters');
    return ok({ annotation: draft.value, page: { title } });
  }),
  /** Changes some fields of an annotation; fails when it does not exist. */
  'annotation/update': message<{ id: string; changes: AnnotationChanges }, Annotation>('any', (d) => {
    if (!isRecordId(d.id)) return fail('id is not a record id');
    const changes = checkAnnotationChanges(d.changes);
    return changes.ok ? ok({ id: d.id, changes: changes.value }) : changes;
  }),
  /** Moves an annotation to the 回收站; replies with the record so the reader can undo. */
  'annotation/delete': message<{ id: string }, Annotation>('any', idOf),
  /** The 回收站, newest deletion first. */
  'annotation/list-trash': message<Empty, TrashList>('extension-page', empty),
  /** Puts a note from the 回收站 back, as it was; replies with it. */
  'annotation/restore': message<{ id: string }, Annotation>('any', idOf),
  /** Removes these notes from the 回收站 for good (the reader confirmed); replies how many went. */
  'annotation/empty-trash': message<{ ids: string[] }, { removed: number }>('extension-page', (d) => {
    const ids = checkTrashIds(d.ids);
    return ids.ok ? ok({ ids: ids.value }) : ids;
  }),
  /** A page's annotations in reading order. */
  'annotation/list': message<{ url: string }, Annotation[]>('any', (d) => (isPageUrl(d.url) ? ok({ url: d.url }) : fail('url is not a page address'))),
  /** A page of the notes list, newest change first. */
  'annotation/list-all': message<{ filters: AnnotationFilters; offset: number; limit: number }, AnnotationPage>('extension-page', (d) => {
    const filters = checkAnnotationFilters(d.filters);
    if (!filters.ok) return filters;
    if (!isListOffset(d.offset)) return fail('offset is not a list offset');
    if (!isPageSize(d.limit)) return fail('limit must be 1–500');
    return ok({ filters: filters.value, offset: d.offset, limit: d.limit });
  }),
  /** The total and the tags and sites the notes list can be filtered by. */
  'annotation/facets': message<Empty, AnnotationFacets>('extension-page', empty),
  /**
   * Keeps a copy of an outline (its `url` must be set); an unchanged copy of the same page is updated instead (`updated: true`).
   * `name` (保存本篇: "<page> · <speech>") is what a new copy is listed under; an updated copy keeps the name it has.
   */
  'outline/save': message<{ outline: OutlineDocument; name?: string }, SavedOutline & { updated: boolean }>('any', (d) => {
    const outline = checkSavableOutline(d.outline);
    if (!outline.ok) return outline;
    if (d.name === undefined) return ok({ outline: outline.value });
    if (typeof d.name !== 'string' || d.name.trim() === '' || d.name.length > MAX_OUTLINE_NAME) return fail(`name is not a non-empty string of at most ${MAX_OUTLINE_NAME} characters`);
    return ok({ outline: outline.value, name: d.name });
  }),
  /** Gives a saved outline the reader's own name ('' goes back to the outline's title). */
  'outline/rename': message<{ id: string; name: string }, SavedOutline>('extension-page', (d) => {
    if (!isRecordId(d.id)) return fail('id is not a record id');
    if (typeof d.name !== 'string' || d.name.length > MAX_OUTLINE_NAME) return fail(`name is not a string of at most ${MAX_OUTLINE_NAME} characters`);
    return ok({ id: d.id, name: d.name });
  }),
  /** Puts back a saved outline `outline/delete` replied with (undo). */
  'outline/restore': message<{ saved: SavedOutline }, SavedOutline>('extension-page', (d) => {
    const saved = d.saved;
    if (typeof saved !== 'object' || saved === null) return fail('saved is not a saved outline');
    const { id, url, savedAt, name } = saved as unknown as Record<string, unknown>;
    if (!isRecordId(id) || !isPageUrl(url)) return fail('saved has no record id or page address');
    if (typeof savedAt !== 'number' || !Number.isFinite(savedAt) || savedAt < 0) return fail('saved.savedAt is not a time');
    if (name !== undefined && (typeof name !== 'string' || name.length > MAX_OUTLINE_NAME)) return fail('saved.name is not a short string');
    const outline = checkSavableOutline((saved as unknown as Record<string, unknown>).outline);
    if (!outline.ok) return outline;
    return ok({ saved: { id, url, savedAt, outline: outline.value, ...(name === undefined ? {} : { name: name as string }) } });
  }),
  /** Saved outlines, newest first: of one page, or (extension pages only) of every page when `url` is null. */
  'outline/list': message<{ url: string | null }, SavedOutline[]>('any', (d) =>
    d.url === null || isPageUrl(d.url) ? ok({ url: d.url }) : fail('url is neither a page address nor null')),
  /** Deletes a saved outline and replies with it. */
  'outline/delete': message<{ id: string }, SavedOutline>('extension-page', idOf),

  // The note frames (the editor and the panel's notes list: extension pages embedded in the tab's page).
  /** From the top frame: keep this session for a note frame of the sender's tab; replies with the one-time token for the frame's URL fragment. */
  'frame/open': message<{ session: NoteFrameSession }, { token: string }>('top-frame', (d) => {
    const session = checkFrameSession(d.session);
    return session.ok ? ok({ session: session.value }) : session;
  }),
  /** From a note frame: its session, once (the token is spent), and only in the tab that opened it. */
  'frame/session': message<{ token: string }, NoteFrameSession>('extension-frame', (d) => (isFrameToken(d.token) ? ok({ token: d.token }) : fail('token is not a frame token'))),
  /** From a note frame: pass this request on to the top frame of the frame's tab. */
  'frame/request': message<FrameRequest, null>('extension-frame', checkFrameRequest),
};

/** The table's type: what senders import. */
export type BackgroundMessages = typeof BACKGROUND_MESSAGES;
/** A message type to the background. */
export type BackgroundMessageType = keyof BackgroundMessages & string;
/** A checked message to the background. */
export type BackgroundMessage<K extends BackgroundMessageType = BackgroundMessageType> = MessageOf<BackgroundMessages, K>;

/** Checks a raw message to the background; the error names the message and the field. */
export function parseMessage(raw: unknown): Result<BackgroundMessage> {
  return parseWith(BACKGROUND_MESSAGES, raw);
}

/** The background's router: every feature's `setupX(router)` registers its handlers on it. */
export type BackgroundRouter = MessageRouter<BackgroundMessages>;
/** Handlers for some messages to the background. */
export type BackgroundHandlers = MessageHandlers<BackgroundMessages>;

/** A router for the messages to the background (not listening yet: `listen()`). */
export function createBackgroundRouter(): BackgroundRouter {
  return createRouter(BACKGROUND_MESSAGES);
}
