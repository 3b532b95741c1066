import { useEffect, useRef } from 'preact/hooks';
import type { NotesApi } from '../pages/notes-api.ts';
import { useNotes } from '../hooks/use-notes.ts';
import { useUndoKey } from '../hooks/use-undo-key.ts';
import { NoteFilters } from './NoteFilters.tsx';
import { collectNotes } from '../pages/notes-export.ts';
import { NoteGroupView } from './NoteGroupView.tsx';
import { NotesExportButtons } from './NotesExportButtons.tsx';
import { SearchResults } from './SearchResults.tsx';
import { UndoToast } from './UndoToast.tsx';
import { t } from '../i18n/t.ts';

export type NotesPanelProps = {
  api: NotesApi;
  /** Opens the 回收站 (the popup's link to the library's view); left out where the 回收站 is a tab beside. */
  onOpenTrash?: () => void;
};

/** The reader's notes grouped by page, newest first, with filters, search, edit and delete (to the 回收站) with undo: 撤销 or Ctrl+Z. */
export function NotesPanel({ api, onOpenTrash }: NotesPanelProps) {
  const notes = useNotes(api);
  const more = useRef<HTMLButtonElement>(null);
  const filtered = Object.keys(notes.filters).length > 0;
  useUndoKey(notes.undoLast);

  // Load the next page when the "more" button scrolls into view (it also works by click or keyboard).
  useEffect(() => {
    const button = more.current;
    if (!button || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) notes.loadMore();
    });
    observer.observe(button);
    return () => observer.disconnect();
  }, [notes.loadMore, notes.hasMore]);

  let body;
  if (notes.search && notes.status === 'ready') {
    body =
      notes.search.hits.length === 0 ? (
        <div class="empty" data-notes-no-match>
          <p>{t('searchNoResults', notes.search.query)}</p>
          <button type="button" class="button" onClick={() => notes.setFilters({})}>
            {t('clearFilters')}
          </button>
        </div>
      ) : (
        <SearchResults search={notes.search} notes={notes.notes} onOpen={(a) => void api.reveal(a)} onUpdate={notes.update} onDelete={(a) => void notes.remove(a)} />
      );
  } else if (notes.status === 'loading' && notes.groups.length === 0) body = <p class="status">{t('loading')}</p>;
  else if (notes.groups.length === 0 && !filtered) {
    body = (
      <div class="empty" data-notes-empty>
        <h2 class="empty-title">{t('notesEmptyTitle')}</h2>
        <p>{t('notesEmptyBody')}</p>
      </div>
    );
  } else if (notes.groups.length === 0) {
    body = (
      <div class="empty" data-notes-no-match>
        <p>{t('notesNoMatch')}</p>
        <button type="button" class="button" onClick={() => notes.setFilters({})}>
          {t('clearFilters')}
        </button>
      </div>
    );
  } else {
    body = (
      <>
        {notes.groups.map((group) => (
          <NoteGroupView key={group.url} group={group} onOpen={(a) => void api.reveal(a)} onUpdate={notes.update} onDelete={(a) => void notes.remove(a)} />
        ))}
        {notes.hasMore && (
          <button type="button" ref={more} class="button load-more" onClick={notes.loadMore} disabled={notes.loadingMore}>
            {notes.loadingMore ? t('loading') : t('loadMore')}
          </button>
        )}
      </>
    );
  }

  return (
    <div class="notes-panel" aria-busy={notes.status === 'loading'}>
      {/* Nothing to filter before the first note: the empty state says what to do instead. */}
      {(notes.groups.length > 0 || filtered) && <NoteFilters filters={notes.filters} facets={notes.facets} onChange={notes.setFilters} onWantFacets={notes.loadFacets} />}
      {/* The count is of what the list shows: with a filter on, the overall total would contradict it, so a
          filtered list is counted once all of it is loaded and not counted before. */}
      {!notes.search && !filtered && notes.facets && notes.facets.total > 0 && <p class="notes-total">{t('notesTotal', notes.facets.total)}</p>}
      {!notes.search && filtered && !notes.hasMore && notes.status === 'ready' && <p class="notes-total">{t('notesTotal', notes.notes.length)}</p>}
      {notes.indexStatus && notes.indexStatus.indexed < notes.indexStatus.total && (
        <p class="index-status" role="status" data-index-status>
          {t('searchIndexing', notes.indexStatus.indexed, notes.indexStatus.total)}
          <progress max={notes.indexStatus.total} value={notes.indexStatus.indexed} />
        </p>
      )}
      {notes.error && (
        <div class="error-banner" role="alert">
          <span>{notes.error}</span>
          <button type="button" class="link-button" onClick={notes.dismissError} aria-label="×">
            ×
          </button>
        </div>
      )}
      {body}
      {notes.groups.length > 0 && (
        <NotesExportButtons
          collect={async () => {
            const { text, ...rest } = notes.filters;
            // A search exports its hits; otherwise every note the filters let through.
            if (text?.trim()) return { ok: true, value: { annotations: notes.notes, pages: notes.groups.map((g) => g.page).filter((p) => p !== null) } };
            return collectNotes(api, rest);
          }}
        />
      )}
      {onOpenTrash && (
        <button type="button" class="link-button open-trash" onClick={onOpenTrash} data-open-trash>
          {t('openTrash')}
        </button>
      )}
      {notes.toastShown && notes.lastChange && (
        <UndoToast message={t(notes.lastChange.kind === 'delete' ? 'noteDeleted' : 'noteChanged')} onUndo={() => void notes.undoLast()} onDismiss={notes.dismissToast} />
      )}
    </div>
  );
}
