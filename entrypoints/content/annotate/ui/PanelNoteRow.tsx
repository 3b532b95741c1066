import type { Annotation } from '../../../../core/annotation-types.ts';
import type { PageNotesChannel } from '../page-notes-channel.ts';
import type { NotePlace } from '../page-annotations.ts';
import { t } from '../../../../i18n/t.ts';

/** Keeps the page's selection when a button is pressed (重新定位 needs it). */
const keepSelection = (e: MouseEvent) => e.preventDefault();

export type PanelNoteRowProps = {
  note: Annotation;
  place: NotePlace | undefined;
  channel: PageNotesChannel;
};

/** One note of the panel's notes section: its quote, note and tags (a button that reveals it), and edit or 重新定位. */
export function PanelNoteRow({ note, place, channel }: PanelNoteRowProps) {
  const orphan = place?.state === 'orphan';
  const label = note.quote.length > 40 ? `${note.quote.slice(0, 40)}…` : note.quote;
  return (
    <li class="note-row" data-note-id={note.id} data-note-state={place?.state ?? 'pending'}>
      <span class={`note-dot ${note.color}`} aria-hidden="true" />
      <button type="button" class="note-main" aria-label={t('annotate_showInPage', label)} disabled={orphan} onClick={() => channel.actions.reveal(note.id)}>
        <span class="note-quote">
          {note.kind === 'golden' && <span class="note-golden">{t('annotate_golden')}</span>}
          {note.quote}
        </span>
        {note.note && <span class="note-text">{note.note}</span>}
        {note.tags.length > 0 && <span class="note-tags">{note.tags.map((t) => `#${t}`).join(' ')}</span>}
        {place?.state === 'pending' && <span class="note-pending">{t('annotate_pending')}</span>}
      </button>
      {orphan ? (
        <button type="button" class="note-reattach" data-action="reattach" onMouseDown={keepSelection} onClick={() => channel.actions.reattach(note.id)}>
          {t('annotate_reattach')}
        </button>
      ) : (
        <button type="button" class="note-edit" data-action="edit-note" aria-label={`${t('annotate_editorLabel')}：${label}`} onClick={() => channel.actions.edit(note.id)}>
          {t('annotate_edit')}
        </button>
      )}
    </li>
  );
}
