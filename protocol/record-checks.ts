/**
 * Checks of whole stored records (a restored backup's rows): the same checks
 * the messages use (annotation-checks.ts, outline-shape.ts), plus the fields a
 * stored record has and a message does not (id, times), and web addresses only.
 * One row that breaks these rules would otherwise reach every list that shows it.
 */
import type { Annotation, PageRecord, SavedOutline } from '../core/annotation-types.ts';
import { isWebUrl } from '../core/web-url.ts';
import { checkAnnotationDraft, isPageTitle, isRecordId, isTime, LIMITS } from './annotation-checks.ts';
import { isOutlineDocument } from './outline-shape.ts';
import { isRecord } from './result.ts';

/** What is wrong with a record, as a code the UI words. */
export type RecordProblem = 'shape' | 'url' | 'kind' | 'color' | 'time' | 'context' | 'content' | 'outline';

/** A record check's verdict: the record as it may be stored, or its problem (with the check's own words). */
export type RecordCheck<T> = { ok: true; value: T } | { ok: false; problem: RecordProblem; error: string };

const good = <T>(value: T): RecordCheck<T> => ({ ok: true, value });
const bad = (problem: RecordProblem, error: string): RecordCheck<never> => ({ ok: false, problem, error });

/** The problem an annotation check's error names ('annotation.kind must be…' → kind). */
const ANNOTATION_FIELD_PROBLEMS: Record<string, RecordProblem> = {
  url: 'url',
  kind: 'kind',
  color: 'color',
  createdAt: 'time',
  context: 'context',
  quote: 'content',
  note: 'content',
  tags: 'content',
  selectors: 'content',
};

/** Checks an annotation as stored: the draft's checks, an id, both times and an http(s) address. */
export function checkStoredAnnotation(v: unknown): RecordCheck<Annotation> {
  if (!isRecord(v)) return bad('shape', 'annotation is not an object');
  if (!isWebUrl(v.url)) return bad('url', 'annotation.url is not an http(s) address');
  const draft = checkAnnotationDraft(v);
  if (!draft.ok) {
    const field = /^annotation\.(\w+)/.exec(draft.error)?.[1] ?? '';
    return bad(ANNOTATION_FIELD_PROBLEMS[field] ?? 'shape', draft.error);
  }
  if (!isRecordId(v.id)) return bad('shape', 'annotation.id is not a record id');
  if (!isTime(v.createdAt) || !isTime(v.updatedAt)) return bad('time', 'annotation.createdAt/updatedAt is not a time');
  return good({ ...draft.value, id: v.id, createdAt: v.createdAt, updatedAt: v.updatedAt });
}

/** Checks a page record as stored. */
export function checkStoredPage(v: unknown): RecordCheck<PageRecord> {
  if (!isRecord(v)) return bad('shape', 'page is not an object');
  if (!isWebUrl(v.url) || v.url.length > LIMITS.url) return bad('url', 'page.url is not an http(s) address');
  if (!isPageTitle(v.title) || typeof v.site !== 'string' || v.site.length > 255) return bad('content', 'page.title/site is not a short string');
  if (!isTime(v.firstSeenAt) || !isTime(v.lastSeenAt)) return bad('time', 'page.firstSeenAt/lastSeenAt is not a time');
  return good({ url: v.url, title: v.title, site: v.site, firstSeenAt: v.firstSeenAt, lastSeenAt: v.lastSeenAt });
}

/** Checks a saved outline as stored: an outline-format v1 document of an http(s) page. */
export function checkStoredOutline(v: unknown): RecordCheck<SavedOutline> {
  if (!isRecord(v)) return bad('shape', 'outline is not an object');
  if (!isRecordId(v.id)) return bad('shape', 'outline.id is not a record id');
  if (!isWebUrl(v.url) || v.url.length > LIMITS.url) return bad('url', 'outline.url is not an http(s) address');
  if (!isTime(v.savedAt)) return bad('time', 'outline.savedAt is not a time');
  if (!isOutlineDocument(v.outline)) return bad('outline', 'outline.outline is not a speech-outline v1 document');
  // The document's own address becomes links in exports: web pages only there too.
  if (v.outline.url !== null && !isWebUrl(v.outline.url)) return bad('url', 'outline.outline.url is not an http(s) address');
  return good({ id: v.id, url: v.url, savedAt: v.savedAt, outline: v.outline });
}
