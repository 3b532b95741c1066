import { useEffect, useState } from 'preact/hooks';
import type { PageNotesChannel } from '../page-notes-channel.ts';
import type { ReadingOutline } from '../../reading/reading-outline.ts';
import { useStore } from '../../use-store.ts';
import { PANEL_NOTES_CSS } from './panel-notes-styles.ts';
import { t } from '../../../../i18n/t.ts';

/** Height of the list frame before it told its own. */
const FRAME_START_HEIGHT = 120;

function NotesFrame({ channel, outline }: PanelNotesSectionProps) {
  const { src, height } = useStore(channel.frame);
  useEffect(() => {
    channel.openList(outline);
    return () => channel.closeList();
  }, [channel, outline]);
  if (!src) return null;
  // An extension page: the notes' words are drawn there, out of this document's (and the page's) reach.
  return <iframe class="notes-frame" data-notes-frame title={t('annotate_notesFrameTitle')} src={src} allow="" style={{ height: `${height || FRAME_START_HEIGHT}px` }} />;
}

export type PanelNotesSectionProps = {
  channel: PageNotesChannel;
  outline: ReadingOutline | null;
};

/** The notes section of the panel: a collapsible heading with the count, and the notes list in its extension frame. */
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
      {open && (
        <div class="notes-body">
          <NotesFrame channel={channel} outline={outline} />
        </div>
      )}
    </section>
  );
}
