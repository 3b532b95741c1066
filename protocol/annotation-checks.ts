/**
 * Checks of annotation records arriving in messages. A content script runs
 * beside an untrusted page, so every field is checked for type and size before
 * the background stores anything: a page must not be able to fill the disk or
 * plant a record the popup would choke on.
 */
import type { AnnotationKind, HighlightColor, OutlineContext, Selector } from '../core/annotation-types.ts';
import { ANNOTATION_KINDS, HIGHLIGHT_COLORS } from './annotation-wire.ts';
import { isRecord, type Result } from './result.ts';
import type { AnnotationChanges, AnnotationDraft, AnnotationFilters } from './annotation-wire.ts';

/** Size limits, in UTF-16 code units unless said otherwise. */
export const LIMITS = {
  quote: 10_000,
  note: 100_000,
  context: 256,
  url: 4_096,
  title: 1_000,
  tag: 64,
  tags: 32,
  pathItems: 16,
  marker: 64,
  id: 100,
  search: 200,
  pageSize: 500,
  /** Most sections (speeches) a note's page may say it had. */
  sections: 10_000,
  /** Notes one 回收站 listing returns, and ids one 彻底删除/清空 may name. */
  trashIds: 2_000,
} as const;

const KINDS: readonly AnnotationKind[] = ANNOTATION_KINDS;
const COLORS: readonly HighlightColor[] = HIGHLIGHT_COLORS;

/** A check's verdict: the cleaned value, or what is wrong with it. */
type Check<T> = Result<T>;

const good = <T>(value: T): Check<T> => ({ ok: true, value });
const bad = (error: string): Check<never> => ({ ok: false, error });

function isString(v: unknown, max: number, min = 0): v is string {
  return typeof v === 'string' && v.length >= min && v.length <= max;
}

function isOffset(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0;
}

/** True for a time as records keep it: ms since epoch, a finite number ≥ 0. */
export function isTime(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v) && v >= 0;
}

/** True for an annotation kind. */
export function isKind(v: unknown): v is AnnotationKind {
  return KINDS.includes(v as AnnotationKind);
}

/** True for a highlight colour name. */
export function isColor(v: unknown): v is HighlightColor {
  return COLORS.includes(v as HighlightColor);
}

/** True for a record id: letters, digits, '-' and '_'. */
export function isRecordId(v: unknown): v is string {
  return isString(v, LIMITS.id, 1) && /^[\w-]+$/.test(v);
}

/** The ids of a 回收站 purge: 1 to LIMITS.trashIds record ids. */
export function checkTrashIds(v: unknown): Check<string[]> {
  if (!Array.isArray(v) || v.length === 0 || v.length > LIMITS.trashIds) return bad(`ids must be an array of 1–${LIMITS.trashIds} record ids`);
  return v.every(isRecordId) ? good([...v]) : bad('ids holds something that is not a record id');
}

/** True for an http(s) or file address of a page. */
export function isPageUrl(v: unknown): v is string {
  if (!isString(v, LIMITS.url, 1)) return false;
  try {
    return ['http:', 'https:', 'file:'].includes(new URL(v).protocol);
  } catch {
    return false;
  }
}

function checkSelector(v: unknown): Check<Selector> {
  if (!isRecord(v)) return bad('a selector is not an object');
  if (v.type === 'TextQuoteSelector') {
    if (!isString(v.exact, LIMITS.quote, 1)) return bad(`selector.exact must be 1–${LIMITS.quote} characters`);
    if (!isString(v.prefix, LIMITS.context) || !isString(v.suffix, LIMITS.context)) return bad(`selector prefix/suffix must be at most ${LIMITS.context} characters`);
    return good({ type: 'TextQuoteSelector', exact: v.exact, prefix: v.prefix, suffix: v.suffix });
  }
  if (v.type === 'TextPositionSelector') {
    if (!isOffset(v.start) || !isOffset(v.end) || v.start >= v.end) return bad('selector start/end must be offsets with start < end');
    return good({ type: 'TextPositionSelector', start: v.start, end: v.end });
  }
  return bad(`unknown selector type: ${String(v.type)}`);
}

function checkSelectors(v: unknown): Check<Selector[]> {
  if (!Array.isArray(v) || v.length === 0 || v.length > 4) return bad('selectors must be an array of 1–4 selectors');
  const out: Selector[] = [];
  for (const s of v) {
    const c = checkSelector(s);
    if (!c.ok) return c;
    out.push(c.value);
  }
  return good(out);
}

function checkTags(v: unknown): Check<string[]> {
  if (!Array.isArray(v) || v.length > LIMITS.tags) return bad(`tags must be an array of at most ${LIMITS.tags} tags`);
  const out: string[] = [];
  for (const t of v) {
    if (typeof t !== 'string') return bad('a tag is not a string');
    const tag = t.trim();
    if (tag.length === 0 || tag.length > LIMITS.tag) return bad(`a tag must be 1–${LIMITS.tag} characters`);
    if (!out.includes(tag)) out.push(tag);
  }
  return good(out);
}

function checkContext(v: unknown): Check<OutlineContext | null> {
  if (v === null) return good(null);
  if (!isRecord(v)) return bad('context must be an object or null');
  if (!isOffset(v.sectionIndex)) return bad('context.sectionIndex must be an offset');
  if (!isString(v.sectionTitle, LIMITS.title) || !isString(v.pointTitle, LIMITS.title)) return bad(`context titles must be at most ${LIMITS.title} characters`);
  if (!Array.isArray(v.path) || v.path.length > LIMITS.pathItems || !v.path.every((m) => isString(m, LIMITS.marker))) return bad('context.path must be a short list of markers');
  if (v.sectionCount !== undefined && !(isOffset(v.sectionCount) && v.sectionCount > v.sectionIndex && v.sectionCount <= LIMITS.sections)) return bad('context.sectionCount must be a count of sections above sectionIndex');
  const context: OutlineContext = { sectionIndex: v.sectionIndex, sectionTitle: v.sectionTitle, path: [...(v.path as string[])], pointTitle: v.pointTitle };
  if (v.sectionCount !== undefined) context.sectionCount = v.sectionCount;
  return good(context);
}

/** Checks the changeable fields present in `v`; with `all`, every one must be present. */
function checkFields(v: Record<string, unknown>, all: boolean): Check<AnnotationChanges> {
  const out: AnnotationChanges = {};
  const has = (k: string) => all || k in v;
  if (has('kind')) {
    if (!isKind(v.kind)) return bad(`kind must be one of ${KINDS.join(', ')}`);
    out.kind = v.kind;
  }
  if (has('color')) {
    if (!isColor(v.color)) return bad(`color must be one of ${COLORS.join(', ')}`);
    out.color = v.color;
  }
  if (has('quote')) {
    if (!isString(v.quote, LIMITS.quote, 1)) return bad(`quote must be 1–${LIMITS.quote} characters`);
    out.quote = v.quote;
  }
  if (has('note')) {
    if (!isString(v.note, LIMITS.note)) return bad(`note must be at most ${LIMITS.note} characters`);
    out.note = v.note;
  }
  if (has('tags')) {
    const c = checkTags(v.tags);
    if (!c.ok) return c;
    out.tags = c.value;
  }
  if (has('selectors')) {
    const c = checkSelectors(v.selectors);
    if (!c.ok) return c;
    out.selectors = c.value;
  }
  if (has('context')) {
    const c = checkContext(v.context);
    if (!c.ok) return c;
    out.context = c.value;
  }
  return good(out);
}

/** Checks a new (or restored) annotation. */
export function checkAnnotationDraft(v: unknown): Check<AnnotationDraft> {
  if (!isRecord(v)) return bad('annotation is not an object');
  if (!isPageUrl(v.url)) return bad('annotation.url is not a page address');
  if (v.id !== undefined && !isRecordId(v.id)) return bad('annotation.id is not a record id');
  if (v.createdAt !== undefined && !isTime(v.createdAt)) return bad('annotation.createdAt is not a time');
  const fields = checkFields(v, true);
  if (!fields.ok) return bad(`annotation.${fields.error}`);
  const draft = { ...(fields.value as Required<AnnotationChanges>), url: v.url } as AnnotationDraft;
  if (v.id !== undefined) draft.id = v.id as string;
  if (v.createdAt !== undefined) draft.createdAt = v.createdAt as number;
  return good(draft);
}

/** Checks the changes of an update: at least one changeable field, each valid. */
export function checkAnnotationChanges(v: unknown): Check<AnnotationChanges> {
  if (!isRecord(v)) return bad('changes is not an object');
  const unknownKey = Object.keys(v).find((k) => !['kind', 'color', 'quote', 'note', 'tags', 'selectors', 'context'].includes(k));
  if (unknownKey !== undefined) return bad(`changes.${unknownKey} cannot be changed`);
  if (Object.keys(v).length === 0) return bad('changes is empty');
  const c = checkFields(v, false);
  return c.ok ? c : bad(`changes.${c.error}`);
}

/** Checks the filters of the notes list. */
export function checkAnnotationFilters(v: unknown): Check<AnnotationFilters> {
  if (v === undefined) return good({});
  if (!isRecord(v)) return bad('filters is not an object');
  const out: AnnotationFilters = {};
  if (v.color !== undefined) {
    if (!isColor(v.color)) return bad('filters.color is not a colour');
    out.color = v.color;
  }
  if (v.kind !== undefined) {
    if (!isKind(v.kind)) return bad('filters.kind is not a kind');
    out.kind = v.kind;
  }
  if (v.tag !== undefined) {
    if (!isString(v.tag, LIMITS.tag, 1)) return bad('filters.tag is not a tag');
    out.tag = v.tag;
  }
  if (v.site !== undefined) {
    if (!isString(v.site, 255, 1)) return bad('filters.site is not a host name');
    out.site = v.site;
  }
  if (v.text !== undefined) {
    if (!isString(v.text, LIMITS.search)) return bad(`filters.text must be at most ${LIMITS.search} characters`);
    out.text = v.text;
  }
  return good(out);
}

/** True for a page title as messages carry it. */
export function isPageTitle(v: unknown): v is string {
  return isString(v, LIMITS.title);
}

/** True for a list offset. */
export function isListOffset(v: unknown): v is number {
  return isOffset(v);
}

/** True for a list page size. */
export function isPageSize(v: unknown): v is number {
  return isOffset(v) && v >= 1 && v <= LIMITS.pageSize;
}
