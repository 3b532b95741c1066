import type { Annotation } from '../core/annotation-types.ts';
import type { NotesListSession } from '../protocol/note-frame-wire.ts';
import { t } from '../i18n/t.ts';
import { PageNoteRow, type PageNoteState } from './PageNoteRow.tsx';

export type PageNotesListProps = {
  layout: NotesListSession;
  /** The page's notes by id (from storage). */
  notes: ReadonlyMap<string, Annotation>;
  onReveal: (id: string) => void;
  onEdit: (id: string) => void;
  onReattach: (id: string) => void;
};

/** The panel's notes list (in its extension frame): the notes under their outline points (on a page without an outline, one list with no heading), then 未定位 with a hint. */
export function PageNotesList({ layout, notes, onReveal, onEdit, onReattach }: PageNotesListProps) {
  const pending = new Set(layout.pending);
  const orphans = new Set(layout.orphans);
  const stateOf = (id: string): PageNoteState => (orphans.has(id) ? 'orphan' : pending.has(id) ? 'pending' : 'placed');
  const rows = (ids: string[]) =>
    ids.flatMap((id) => {
      const note = notes.get(id);
      return note ? [<PageNoteRow key={id} note={note} state={stateOf(id)} onReveal={onReveal} onEdit={onEdit} onReattach={onReattach} />] : [];
    });
  const unplaced = layout.orphans.filter((id) => notes.has(id));
  return (
    <div class="notes-body" data-notes-list>
      {layout.groups.map((group) => (
        <section class="note-group" key={group.key} data-note-group={group.key} data-point-id={group.pointId ?? undefined}>
          {layout.outlined && <h4 class="note-group-title">{group.title || t('annotate_outsideOutline')}</h4>}
          <ul class="note-list">{rows(group.ids)}</ul>
        </section>
      ))}
      {unplaced.length > 0 && (
        <section class="note-group unplaced" data-note-group="unplaced">
          <h4 class="note-group-title">{`${t('annotate_unplaced')}（${unplaced.length}）`}</h4>
          <p class="note-hint">{t('annotate_unplacedHint')}</p>
          <ul class="note-list">{rows(unplaced)}</ul>
        </section>
      )}
    </div>
  );
}
