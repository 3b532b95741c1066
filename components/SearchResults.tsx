import type { Annotation } from '../core/annotation-types.ts';
import { isWebUrl } from '../core/web-url.ts';
import type { AnnotationChanges } from '../protocol/annotation-wire.ts';
import { formatTime } from '../pages/note-groups.ts';
import type { OutlineHit, PageHit } from '../protocol/search-types.ts';
import type { SearchState } from '../hooks/use-notes.ts';
import { HighlightedText } from './HighlightedText.tsx';
import { NoteCard } from './NoteCard.tsx';
import { t } from '../i18n/t.ts';

export type SearchResultsProps = {
  search: SearchState;
  /** The note hits still in the list (deleting one takes it out), best first. */
  notes: Annotation[];
  onOpen: (annotation: Annotation) => void;
  onUpdate: (id: string, changes: AnnotationChanges) => Promise<boolean>;
  onDelete: (annotation: Annotation) => void;
};

/** A search's results, best first: notes (with their matches marked), points of saved outlines, page titles. */
export function SearchResults({ search, notes, onOpen, onUpdate, onDelete }: SearchResultsProps) {
  const outlines = search.hits.filter((h): h is OutlineHit => h.type === 'outline');
  const pageHits = search.hits.filter((h): h is PageHit => h.type === 'page');
  return (
    <div class="search-results" data-search-results>
      <p class="notes-total" role="status">{t('searchResults', search.total)}</p>
      {notes.length > 0 && (
        <section class="note-group" data-search-notes>
          <header class="note-group-header">
            <h2 class="note-group-title">{t('searchHitsNotes')}</h2>
          </header>
          <ul class="notes">
            {notes.map((a) => (
              <NoteCard key={a.id} annotation={a} match={search.matches.get(a.id)} onOpen={onOpen} onUpdate={onUpdate} onDelete={onDelete} />
            ))}
          </ul>
        </section>
      )}
      {outlines.length > 0 && (
        <section class="note-group" data-search-outlines>
          <header class="note-group-header">
            <h2 class="note-group-title">{t('searchHitsOutlines')}</h2>
          </header>
          {outlines.map((o) => (
            <div class="search-outline" key={o.id} data-saved-outline={o.id}>
              <p class="search-outline-title">
                {o.title || o.url} <span class="note-group-meta">· {t('savedAt', formatTime(o.savedAt))}</span>
              </p>
              <ul class="search-points">
                {o.points.map((p, i) => (
                  <li key={i}>
                    <span class="point-marker">{p.marker}</span> <HighlightedText text={p.title} spans={p.spans} />
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      )}
      {pageHits.length > 0 && (
        <section class="note-group" data-search-pages>
          <header class="note-group-header">
            <h2 class="note-group-title">{t('searchHitsPages')}</h2>
          </header>
          <ul class="search-pages">
            {pageHits.map((h) => (
              <li key={h.page.url}>
                {/* Only web pages are links: a stored address could be javascript: or data:. */}
                {isWebUrl(h.page.url) ? (
                  <a href={h.page.url} target="_blank" rel="noopener noreferrer" title={h.page.url}>
                    <HighlightedText text={h.page.title || h.page.url} spans={h.spans} />
                  </a>
                ) : (
                  <span title={h.page.url}>
                    <HighlightedText text={h.page.title || h.page.url} spans={h.spans} />
                  </span>
                )}
                <span class="note-group-meta"> · {h.page.site}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
