import { createStore, type Store } from '../../store.ts';
import type { ReadingActions, ReadingViewState } from '../view-state.ts';
import { PanelNotes } from './PanelNotes.tsx';
import { PanelStrip } from './PanelStrip.tsx';
import { DockedAside } from './DockedAside.tsx';
import type { Dock } from './use-dock.ts';
import { useStore } from '../../use-store.ts';
import { pageNotesChannel } from '../../annotate/page-notes-channel.ts';
import { notesOnlyPage } from '../notes-only.ts';
import type { PageNotesState } from '../../annotate/page-annotations.ts';
import { t } from '../../../../i18n/t.ts';

export type NotesOnlyPanelProps = {
  store: Store<ReadingViewState>;
  actions: ReadingActions;
  /** The `lang` of the panel's strings. */
  lang: string;
  /** The same docking as the outline panel's: beside the text, never over it. */
  dock: Dock;
};

/** Stands in for the notes store while no annotator runs. */
const NO_NOTES: Store<PageNotesState> = createStore<PageNotesState>({ loaded: false, notes: [], places: {} });

/** This page's notes, and whether a page without an outline shows the notes-only panel (it has notes, or the reader ran the extension here); re-rendered as either changes. */
export function useNotesOnly(): { notes: PageNotesState['notes']; shown: boolean } {
  const { channel } = useStore(pageNotesChannel);
  const { notes } = useStore(channel?.notes ?? NO_NOTES);
  const { ranHere } = useStore(notesOnlyPage);
  return { notes, shown: notes.length > 0 || ranHere };
}

/**
 * The reading panel of a page that is not a speech: no outline, only this
 * page's notes (listed in their extension frame, as in the full panel) and one
 * line saying why. Its tab reads 笔记 N; it shows only once the page has notes
 * or the reader ran the extension here (reading/notes-only.ts).
 */
export function NotesOnlyPanel({ store, actions, lang, dock }: NotesOnlyPanelProps) {
  const state = useStore(store);
  const { notes, shown } = useNotesOnly();
  if (!shown) return null;
  const themeClass = `reading theme-${state.theme}`;

  if (!state.panelOpen) {
    return (
      <div class={themeClass} lang={lang}>
        <button type="button" class="tab" data-panel-tab data-notes-only aria-label={t('notesOnly_openPanel', notes.length)} aria-expanded={false} onClick={() => actions.setPanelOpen(true)}>
          <span class="tab-label">{t('notesOnly_tabLabel')}</span>
          <span class="tab-count">{notes.length}</span>
        </button>
      </div>
    );
  }

  if (dock.layout.mode === 'strip') {
    return (
      <div class={themeClass} lang={lang}>
        <PanelStrip total={notes.length} label={t('notesOnly_tabLabel')} openLabel={t('notesOnly_openPanel', notes.length)} onOpen={() => dock.setOverlay(true)} />
      </div>
    );
  }
  const heading = (
    <>
      <h2 class="doc-title">{t('annotate_notesTitle')}</h2>
      <p class="counts" data-notes-only-hint>{t('notesOnly_hint')}</p>
    </>
  );
  return (
    <div class={themeClass} lang={lang}>
      <DockedAside dock={dock} onClosePanel={() => actions.setPanelOpen(false)} label={t('annotate_notesTitle')} heading={heading} notesOnly>
        {notes.length === 0 && <p class="counts" style={{ padding: '10px 14px' }} data-notes-only-empty>{t('notesOnly_howTo')}</p>}
        <PanelNotes outline={null} />
      </DockedAside>
    </div>
  );
}
