/**
 * A page's annotations as the in-page annotator keeps them: loaded with
 * `annotation/list`, anchored in today's page text (position, then exact
 * quote at once; the bounded fuzzy search later, in idle slices, off the
 * critical path), and changed through the protocol. Works on page-text
 * offsets only — the DOM layer turns them into Ranges — so the whole flow runs
 * in a test with an in-memory api. An annotation that cannot be placed stays
 * in the list as an orphan; nothing is ever dropped.
 */
import type { Annotation, AnnotationKind, HighlightColor, OutlineContext } from '../../../core/annotation-types.ts';
import { anchorSelectors, describeRange, type Anchor } from '../../../core/anchoring/index.ts';
import type { AnnotationChanges, AnnotationDraft } from '../../../protocol/annotation-wire.ts';
import type { Result } from '../../../protocol/result.ts';
import { createStore, type Store } from '../store.ts';
import type { AnnotationApi } from './annotation-api.ts';

/** Where an annotation stands in today's text. */
export type NotePlace =
  | { state: 'placed'; start: number; end: number; method: Anchor['method'] }
  | { state: 'pending' }
  | { state: 'orphan' };

/** What the annotator and the panel's notes section show. */
export interface PageNotesState {
  /** True once the page's annotations were listed (or listing failed). */
  loaded: boolean;
  /** Every stored annotation of the page, in the order storage gave them. */
  notes: Annotation[];
  /** By annotation id. */
  places: Record<string, NotePlace>;
}

/** Runs `step` in idle time until it returns false; returns a cancel function. */
export type IdleScheduler = (step: () => boolean) => () => void;

/** What a new annotation is made of besides its text. */
export interface NewAnnotation {
  start: number;
  end: number;
  kind: AnnotationKind;
  color: HighlightColor;
  note: string;
  tags: string[];
  context: OutlineContext | null;
}

/** The running annotation list of one page. */
export interface PageAnnotations {
  readonly store: Store<PageNotesState>;
  /** Lists the page's annotations (anchored once the page text is known: `setText`). */
  load(): Promise<Result<Annotation[]>>;
  /** Anchors every annotation in the page text as it reads now (again, when it changed). */
  setText(text: string): void;
  create(input: NewAnnotation): Promise<Result<Annotation>>;
  update(id: string, changes: AnnotationChanges): Promise<Result<Annotation>>;
  remove(id: string): Promise<Result<Annotation>>;
  /** Puts a deleted record back (undo). */
  restore(annotation: Annotation): Promise<Result<Annotation>>;
  /**
   * The record a note frame will save for chars [start, end) of the current
   * text (under `id`, so a retried save stays one note); null before the page was read.
   */
  draft(id: string, input: NewAnnotation): AnnotationDraft | null;
  /** A note frame stored `annotation`: show it (a new one at `span`, where it was made). */
  accept(annotation: Annotation, span: { start: number; end: number } | null): void;
  /** A note frame deleted annotation `id`. */
  forget(id: string): void;
  /** Anchors annotation `id` to chars [start, end) of the current text (an orphan found again by the reader). */
  reattach(id: string, start: number, end: number, context: OutlineContext | null): Promise<Result<Annotation>>;
  /**
   * Follows the page to another address (a single-page site's pushState or back
   * button): forgets the old address's notes and lists the new one's; null when
   * the address is the same.
   */
  setUrl(url: string): Promise<Result<Annotation[]>> | null;
  dispose(): void;
}

/** Options of `createPageAnnotations`. */
export interface PageAnnotationsOptions {
  api: AnnotationApi;
  /** The page's address without fragment (the key of its annotations). */
  url: string;
  pageTitle: () => string;
  schedule: IdleScheduler;
}

/** Places that need no search: the stored position still holds the quote, or the quote occurs exactly. */
export function anchorWithoutSearch(text: string, notes: readonly Annotation[]): Record<string, NotePlace> {
  const places: Record<string, NotePlace> = {};
  for (const note of notes) {
    const anchor = anchorSelectors(text, note.selectors, { maxFuzzyWork: 0 });
    places[note.id] = anchor ? { state: 'placed', start: anchor.start, end: anchor.end, method: anchor.method } : { state: 'pending' };
  }
  return places;
}

/** The place of one annotation after the bounded approximate search. */
export function anchorWithSearch(text: string, note: Annotation): NotePlace {
  const anchor = anchorSelectors(text, note.selectors);
  return anchor ? { state: 'placed', start: anchor.start, end: anchor.end, method: anchor.method } : { state: 'orphan' };
}

/** Creates the annotation list of a page; nothing is loaded until `load`. */
export function createPageAnnotations(options: PageAnnotationsOptions): PageAnnotations {
  const { api, pageTitle, schedule } = options;
  let url = options.url;
  const store = createStore<PageNotesState>({ loaded: false, notes: [], places: {} });
  /** The page text the places refer to; null until the annotator read the page. */
  let text: string | null = null;
  let cancelSearch: (() => void) | null = null;

  const setPlace = (id: string, place: NotePlace) => store.set({ places: { ...store.get().places, [id]: place } });
  const dropNote = (id: string) => {
    const { notes, places } = store.get();
    const rest = { ...places };
    delete rest[id];
    store.set({ notes: notes.filter((n) => n.id !== id), places: rest });
  };
  const replaceNote = (note: Annotation) => {
    const notes = store.get().notes;
    const i = notes.findIndex((n) => n.id === note.id);
    store.set({ notes: i < 0 ? [...notes, note] : notes.map((n) => (n.id === note.id ? note : n)) });
  };

  /** Searches for the pending annotations one per idle step. */
  const searchPending = () => {
    cancelSearch?.();
    const searchedText = text;
    cancelSearch = schedule(() => {
      if (text === null || text !== searchedText) return false;
      const { notes, places } = store.get();
      const next = notes.find((n) => places[n.id]?.state === 'pending');
      if (!next) return false;
      setPlace(next.id, anchorWithSearch(text, next));
      return notes.some((n) => n.id !== next.id && store.get().places[n.id]?.state === 'pending');
    });
  };

  const anchorAll = () => {
    if (text === null) return;
    store.set({ places: anchorWithoutSearch(text, store.get().notes) });
    searchPending();
  };

  const list: PageAnnotations = {
    store,
    async load() {
      const listedFor = url;
      const listed = await api.list(url);
      // The page moved on while the list was on its way: these are another address's notes.
      if (listedFor !== url) return listed;
      if (!listed.ok) {
        store.set({ loaded: true });
        return listed;
      }
      // Keep notes made while the list was on its way.
      const listedIds = new Set(listed.value.map((n) => n.id));
      const notes = [...listed.value, ...store.get().notes.filter((n) => !listedIds.has(n.id))];
      const places: Record<string, NotePlace> = { ...store.get().places };
      for (const note of listed.value) places[note.id] = { state: 'pending' };
      store.set({ notes, places, loaded: true });
      anchorAll();
      return listed;
    },
    setText(pageText) {
      if (pageText === text) return;
      text = pageText;
      anchorAll();
    },
    async create(input) {
      if (text === null) return { ok: false, error: 'the page has not been read' };
      const selectors = describeRange(text, input.start, input.end);
      const saved = await api.save(
        { url, kind: input.kind, color: input.color, quote: selectors[0].exact, note: input.note, tags: input.tags, selectors, context: input.context },
        pageTitle(),
      );
      if (saved.ok) {
        replaceNote(saved.value);
        setPlace(saved.value.id, { state: 'placed', start: input.start, end: input.end, method: 'position' });
      }
      return saved;
    },
    async update(id, changes) {
      const updated = await api.update(id, changes);
      if (updated.ok) replaceNote(updated.value);
      return updated;
    },
    async remove(id) {
      const removed = await api.remove(id);
      if (removed.ok) dropNote(id);
      return removed;
    },
    draft(id, input) {
      if (text === null) return null;
      const selectors = describeRange(text, input.start, input.end);
      return { id, url, kind: input.kind, color: input.color, quote: selectors[0].exact, note: input.note, tags: input.tags, selectors, context: input.context };
    },
    accept(annotation, span) {
      const known = store.get().places[annotation.id];
      replaceNote(annotation);
      if (span) setPlace(annotation.id, { state: 'placed', start: span.start, end: span.end, method: 'position' });
      else if (!known) setPlace(annotation.id, text === null ? { state: 'pending' } : anchorWithSearch(text, annotation));
    },
    forget: dropNote,
    async restore(annotation) {
      const saved = await api.save(annotation, pageTitle());
      if (saved.ok) {
        replaceNote(saved.value);
        // The undone record's old place: usually found at once, at worst by one bounded search.
        setPlace(saved.value.id, text === null ? { state: 'pending' } : anchorWithSearch(text, saved.value));
      }
      return saved;
    },
    async reattach(id, start, end, context) {
      if (text === null) return { ok: false, error: 'the page has not been read' };
      const selectors = describeRange(text, start, end);
      const updated = await api.update(id, { selectors, quote: selectors[0].exact, context });
      if (updated.ok) {
        replaceNote(updated.value);
        setPlace(id, { state: 'placed', start, end, method: 'position' });
      }
      return updated;
    },
    setUrl(next) {
      if (next === url) return null;
      cancelSearch?.();
      cancelSearch = null;
      url = next;
      store.set({ loaded: false, notes: [], places: {} });
      return list.load();
    },
    dispose() {
      cancelSearch?.();
      cancelSearch = null;
    },
  };
  return list;
}
