import { useEffect, useState } from 'preact/hooks';
import type { Annotation } from '../core/annotation-types.ts';
import { countPoints } from '../core/index.ts';
import type { OutlineDocument } from '../core/types.ts';
import { sendMessage } from '../protocol/send.ts';
import { ExportPanel } from './ExportPanel.tsx';
import { t } from '../i18n/t.ts';

export type ExportPageProps = {
  /** The tab whose current outline is exported (`library.html?export=<tabId>`). */
  tabId: number;
  /** The speech (0-based) chosen at first (`&section=`, from the panel's 导出本篇); null or one the page lacks: the whole page. */
  section?: number | null;
};

type State = { status: 'loading' } | { status: 'error'; error: string } | { status: 'empty' } | { status: 'ready'; outline: OutlineDocument; annotations: Annotation[] };

/** The export page the reading panel opens: the tab's current outline in every format, with its notes. */
export function ExportPage({ tabId, section = null }: ExportPageProps) {
  const [state, setState] = useState<State>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    void (async () => {
      const reply = await sendMessage('outline/get', { tabId });
      let next: State;
      if (!reply.ok) next = { status: 'error', error: reply.error };
      else if (!reply.value) next = { status: 'empty' };
      else {
        const outline = reply.value;
        const notes = outline.url ? await sendMessage('annotation/list', { url: outline.url }) : null;
        next = { status: 'ready', outline, annotations: notes?.ok ? notes.value : [] };
      }
      if (live) setState(next);
    })();
    return () => {
      live = false;
    };
  }, [tabId]);

  if (state.status === 'loading') return <p class="status">{t('loading')}</p>;
  if (state.status === 'error') return <p class="error-banner" role="alert">{state.error}</p>;
  if (state.status === 'empty') return <p class="empty" data-export-empty>{t('exportNoOutline')}</p>;
  const { outline, annotations } = state;
  return (
    <section class="export-page" data-export-page>
      <header class="export-header">
        <h2 class="export-title">{outline.title || t('exportTitle')}</h2>
        <p class="note-group-meta">
          {t('counts', outline.sections.length, countPoints(outline))}
          {outline.url && (
            <>
              {' · '}
              <a href={outline.url} target="_blank" rel="noopener noreferrer">
                {outline.url}
              </a>
            </>
          )}
        </p>
      </header>
      <ExportPanel outline={outline} annotations={annotations} initialSection={section !== null && section < outline.sections.length ? section : null} />
    </section>
  );
}
