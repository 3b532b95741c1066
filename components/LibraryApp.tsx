import { useState } from 'preact/hooks';
import { extensionNotesApi, type NotesApi } from '../pages/notes-api.ts';
import { ExportPage } from './ExportPage.tsx';
import { NotesPanel } from './NotesPanel.tsx';
import { OpenDraft } from './library/OpenDraft.tsx';
import { SavedOutlinesPanel } from './SavedOutlinesPanel.tsx';
import { TabBar } from './TabBar.tsx';
import { TrashPanel } from './TrashPanel.tsx';
import { t } from '../i18n/t.ts';

export type LibraryAppProps = {
  /** `?view=saved` opens the saved outlines, `?view=trash` the 回收站; `?export=<tabId>` the export of that tab's outline (`&section=<index>`: of that speech). */
  search: string;
  api?: NotesApi;
};

/** The library's views. */
export type LibraryView = 'notes' | 'saved' | 'trash';

/** The view named by `?view=`, or the notes. */
export function libraryViewFromQuery(search: string): LibraryView {
  const view = new URLSearchParams(search).get('view');
  return view === 'saved' || view === 'trash' ? view : 'notes';
}

/** The speech `?section=` chooses on the export page (0-based), or null for the whole page; anything but a plain index is ignored. */
export function exportSectionFromQuery(search: string): number | null {
  const section = new URLSearchParams(search).get('section');
  return section !== null && /^\d{1,4}$/.test(section) ? Number(section) : null;
}

/** The full-tab library: the popup's notes and saved outlines with room for longer reviews. */
export function LibraryApp({ search, api = extensionNotesApi }: LibraryAppProps) {
  const [view, setView] = useState<LibraryView>(() => libraryViewFromQuery(search));
  const exportTab = new URLSearchParams(search).get('export');
  if (exportTab !== null && /^\d+$/.test(exportTab)) {
    return (
      <div class="library">
        <header class="library-header">
          <h1 class="library-title">
            {t('appName')} · {t('exportTitle')}
          </h1>
        </header>
        <div class="library-panel">
          <ExportPage tabId={Number(exportTab)} section={exportSectionFromQuery(search)} />
        </div>
      </div>
    );
  }
  return (
    <div class="library">
      <header class="library-header">
        <h1 class="library-title">
          {t('appName')} · {t('libraryTitle')}
        </h1>
        <TabBar
          idPrefix="library"
          current={view}
          onSelect={setView}
          tabs={[
            { key: 'notes', label: t('tabNotes') },
            { key: 'saved', label: t('tabSaved') },
            { key: 'trash', label: t('tabTrash') },
          ]}
        />
      </header>
      <OpenDraft api={api} />
      <div role="tabpanel" id={`library-panel-${view}`} aria-labelledby={`library-tab-${view}`} class="library-panel">
        {view === 'notes' && <NotesPanel api={api} />}
        {view === 'saved' && <SavedOutlinesPanel api={api} />}
        {view === 'trash' && <TrashPanel api={api} />}
      </div>
    </div>
  );
}
