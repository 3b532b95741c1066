import { useState } from 'preact/hooks';
import { extensionNotesApi, type NotesApi } from '../pages/notes-api.ts';
import { ExportPage } from './ExportPage.tsx';
import { NotesPanel } from './NotesPanel.tsx';
import { OpenDraft } from './library/OpenDraft.tsx';
import { SavedOutlinesPanel } from './SavedOutlinesPanel.tsx';
import { TabBar } from './TabBar.tsx';
import { t } from '../i18n/t.ts';

export type LibraryAppProps = {
  /** `?view=saved` opens the saved outlines; `?export=<tabId>` the export of that tab's outline. */
  search: string;
  api?: NotesApi;
};

/** The full-tab library: the popup's notes and saved outlines with room for longer reviews. */
export function LibraryApp({ search, api = extensionNotesApi }: LibraryAppProps) {
  const [view, setView] = useState<'notes' | 'saved'>(() => (new URLSearchParams(search).get('view') === 'saved' ? 'saved' : 'notes'));
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
          <ExportPage tabId={Number(exportTab)} />
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
          ]}
        />
      </header>
      <OpenDraft api={api} />
      <div role="tabpanel" id={`library-panel-${view}`} aria-labelledby={`library-tab-${view}`} class="library-panel">
        {view === 'notes' ? <NotesPanel api={api} /> : <SavedOutlinesPanel api={api} />}
      </div>
    </div>
  );
}
