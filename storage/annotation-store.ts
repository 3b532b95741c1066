/**
 * Reading and writing the reader's records. Every write that touches two
 * tables runs in one transaction, so tabs writing at once never interleave
 * half-done updates; every function takes the database so tests bring their own.
 */
import type { Annotation, PageRecord, SavedOutline } from '../core/annotation-types.ts';
import { pageKey, type AnnotationChanges, type AnnotationDraft, type AnnotationFacets, type AnnotationFilters, type AnnotationPage } from '../protocol/annotation-wire.ts';
import type { OutlineDocument } from '../core/types.ts';
import type { SpeechOutlineDB } from './db.ts';
import { siteOf } from './note-site.ts';
import {
  annotationSearchTexts, buildSearchFields, outlineSearchTexts, pageSearchTexts, pendingSearchFields, searchTextKey, withoutSearchFields,
  type SearchFields, type Tokenize,
} from './search-fields.ts';

/** The host name of a page ('' for an address that has none); kept here for the store's callers. */
export { siteOf };

/**
 * The index fields of `texts`, computed before a write transaction opens (an
 * IndexedDB transaction commits when it waits on anything else, such as jieba);
 * without a tokenizer the record waits for the background indexer.
 */
async function fieldsFor(texts: readonly string[], tokenize: Tokenize | undefined): Promise<Required<SearchFields>> {
  return tokenize ? buildSearchFields(texts, tokenize) : pendingSearchFields();
}

/** Records the page; `titleFields` are the index fields of `title`, kept only if the stored title becomes `title`. */
async function touchPage(db: SpeechOutlineDB, url: string, title: string, now: number, titleFields: Required<SearchFields>): Promise<void> {
  const existing = await db.pages.get(url);
  const nextTitle = title || existing?.title || '';
  const sameTitle = existing !== undefined && existing.title === nextTitle && existing.indexedWith !== undefined;
  const fields = sameTitle ? { tokens: existing.tokens ?? [], indexedWith: existing.indexedWith! } : nextTitle === title ? titleFields : pendingSearchFields();
  await db.pages.put({
    url,
    title: nextTitle,
    site: siteOf(url),
    firstSeenAt: existing?.firstSeenAt ?? now,
    lastSeenAt: now,
    ...fields,
  });
}

/**
 * Stores a new annotation (or puts a deleted one back) and records its page.
 * With `tokenize` the search tokens are stored with it; without, the
 * background indexer adds them later.
 */
export async function saveAnnotation(db: SpeechOutlineDB, draft: AnnotationDraft, pageTitle: string, now = Date.now(), tokenize?: Tokenize): Promise<Annotation> {
  const annotation: Annotation = withoutSearchFields({
    ...draft,
    id: draft.id ?? crypto.randomUUID(),
    url: pageKey(draft.url),
    createdAt: draft.createdAt ?? now,
    updatedAt: now,
  } as Annotation & SearchFields);
  const fields = await fieldsFor(annotationSearchTexts(annotation), tokenize);
  const titleFields = await fieldsFor(pageSearchTexts({ title: pageTitle }), tokenize);
  await db.transaction('rw', db.annotations, db.pages, db.trash, async () => {
    await db.annotations.put({ ...annotation, ...fields });
    // Putting a deleted note back (the in-page undo re-saves it) takes it out of the 回收站, so it is never in both.
    await db.trash.delete(annotation.id);
    await touchPage(db, annotation.url, pageTitle, now, titleFields);
  });
  return annotation;
}

/**
 * Applies `changes` to an annotation; null when there is no such annotation.
 * When quote, note or tags change, the new tokens are computed first (with
 * `tokenize`) and kept only if nobody changed the text meanwhile; otherwise
 * the record waits for the background indexer.
 */
export async function updateAnnotation(db: SpeechOutlineDB, id: string, changes: AnnotationChanges, now = Date.now(), tokenize?: Tokenize): Promise<Annotation | null> {
  const before = await db.annotations.get(id);
  if (!before) return null;
  const textKey = (a: Annotation) => searchTextKey(annotationSearchTexts(a));
  const planned = { ...before, ...changes };
  const textChanged = textKey(planned) !== textKey(before);
  const fields = textChanged ? await fieldsFor(annotationSearchTexts(planned), tokenize) : null;
  return db.transaction('rw', db.annotations, async () => {
    const current = await db.annotations.get(id);
    if (!current) return null;
    const next: Annotation & SearchFields = { ...current, ...changes, id, updatedAt: Math.max(now, current.updatedAt) };
    if (textKey(next) !== textKey(current)) Object.assign(next, fields && textKey(next) === textKey(planned) ? fields : pendingSearchFields());
    await db.annotations.put(next);
    return withoutSearchFields(next);
  });
}

/**
 * Moves an annotation to the 回收站 (search fields and all, so a restore needs no
 * re-indexing) and returns it, so the reader can undo; null when there was none.
 * Nothing is removed for good here: only the reader empties the 回收站.
 */
export async function deleteAnnotation(db: SpeechOutlineDB, id: string, now = Date.now()): Promise<Annotation | null> {
  return db.transaction('rw', db.annotations, db.trash, async () => {
    const current = await db.annotations.get(id);
    if (!current) return null;
    await db.trash.put({ ...current, deletedAt: now });
    await db.annotations.delete(id);
    return withoutSearchFields(current);
  });
}

function positionOf(a: Annotation): number {
  const p = a.selectors.find((s) => s.type === 'TextPositionSelector');
  return p ? p.start : Number.MAX_SAFE_INTEGER;
}

/** A page's annotations in reading order (by their old position, then age). */
export async function listPageAnnotations(db: SpeechOutlineDB, url: string): Promise<Annotation[]> {
  const rows = (await db.annotations.where('url').equals(pageKey(url)).toArray()).map((a) => withoutSearchFields(a));
  return rows.sort((a, b) => positionOf(a) - positionOf(b) || a.createdAt - b.createdAt);
}

function matcher(filters: AnnotationFilters): (a: Annotation) => boolean {
  const needle = filters.text?.trim().toLowerCase() ?? '';
  return (a) =>
    (!filters.color || a.color === filters.color) &&
    (!filters.kind || a.kind === filters.kind) &&
    (!filters.tag || a.tags.includes(filters.tag)) &&
    (!filters.site || siteOf(a.url) === filters.site) &&
    (!needle || a.quote.toLowerCase().includes(needle) || a.note.toLowerCase().includes(needle) || a.tags.some((t) => t.toLowerCase().includes(needle)));
}

/**
 * A page of the notes list, most recently changed first. Without filters it
 * walks the updatedAt index and stops after `limit` rows, so the first page
 * costs the same with 10 or 10,000 notes; a tag, colour, kind or site filter
 * narrows through its own index first.
 */
export async function listAnnotations(db: SpeechOutlineDB, filters: AnnotationFilters, offset: number, limit: number): Promise<AnnotationPage> {
  const accept = matcher(filters);
  let rows: Annotation[];
  if (filters.tag || filters.color || filters.kind || filters.site) {
    let narrowed;
    if (filters.tag) narrowed = db.annotations.where('tags').equals(filters.tag);
    else if (filters.site) {
      const urls = (await db.pages.toArray()).filter((p) => p.site === filters.site).map((p) => p.url);
      narrowed = db.annotations.where('url').anyOf(urls);
    } else if (filters.color) narrowed = db.annotations.where('color').equals(filters.color);
    else narrowed = db.annotations.where('kind').equals(filters.kind!);
    const all = await narrowed.filter(accept).toArray();
    all.sort((a, b) => b.updatedAt - a.updatedAt);
    rows = all.slice(offset, offset + limit + 1);
  } else {
    const ordered = db.annotations.orderBy('updatedAt').reverse();
    rows = await (filters.text ? ordered.filter(accept) : ordered).offset(offset).limit(limit + 1).toArray();
  }
  const more = rows.length > limit;
  const annotations = (more ? rows.slice(0, limit) : rows).map((a) => withoutSearchFields(a));
  const urls = [...new Set(annotations.map((a) => a.url))];
  const pages = (await db.pages.bulkGet(urls)).filter((p) => p !== undefined).map((p) => withoutSearchFields<PageRecord>(p));
  return { annotations, pages, nextOffset: more ? offset + limit : null };
}

/** How many notes there are, and every tag and site they can be filtered by. */
export async function annotationFacets(db: SpeechOutlineDB): Promise<AnnotationFacets> {
  const [total, tags, pages] = await Promise.all([
    db.annotations.count(),
    db.annotations.orderBy('tags').uniqueKeys(),
    db.pages.toArray(),
  ]);
  const sites = [...new Set(pages.map((p) => p.site).filter(Boolean))].sort();
  return { total, tags: tags.map(String).sort((a, b) => a.localeCompare(b, 'zh-CN')), sites };
}

/**
 * What makes two saved outlines the same: the title and every section's points
 * (markers, titles, text, nesting). The detection's score and signals are left
 * out: they describe the reading, not the outline.
 */
export function outlineContentKey(outline: OutlineDocument): string {
  return JSON.stringify([outline.title, outline.sections]);
}

/**
 * Keeps a copy of an outline as extracted now, with the search tokens of its
 * point titles when `tokenize` is given. Saving an outline the page already has
 * a copy of, unchanged, updates that copy's time (and keeps its id and name)
 * instead of adding a duplicate: `updated` says which happened. A new copy is
 * listed under `name` when given (one speech of a page: "<page> · <speech>");
 * an updated one keeps its own name, the reader's rename included.
 */
export async function saveOutline(db: SpeechOutlineDB, outline: OutlineDocument & { url: string }, now = Date.now(), tokenize?: Tokenize, name?: string): Promise<SavedOutline & { updated: boolean }> {
  const url = pageKey(outline.url);
  const trimmed = name?.trim();
  const fresh: SavedOutline = { id: crypto.randomUUID(), url, savedAt: now, outline, ...(trimmed && trimmed !== outline.title ? { name: trimmed } : {}) };
  const fields = await fieldsFor(outlineSearchTexts(fresh), tokenize);
  const titleFields = await fieldsFor(pageSearchTexts(outline), tokenize);
  const key = outlineContentKey(outline);
  return db.transaction('rw', db.outlines, db.pages, async () => {
    const same = (await db.outlines.where('url').equals(url).toArray()).find((o) => outlineContentKey(o.outline) === key);
    let saved: SavedOutline;
    if (same) {
      saved = { ...withoutSearchFields<SavedOutline>(same), savedAt: Math.max(now, same.savedAt) };
      await db.outlines.put({ ...same, savedAt: saved.savedAt });
    } else {
      saved = fresh;
      await db.outlines.add({ ...fresh, ...fields });
    }
    await touchPage(db, url, outline.title, now, titleFields);
    return { ...saved, updated: same !== undefined };
  });
}

/** Gives a saved outline the reader's own name ('' takes it back to the outline's title); null when there is none. */
export async function renameOutline(db: SpeechOutlineDB, id: string, name: string): Promise<SavedOutline | null> {
  return db.transaction('rw', db.outlines, async () => {
    const current = await db.outlines.get(id);
    if (!current) return null;
    const trimmed = name.trim();
    const next = { ...current };
    if (trimmed && trimmed !== current.outline.title) next.name = trimmed;
    else delete next.name;
    await db.outlines.put(next);
    return withoutSearchFields<SavedOutline>(next);
  });
}

/** Puts a deleted saved outline back exactly as it was (the undo of outline/delete), re-indexed later by the background. */
export async function restoreOutline(db: SpeechOutlineDB, saved: SavedOutline, tokenize?: Tokenize): Promise<SavedOutline> {
  const record = withoutSearchFields<SavedOutline>(saved as SavedOutline & SearchFields);
  const fields = await fieldsFor(outlineSearchTexts(record), tokenize);
  await db.outlines.put({ ...record, url: pageKey(record.url), ...fields });
  return record;
}

/** Saved outlines, newest first: of one page, or of all pages (at most `limit`). */
export async function listOutlines(db: SpeechOutlineDB, url: string | null, limit = 500): Promise<SavedOutline[]> {
  const rows = url === null ? await db.outlines.orderBy('savedAt').reverse().limit(limit).toArray() : await db.outlines.where('url').equals(pageKey(url)).toArray();
  return rows.sort((a, b) => b.savedAt - a.savedAt).slice(0, limit).map((o) => withoutSearchFields<SavedOutline>(o));
}

/** Deletes a saved outline and returns it; null when there was none. */
export async function deleteOutline(db: SpeechOutlineDB, id: string): Promise<SavedOutline | null> {
  return db.transaction('rw', db.outlines, async () => {
    const current = await db.outlines.get(id);
    if (current) await db.outlines.delete(id);
    return current ? withoutSearchFields<SavedOutline>(current) : null;
  });
}
