/**
 * The notes list's state: pages of notes loaded on demand, filters, and
 * edit/delete with undo. Deleting moves the note to the 回收站, so undo (the
 * toast's 撤销 or Ctrl+Z) brings it back from there to its place in the list.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Annotation, PageRecord } from '../core/annotation-types.ts';
import type { AnnotationChanges, AnnotationFacets, AnnotationFilters } from '../protocol/annotation-wire.ts';
import { groupNotesByPage, type NoteGroup } from '../pages/note-groups.ts';
import type { NotesApi } from '../pages/notes-api.ts';
import type { AnnotationHit, IndexStatus, SearchHit } from '../protocol/search-types.ts';

/** Notes in the first request: three popups' worth, so the first paint stays small. */
export const FIRST_PAGE_SIZE = 24;
/** Notes fetched by each later request (scrolling or 加载更多). */
export const NOTES_PAGE_SIZE = 60;
/** Most results one search shows. */
export const SEARCH_LIMIT = 100;
/** How often the search index's progress is asked for while it is being built. */
/** Delay before the first index-status request, after the first notes have painted. */
const INDEX_FIRST_POLL_MS = 400;
const INDEX_POLL_MS = 1_000;
/** How long after the first notes the filter values are fetched. */
const FACETS_DELAY_MS = 300;

/**
 * The reader's last change, which Ctrl+Z or the toast's 撤销 takes back: a
 * deletion (the note comes back from the 回收站 to its place in the list) or an
 * edit (the changed fields get their previous values).
 */
export type LastChange =
  | { kind: 'delete'; annotation: Annotation; index: number }
  | { kind: 'edit'; before: Annotation; changed: Array<keyof AnnotationChanges> };

/** The results of the search in the search box (the list then shows them, best first). */
export interface SearchState {
  query: string;
  hits: SearchHit[];
  total: number;
  /** Where each note hit matched, by note id. */
  matches: ReadonlyMap<string, AnnotationHit['spans']>;
}

/** What the notes UI renders and the actions it can take. */
export interface NotesState {
  status: 'loading' | 'ready';
  groups: NoteGroup[];
  /** The loaded notes in list order (a search's: best first). */
  notes: Annotation[];
  facets: AnnotationFacets | null;
  filters: AnnotationFilters;
  hasMore: boolean;
  loadingMore: boolean;
  error: string | null;
  /** The change an undo would take back (kept after its toast goes, so Ctrl+Z still works). */
  lastChange: LastChange | null;
  /** Whether the toast offering 撤销 shows. */
  toastShown: boolean;
  /** The search's results while the search box holds text, else null. */
  search: SearchState | null;
  /** How far the background's search index is (null until known). */
  indexStatus: IndexStatus | null;
  setFilters(filters: AnnotationFilters): void;
  /** Fetches the tag and site lists now (the reader reached for a filter). */
  loadFacets(): void;
  loadMore(): void;
  update(id: string, changes: AnnotationChanges): Promise<boolean>;
  remove(annotation: Annotation): Promise<void>;
  /** Takes back the last change (a deletion or an edit); does nothing when there is none. */
  undoLast(): Promise<void>;
  dismissToast(): void;
  dismissError(): void;
}

/** Loads and edits the notes list through `api`. */
export function useNotes(api: NotesApi): NotesState {
  const [filters, setFiltersState] = useState<AnnotationFilters>({});
  const [notes, setNotes] = useState<Annotation[]>([]);
  const [pages, setPages] = useState<Map<string, PageRecord>>(new Map());
  const [nextOffset, setNextOffset] = useState<number | null>(null);
  const [status, setStatus] = useState<'loading' | 'ready'>('loading');
  const [loadingMore, setLoadingMore] = useState(false);
  const [facets, setFacets] = useState<AnnotationFacets | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [lastChange, setLastChange] = useState<LastChange | null>(null);
  const [toastShown, setToastShown] = useState(false);
  const [search, setSearch] = useState<SearchState | null>(null);
  const [indexStatus, setIndexStatus] = useState<IndexStatus | null>(null);
  // Bumped on every filter change so a slow reply for old filters is dropped.
  const generation = useRef(0);

  const addPages = (records: PageRecord[]) =>
    setPages((old) => {
      const next = new Map(old);
      for (const p of records) next.set(p.url, p);
      return next;
    });

  // A layout effect: the request leaves with the first render instead of after the
  // first frame (Preact runs plain effects after paint), so the notes arrive a frame sooner.
  useLayoutEffect(() => {
    const mine = ++generation.current;
    setStatus('loading');
    const query = filters.text?.trim() ?? '';
    if (query) {
      // Text in the search box: the background's index answers, ranked, with the matches to mark.
      const { text: _text, ...rest } = filters;
      void api.search(query, rest, SEARCH_LIMIT).then((reply) => {
        if (mine !== generation.current) return;
        if (!reply.ok) {
          setError(reply.error);
          setNotes([]);
          setSearch(null);
        } else {
          const noteHits = reply.value.hits.filter((h): h is AnnotationHit => h.type === 'annotation');
          setNotes(noteHits.map((h) => h.annotation));
          addPages(reply.value.pages);
          setSearch({ query, hits: reply.value.hits, total: reply.value.total, matches: new Map(noteHits.map((h) => [h.annotation.id, h.spans])) });
        }
        setNextOffset(null);
        setStatus('ready');
      });
      return;
    }
    setSearch(null);
    void api.list(filters, 0, FIRST_PAGE_SIZE).then((reply) => {
      if (mine !== generation.current) return;
      if (!reply.ok) {
        setError(reply.error);
        setNotes([]);
        setNextOffset(null);
      } else {
        setNotes(reply.value.annotations);
        addPages(reply.value.pages);
        setNextOffset(reply.value.nextOffset);
      }
      setStatus('ready');
    });
  }, [api, filters]);

  // The index's progress, asked again while it grows (the background builds it after an upgrade or a restore).
  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = () => {
      void api.indexStatus().then((reply) => {
        if (!live || !reply.ok) return;
        setIndexStatus(reply.value);
        if (reply.value.indexed < reply.value.total) timer = setTimeout(poll, INDEX_POLL_MS);
      });
    };
    // Not on the first paint's path: the status check (and the indexing it nudges)
    // shares the background's one thread with the first page of notes.
    timer = setTimeout(poll, INDEX_FIRST_POLL_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [api]);

  const refreshFacets = useCallback(() => {
    void api.facets().then((reply) => {
      if (reply.ok) setFacets(reply.value);
    });
  }, [api]);

  // Facets (tag and site lists, total) come a moment after the first notes: listing the
  // distinct tags walks the whole tag index (~50 ms for 10,000 notes) and must not delay
  // first paint. Touching a filter asks for them at once (loadFacets).
  const facetsAsked = useRef(false);
  const loadFacets = useCallback(() => {
    if (facetsAsked.current) return;
    facetsAsked.current = true;
    refreshFacets();
  }, [refreshFacets]);
  useEffect(() => {
    if (status !== 'ready' || facetsAsked.current) return;
    const timer = setTimeout(loadFacets, FACETS_DELAY_MS);
    return () => clearTimeout(timer);
  }, [status, loadFacets]);

  const loadMore = useCallback(() => {
    if (nextOffset === null || loadingMore) return;
    const mine = generation.current;
    setLoadingMore(true);
    void api.list(filters, nextOffset, NOTES_PAGE_SIZE).then((reply) => {
      setLoadingMore(false);
      if (mine !== generation.current) return;
      if (!reply.ok) {
        setError(reply.error);
        return;
      }
      setNotes((old) => {
        const seen = new Set(old.map((a) => a.id));
        return [...old, ...reply.value.annotations.filter((a) => !seen.has(a.id))];
      });
      addPages(reply.value.pages);
      setNextOffset(reply.value.nextOffset);
    });
  }, [api, filters, nextOffset, loadingMore]);

  const update = useCallback(
    async (id: string, changes: AnnotationChanges) => {
      const before = notes.find((a) => a.id === id);
      const reply = await api.update(id, changes);
      if (!reply.ok) {
        setError(reply.error);
        return false;
      }
      setNotes((old) => old.map((a) => (a.id === id ? reply.value : a)));
      if (before) {
        setLastChange({ kind: 'edit', before, changed: Object.keys(changes) as Array<keyof AnnotationChanges> });
        setToastShown(true);
      }
      refreshFacets();
      return true;
    },
    [api, notes, refreshFacets],
  );

  const remove = useCallback(
    async (annotation: Annotation) => {
      const reply = await api.remove(annotation.id);
      if (!reply.ok) {
        setError(reply.error);
        return;
      }
      setNotes((old) => {
        const index = old.findIndex((a) => a.id === annotation.id);
        setLastChange({ kind: 'delete', annotation: reply.value, index: Math.max(0, index) });
        return old.filter((a) => a.id !== annotation.id);
      });
      setToastShown(true);
      refreshFacets();
    },
    [api, refreshFacets],
  );

  // Set while an undo is on its way, so a second Ctrl+Z does not send it twice.
  const undoing = useRef(false);
  const undoLast = useCallback(async () => {
    const change = lastChange;
    if (!change || undoing.current) return;
    undoing.current = true;
    try {
      if (change.kind === 'delete') {
        const reply = await api.restore(change.annotation.id);
        if (!reply.ok) return setError(reply.error);
        setNotes((old) => [...old.slice(0, change.index), reply.value, ...old.slice(change.index)]);
      } else {
        const previous = Object.fromEntries(change.changed.map((key) => [key, change.before[key]])) as AnnotationChanges;
        const reply = await api.update(change.before.id, previous);
        if (!reply.ok) return setError(reply.error);
        setNotes((old) => old.map((a) => (a.id === change.before.id ? reply.value : a)));
      }
      setLastChange(null);
      setToastShown(false);
      refreshFacets();
    } finally {
      undoing.current = false;
    }
  }, [api, lastChange, refreshFacets]);

  const groups = useMemo(() => groupNotesByPage(notes, pages), [notes, pages]);

  return {
    status,
    groups,
    notes,
    facets,
    filters,
    hasMore: nextOffset !== null,
    loadingMore,
    error,
    lastChange,
    toastShown,
    search,
    indexStatus,
    setFilters: setFiltersState,
    loadFacets,
    loadMore,
    update,
    remove,
    undoLast,
    dismissToast: useCallback(() => setToastShown(false), []),
    dismissError: () => setError(null),
  };
}
