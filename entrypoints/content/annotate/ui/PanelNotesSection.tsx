import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { groupPageNotes, type PointNoteGroup } from '../group-notes.ts';
import type { PageNotesChannel } from '../page-notes-channel.ts';
import type { ReadingOutline } from '../../reading/reading-outline.ts';
import { useStore } from '../../use-store.ts';
import { PanelNoteRow } from './PanelNoteRow.tsx';
import { PANEL_NOTES_CSS } from './panel-notes-styles.ts';
import { t } from '../../../../i18n/t.ts';

function groupTitle(group: PointNoteGroup): string {
  if (group.path.length === 0) return t('annotate_outsideOutline');
  return `${group.path.join(' › ')} ${group.pointTitle}`.trim();
}

function NotesBody({ channel, outline }: PanelNotesSectionProps): JSX.Element {
  const { notes, places } = useStore(channel.notes);
  const { groups, orphans } = groupPageNotes(notes, places, outline);
  return (
    <div class="notes-body">
      {groups.map((group) => (
        <section class="note-group" key={group.key} data-note-group={group.key} data-point-id={group.pointId}>
          <h4 class="note-group-title">{groupTitle(group)}</h4>
          <ul class="note-list">
            {group.notes.map((n) => <PanelNoteRow key={n.id} note={n} place={places[n.id]} channel={channel} />)}
          </ul>
        </section>
      ))}
      {orphans.length > 0 && (
        <section class="note-group unplaced" data-note-group="unplaced">
          <h4 class="note-group-title">{`${t('annotate_unplaced')}（${orphans.length}）`}</h4>
          <p class="note-hint">{t('annotate_unplacedHint')}</p>
          <ul class="note-list">
            {orphans.map((n) => <PanelNoteRow key={n.id} note={n} place={places[n.id]} channel={channel} />)}
          </ul>
        </section>
      )}
    </div>
  );
}

export type PanelNotesSectionProps = {
  channel: PageNotesChannel;
  outline: ReadingOutline | null;
};

/** The notes section's content: a collapsible heading with the count, the groups under outline points, and 未定位. */
export function PanelNotesSection({ channel, outline }: PanelNotesSectionProps) {
  const [open, setOpen] = useState(true);
  const onToggle = () => setOpen(!open);
  const { notes } = useStore(channel.notes);
  // A page without notes keeps the whole panel for its outline (the toolbar is where notes start).
  if (notes.length === 0) return null;
  return (
    <section class="notes" data-notes-section data-notes-count={notes.length} aria-label={t('annotate_notesTitle')}>
      <style>{PANEL_NOTES_CSS}</style>
      <h3 style={{ margin: 0 }}>
        <button type="button" class="notes-head" aria-expanded={open} aria-label={open ? t('annotate_collapseNotes') : t('annotate_expandNotes')} onClick={onToggle}>
          <span class="twisty-glyph" aria-hidden="true">{open ? '▾' : '▸'}</span>
          {t('annotate_notesTitle')}
          <span class="notes-count" data-notes-total>{t('annotate_notesCount', notes.length)}</span>
        </button>
      </h3>
      {open && <NotesBody channel={channel} outline={outline} />}
    </section>
  );
}
