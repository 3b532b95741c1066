import { useCallback, useEffect, useState } from 'preact/hooks';
import type { PageRecord } from '../core/annotation-types.ts';
import type { TrashedNote } from '../protocol/annotation-wire.ts';
import { formatTime } from '../pages/note-groups.ts';
import type { NotesApi } from '../pages/notes-api.ts';
import { ColorSwatch } from './ColorSwatch.tsx';
import { ConfirmButton } from './ConfirmButton.tsx';
import { contextLine, kindLabel } from './note-labels.ts';
import { t } from '../i18n/t.ts';

export type TrashPanelProps = {
  api: NotesApi;
};

type TrashState = { status: 'loading' } | { status: 'ready'; items: TrashedNote[]; pages: Map<string, PageRecord>; total: number };

/**
 * The 回收站: deleted notes, newest deletion first, each with 恢复 and 彻底删除
 * (asked first), and 清空回收站 (asked first, naming how many). Only what the list
 * shows is ever purged, so a note deleted in another tab meanwhile stays.
 */
export function TrashPanel({ api }: TrashPanelProps) {
  const [state, setState] = useState<TrashState>({ status: 'loading' });
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const load = useCallback(async () => {
    const reply = await api.listTrash();
    if (!reply.ok) return setError(reply.error);
    setState({ status: 'ready', items: reply.value.items, pages: new Map(reply.value.pages.map((p) => [p.url, p])), total: reply.value.total });
  }, [api]);
  useEffect(() => void load(), [load]);

  const restore = async (id: string) => {
    const reply = await api.restore(id);
    if (!reply.ok) return setError(reply.error);
    setNotice(t('trashRestored'));
    await load();
  };
  const purge = async (ids: string[]) => {
    if (ids.length === 0) return;
    const reply = await api.purgeTrash(ids);
    if (!reply.ok) return setError(reply.error);
    setNotice(null);
    await load();
  };

  if (state.status === 'loading') return <p class="status">{error ?? t('loading')}</p>;
  return (
    <div class="trash-panel" data-trash>
      {error && (
        <div class="error-banner" role="alert">
          <span>{error}</span>
          <button type="button" class="link-button" onClick={() => setError(null)} aria-label="×">
            ×
          </button>
        </div>
      )}
      {notice && (
        <p class="trash-notice" role="status">
          {notice}
        </p>
      )}
      {state.items.length === 0 ? (
        <div class="empty" data-trash-empty>
          <h2 class="empty-title">{t('trashEmptyTitle')}</h2>
          <p>{t('trashEmptyBody')}</p>
        </div>
      ) : (
        <>
          <div class="trash-header">
            <p class="notes-total">{t('trashCount', state.total)}</p>
            <ConfirmButton
              label={t('trashEmptyAll')}
              question={t('trashEmptyAllConfirm', state.items.length)}
              class="button"
              onConfirm={() => void purge(state.items.map((item) => item.annotation.id))}
            />
          </div>
          <ul class="notes trash-list">
            {state.items.map(({ annotation: a, deletedAt }) => {
              const page = state.pages.get(a.url);
              const context = contextLine(a.context);
              return (
                <li class={`note note--${a.kind}`} key={a.id} data-trash-id={a.id}>
                  <p class={`note-quote note-quote--${a.color}`}>{a.quote}</p>
                  {a.note && <p class="note-text">{a.note}</p>}
                  <div class="note-meta">
                    <ColorSwatch color={a.color} />
                    <span class={`note-kind note-kind--${a.kind}`}>{kindLabel(a.kind)}</span>
                    <span class="note-page" title={a.url}>
                      {page?.title || a.url}
                    </span>
                    {context && <span class="note-context">{context}</span>}
                    <time class="note-time" dateTime={new Date(deletedAt).toISOString()}>
                      {t('trashDeletedAt', formatTime(deletedAt))}
                    </time>
                    <span class="note-actions">
                      <button type="button" class="link-button" data-trash-restore onClick={() => void restore(a.id)}>
                        {t('trashRestore')}
                      </button>
                      <ConfirmButton label={t('trashPurge')} question={t('trashPurgeConfirm')} onConfirm={() => void purge([a.id])} />
                    </span>
                  </div>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </div>
  );
}
