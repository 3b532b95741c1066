import { useEffect, useState } from 'preact/hooks';
import type { Annotation } from '../core/annotation-types.ts';
import type { NotesApi } from '../pages/notes-api.ts';
import { pageKey } from '../protocol/annotation-wire.ts';
import { kindLabel } from './note-labels.ts';
import { t } from '../i18n/t.ts';

export type PageNotesHereProps = {
  /** The tab's address (the notes of its page are listed). */
  url: string;
  api: NotesApi;
};

type Listed = { status: 'loading' } | { status: 'ready'; notes: Annotation[] } | { status: 'error'; error: string };

/**
 * The popup on a page that is not a speech: highlights and notes still work
 * there, so it says so and lists the page's notes; a click shows one on the page.
 */
export function PageNotesHere({ url, api }: PageNotesHereProps) {
  const [listed, setListed] = useState<Listed>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    void api.listPage(pageKey(url)).then((reply) => {
      if (live) setListed(reply.ok ? { status: 'ready', notes: reply.value } : { status: 'error', error: reply.error });
    });
    return () => {
      live = false;
    };
  }, [url, api]);
  if (listed.status === 'loading') return null;
  return (
    <section class="page-notes-here" data-page-notes-here aria-label={t('notesOnly_popupTitle')}>
      <h2 class="page-notes-title">{t('notesOnly_popupTitle')}</h2>
      <p class="page-notes-hint" data-page-notes-hint>{t('notesOnly_popupHint')}</p>
      {listed.status === 'error' && (
        <p class="error-banner" role="alert">
          {t('notesOnly_popupFailed', listed.error)}
        </p>
      )}
      {listed.status === 'ready' && listed.notes.length === 0 && <p class="page-notes-hint" data-page-notes-none>{t('notesOnly_popupNone')}</p>}
      {listed.status === 'ready' && listed.notes.length > 0 && (
        <ul class="notes">
          {[...listed.notes].sort((a, b) => a.createdAt - b.createdAt).map((a) => (
            <li key={a.id} class={`note note--${a.kind}`} data-note-id={a.id} data-color={a.color}>
              <button type="button" class={`note-quote note-quote--${a.color}`} onClick={() => void api.reveal(a)} title={t('openInPage')}>
                {a.quote}
              </button>
              {a.note && <p class="note-text">{a.note}</p>}
              <div class="note-meta">
                <span class={`note-kind note-kind--${a.kind}`}>{kindLabel(a.kind)}</span>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
