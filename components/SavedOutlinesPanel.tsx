import { useCallback, useEffect, useState } from 'preact/hooks';
import type { SavedOutline } from '../core/annotation-types.ts';
import type { NotesApi } from '../pages/notes-api.ts';
import { useUndoKey } from '../hooks/use-undo-key.ts';
import { SavedOutlineItem } from './SavedOutlineItem.tsx';
import { UndoToast } from './UndoToast.tsx';
import { t } from '../i18n/t.ts';

export type SavedOutlinesPanelProps = {
  api: NotesApi;
};

type PanelState = { status: 'loading' } | { status: 'error'; error: string } | { status: 'ready'; outlines: SavedOutline[] };

/**
 * Saved outlines by page, newest first; each opens as the same tree as the live
 * outline, and can be renamed, opened at its page, exported and deleted (asked
 * first; 撤销 or Ctrl+Z puts it back).
 */
export function SavedOutlinesPanel({ api }: SavedOutlinesPanelProps) {
  const [state, setState] = useState<PanelState>({ status: 'loading' });
  const [error, setError] = useState<string | null>(null);
  // The last deleted outline, which 撤销 or Ctrl+Z puts back; the toast may go first.
  const [deleted, setDeleted] = useState<SavedOutline | null>(null);
  const [toast, setToast] = useState(false);
  const load = useCallback(async () => {
    const reply = await api.listOutlines(null);
    setState(reply.ok ? { status: 'ready', outlines: reply.value } : { status: 'error', error: reply.error });
  }, [api]);
  useEffect(() => void load(), [load]);

  const replace = (next: SavedOutline) =>
    setState((s) => (s.status === 'ready' ? { status: 'ready', outlines: s.outlines.map((o) => (o.id === next.id ? next : o)) } : s));
  const rename = async (id: string, name: string) => {
    const reply = await api.renameOutline(id, name);
    if (!reply.ok) {
      setError(reply.error);
      return false;
    }
    replace(reply.value);
    return true;
  };
  const remove = async (id: string) => {
    const reply = await api.deleteOutline(id);
    if (!reply.ok) return setError(reply.error);
    setDeleted(reply.value);
    setToast(true);
    setState((s) => (s.status === 'ready' ? { status: 'ready', outlines: s.outlines.filter((o) => o.id !== id) } : s));
  };
  const undo = useCallback(async () => {
    if (!deleted) return;
    const reply = await api.restoreOutline(deleted);
    if (!reply.ok) return setError(reply.error);
    setDeleted(null);
    setToast(false);
    await load();
  }, [api, deleted, load]);
  useUndoKey(undo);
  const dismissToast = useCallback(() => setToast(false), []);

  if (state.status === 'loading') return <p class="status">{t('loading')}</p>;
  if (state.status === 'error') return <p class="error-banner" role="alert">{state.error}</p>;
  const byPage = new Map<string, SavedOutline[]>();
  for (const o of state.outlines) byPage.set(o.url, [...(byPage.get(o.url) ?? []), o]);
  return (
    <div class="saved-outlines">
      {error && (
        <div class="error-banner" role="alert">
          <span>{error}</span>
          <button type="button" class="link-button" onClick={() => setError(null)} aria-label="×">
            ×
          </button>
        </div>
      )}
      {state.outlines.length === 0 && (
        <div class="empty" data-saved-empty>
          <h2 class="empty-title">{t('savedEmptyTitle')}</h2>
          <p>{t('savedEmptyBody')}</p>
        </div>
      )}
      {[...byPage].map(([url, outlines]) => (
        <section class="note-group" key={url} data-page-url={url}>
          <header class="note-group-header">
            <h2 class="note-group-title" title={url}>
              {outlines[0]!.outline.title || url}
            </h2>
            <span class="note-group-meta">{hostOf(url)}</span>
          </header>
          {outlines.map((o) => (
            <SavedOutlineItem key={o.id} saved={o} onRename={(name) => rename(o.id, name)} onDelete={() => void remove(o.id)} onOpenPage={() => void api.openPage(o.url)} />
          ))}
        </section>
      ))}
      {toast && deleted && <UndoToast message={t('outlineDeleted')} onUndo={() => void undo()} onDismiss={dismissToast} />}
    </div>
  );
}

/** The host name shown beside a page's title ('' for an address without one). */
function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}
