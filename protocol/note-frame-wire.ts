/**
 * The extension frames the content script embeds in a page: the note editor
 * and the panel's list of this page's notes. A page script shares the DOM and
 * the window with the content script, so the reader's words never pass through
 * either: the content script asks the background to open a frame session, puts
 * the one-time token it gets in the frame's URL fragment, and the frame (on the
 * extension's origin, which the page cannot script) fetches its session from
 * the background and saves there directly.
 */
import type { HighlightColor } from '../core/annotation-types.ts';
import type { AnnotationDraft } from './annotation-wire.ts';
import { checkAnnotationDraft, isColor, isPageTitle, isPageUrl, isRecordId } from './annotation-checks.ts';
import { fail, isRecord, ok, type Result } from './result.ts';

/** The fields the editor hands back. */
export interface EditorValues {
  note: string;
  tags: string[];
  color: HighlightColor;
  golden: boolean;
}

/** The page's colours, which the frames follow. */
export type FrameTheme = 'light' | 'dark';

/** What the note editor frame shows and saves. */
export interface NoteEditorSession {
  kind: 'editor';
  theme: FrameTheme;
  /** The quoted text, shown above the fields. */
  quote: string;
  /** The values the fields open with. */
  initial: EditorValues;
  /** A new note: the record to save (id chosen by the content script, so a retried save stays one note). */
  draft: AnnotationDraft | null;
  pageTitle: string;
  /** An existing annotation: its id (the frame updates or deletes it). */
  id: string | null;
  /** Which draft this editor keeps (same selection or note, same key): the top frame opens it again with the kept words. */
  draftKey: string;
}

/** One group of the notes list: an outline point (or 提纲之外) and its notes' ids. */
export interface NotesListGroup {
  key: string;
  /** The point's path and title: page text, not the reader's. */
  title: string;
  pointId: string | null;
  ids: string[];
}

/** What the notes list frame shows: the layout the content script worked out; the notes themselves come from storage. */
export interface NotesListSession {
  kind: 'notes';
  theme: FrameTheme;
  /** The page's key, whose annotations the frame lists. */
  url: string;
  /** Whether the page has an outline. Without one the notes are one list in reading order, with no 提纲之外 heading: there is no outline to be outside of. */
  outlined: boolean;
  groups: NotesListGroup[];
  /** Ids that could not be placed in today's text (未定位). */
  orphans: string[];
  /** Ids still being searched for. */
  pending: string[];
}

/** A session of either frame. */
export type NoteFrameSession = NoteEditorSession | NotesListSession;

/** Which of the two frames. */
export type FrameKind = NoteFrameSession['kind'];

/** What a frame asks of the content script of its tab (forwarded by the background). */
export type FrameRequest = { frame: FrameKind } & (
  | { action: 'reveal'; id: string }
  | { action: 'edit'; id: string }
  | { action: 'reattach'; id: string }
  | { action: 'close' }
  /** Ctrl+Z in the notes list: undo the reader's last change on the page. */
  | { action: 'undo' }
  | { action: 'resize'; height: number }
  /** What the reader has typed so far, kept by the top frame (in its isolated world) until it is saved. */
  | { action: 'draft'; values: EditorValues }
);

/** How an annotation changed through a frame (the background tells the content script, which repaints). */
export type AnnotationChange = 'saved' | 'deleted';

/** Most ids a notes layout may hold (well above any page's notes). */
const MAX_LAYOUT_IDS = 20_000;
const MAX_GROUPS = 5_000;
const MAX_TITLE = 1_000;

function isIdList(v: unknown): v is string[] {
  return Array.isArray(v) && v.length <= MAX_LAYOUT_IDS && v.every(isRecordId);
}

function isTheme(v: unknown): v is FrameTheme {
  return v === 'light' || v === 'dark';
}

function checkValues(v: unknown): Result<EditorValues> {
  if (!isRecord(v)) return fail('initial is not an object');
  const { note, tags, color, golden } = v;
  if (typeof note !== 'string' || note.length > 100_000) return fail('initial.note is not a note');
  if (!Array.isArray(tags) || tags.length > 32 || !tags.every((t) => typeof t === 'string' && t.length <= 64)) return fail('initial.tags is not a tag list');
  if (!isColor(color)) return fail('initial.color is not a colour');
  if (typeof golden !== 'boolean') return fail('initial.golden is not a boolean');
  return ok({ note, tags: tags as string[], color, golden });
}

function checkEditor(d: Record<string, unknown>): Result<NoteEditorSession> {
  const { quote, pageTitle, id, draftKey } = d;
  if (typeof quote !== 'string' || quote.length > 10_000) return fail('quote is not a quote');
  if (!isPageTitle(pageTitle)) return fail('pageTitle is not a page title');
  if (id !== null && !isRecordId(id)) return fail('id is neither a record id nor null');
  if (typeof draftKey !== 'string' || draftKey.length === 0 || draftKey.length > 200) return fail('draftKey is not a short key');
  const initial = checkValues(d.initial);
  if (!initial.ok) return initial;
  let draft: AnnotationDraft | null = null;
  if (d.draft !== null) {
    const checked = checkAnnotationDraft(d.draft);
    if (!checked.ok) return checked;
    if (checked.value.id === undefined) return fail('draft.id is missing');
    draft = checked.value;
  }
  if ((draft === null) === (id === null)) return fail('a session edits either a new draft or an existing id');
  return ok({ kind: 'editor', theme: isTheme(d.theme) ? d.theme : 'light', quote, initial: initial.value, draft, pageTitle, id, draftKey });
}

function checkNotes(d: Record<string, unknown>): Result<NotesListSession> {
  const { url, outlined, groups, orphans, pending } = d;
  if (!isPageUrl(url)) return fail('url is not a page address');
  if (typeof outlined !== 'boolean') return fail('outlined is not a boolean');
  if (!Array.isArray(groups) || groups.length > MAX_GROUPS) return fail('groups is not a list of groups');
  const clean: NotesListGroup[] = [];
  for (const g of groups) {
    if (!isRecord(g)) return fail('a group is not an object');
    if (typeof g.key !== 'string' || g.key.length > 200) return fail('group.key is not a key');
    if (typeof g.title !== 'string' || g.title.length > MAX_TITLE) return fail('group.title is not a title');
    if (g.pointId !== null && typeof g.pointId !== 'string') return fail('group.pointId is neither a string nor null');
    if (!isIdList(g.ids)) return fail('group.ids is not a list of record ids');
    clean.push({ key: g.key, title: g.title, pointId: g.pointId as string | null, ids: g.ids });
  }
  if (!isIdList(orphans) || !isIdList(pending)) return fail('orphans and pending must be lists of record ids');
  return ok({ kind: 'notes', theme: isTheme(d.theme) ? d.theme : 'light', url, outlined, groups: clean, orphans, pending });
}

/** Checks a frame session the content script hands in. */
export function checkFrameSession(v: unknown): Result<NoteFrameSession> {
  if (!isRecord(v)) return fail('session is not an object');
  if (v.kind === 'editor') return checkEditor(v);
  if (v.kind === 'notes') return checkNotes(v);
  return fail("session.kind is neither 'editor' nor 'notes'");
}

/** True for a frame session token (what `frame/open` hands out). */
export function isFrameToken(v: unknown): v is string {
  return typeof v === 'string' && /^[0-9a-f]{32}$/.test(v);
}

/** Checks what a frame asks of its tab's content script. */
export function checkFrameRequest(d: Record<string, unknown>): Result<FrameRequest> {
  const frame = d.frame;
  if (frame !== 'editor' && frame !== 'notes') return fail("frame is neither 'editor' nor 'notes'");
  switch (d.action) {
    case 'reveal':
    case 'edit':
    case 'reattach':
      return isRecordId(d.id) ? ok({ frame, action: d.action, id: d.id }) : fail('id is not a record id');
    case 'close':
      return ok({ frame, action: 'close' });
    case 'undo':
      return ok({ frame, action: 'undo' });
    case 'draft': {
      const values = checkValues(d.values);
      return values.ok ? ok({ frame, action: 'draft', values: values.value }) : values;
    }
    case 'resize': {
      const h = d.height;
      return typeof h === 'number' && Number.isFinite(h) && h >= 0 && h <= 10_000 ? ok({ frame, action: 'resize', height: Math.round(h) }) : fail('height is not a frame height');
    }
    default:
      return fail('action is not a frame request');
  }
}
