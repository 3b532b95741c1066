import type { Annotation } from '../core/annotation-types.ts';
import { t } from '../i18n/t.ts';
import { isFromUser } from './user-event.ts';

/** Where a note stands in today's page text, as the notes list shows it. */
export type PageNoteState = 'placed' | 'pending' | 'orphan';

export type PageNoteRowProps = {
  note: Annotation;
  state: PageNoteState;
  onReveal: (id: string) => void;
  onEdit: (id: string) => void;
  onReattach: (id: string) => void;
};

/** One note of the panel's notes list: its quote, note and tags (a button that reveals it), and edit or 重新定位. */
export function PageNoteRow({ note, state, onReveal, onEdit, onReattach }: PageNoteRowProps) {
  const orphan = state === 'orphan';
  const label = note.quote.length > 40 ? `${note.quote.slice(0, 40)}…` : note.quote;
  return (
    <li class="note-row" data-note-id={note.id} data-note-state={state}>
      <span class={`note-dot ${note.color}`} aria-hidden="true" />
      <button type="button" class="note-main" aria-label={t('annotate_showInPage', label)} disabled={orphan} onClick={(e) => isFromUser(e) && onReveal(note.id)}>
        <span class="note-quote">
          {note.kind === 'golden' && <span class="note-golden">{t('annotate_golden')}</span>}
          {note.quote}
        </span>
        {note.note && <span class="note-text">{note.note}</span>}
        {note.tags.length > 0 && <span class="note-tags">{note.tags.map((tag) => `#${tag}`).join(' ')}</span>}
        {state === 'pending' && <span class="note-pending">{t('annotate_pending')}</span>}
      </button>
      {orphan ? (
        <button type="button" class="note-reattach" data-action="reattach" onClick={(e) => isFromUser(e) && onReattach(note.id)}>
          {t('annotate_reattach')}
        </button>
      ) : (
        <button type="button" class="note-edit" data-action="edit-note" aria-label={`${t('annotate_editorLabel')}：${label}`} onClick={(e) => isFromUser(e) && onEdit(note.id)}>
          {t('annotate_edit')}
        </button>
      )}
    </li>
  );
}
