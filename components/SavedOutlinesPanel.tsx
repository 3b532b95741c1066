import { useEffect, useState } from 'preact/hooks';
import type { SavedOutline } from '../core/annotation-types.ts';
import { countPoints } from '../core/index.ts';
import { formatTime } from '../pages/note-groups.ts';
import type { NotesApi } from '../pages/notes-api.ts';
import { ExportPanel } from './ExportPanel.tsx';
import { SectionView } from './SectionView.tsx';
import { t } from '../i18n/t.ts';

export type SavedOutlinesPanelProps = {
  api: NotesApi;
};

/** Saved outlines by page, newest first; each opens as the same tree as the live outline. */
export function SavedOutlinesPanel({ api }: SavedOutlinesPanelProps) {
  // The saved outline whose export panel is open, if any.
  const [exporting, setExporting] = useState<string | null>(null);
  const [state, setState] = useState<{ status: 'loading' } | { status: 'error'; error: string } | { status: 'ready'; outlines: SavedOutline[] }>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    void api.listOutlines(null).then((reply) => {
      if (live) setState(reply.ok ? { status: 'ready', outlines: reply.value } : { status: 'error', error: reply.error });
    });
    return () => {
      live = false;
    };
  }, [api]);

  if (state.status === 'loading') return <p class="status">{t('loading')}</p>;
  if (state.status === 'error') return <p class="error-banner" role="alert">{state.error}</p>;
  if (state.outlines.length === 0) {
    return (
      <div class="empty" data-saved-empty>
        <h2 class="empty-title">{t('savedEmptyTitle')}</h2>
        <p>{t('savedEmptyBody')}</p>
      </div>
    );
  }
  const byPage = new Map<string, SavedOutline[]>();
  for (const o of state.outlines) byPage.set(o.url, [...(byPage.get(o.url) ?? []), o]);
  return (
    <div class="saved-outlines">
      {[...byPage].map(([url, outlines]) => (
        <section class="note-group" key={url} data-page-url={url}>
          <header class="note-group-header">
            <h2 class="note-group-title" title={url}>
              {outlines[0]!.outline.title || url}
            </h2>
            <span class="note-group-meta">{new URL(url).hostname}</span>
          </header>
          {outlines.map((o) => (
            <details class="saved-outline" key={o.id} data-saved-outline={o.id}>
              <summary>
                {t('savedAt', formatTime(o.savedAt))} · {t('pointsCount', countPoints(o.outline))}
              </summary>
              <div class="saved-outline-actions">
                <button type="button" class="link-button" aria-expanded={exporting === o.id} onClick={() => setExporting(exporting === o.id ? null : o.id)} data-saved-export>
                  {t('exportButton')}
                </button>
              </div>
              {exporting === o.id && <ExportPanel outline={o.outline} />}
              <div class="outline-sections">
                {o.outline.sections.map((section, i) => (
                  <SectionView key={i} section={section} expandAll={false} />
                ))}
              </div>
            </details>
          ))}
        </section>
      ))}
    </div>
  );
}
