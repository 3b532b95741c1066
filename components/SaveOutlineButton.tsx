import { useState } from 'preact/hooks';
import type { OutlineDocument } from '../core/index.ts';
import type { NotesApi } from '../pages/notes-api.ts';
import { t } from '../i18n/t.ts';

export type SaveOutlineButtonProps = {
  outline: OutlineDocument;
  api: NotesApi;
};

/** "保存提纲": keeps a copy of the tab's outline and says so — or that an unchanged copy was updated instead of duplicated (or why not). */
export function SaveOutlineButton({ outline, api }: SaveOutlineButtonProps) {
  const [state, setState] = useState<{ status: 'idle' | 'saving' | 'saved' | 'updated' } | { status: 'error'; error: string }>({ status: 'idle' });
  const save = async () => {
    setState({ status: 'saving' });
    const reply = await api.saveOutline(outline);
    setState(reply.ok ? { status: reply.value.updated ? 'updated' : 'saved' } : { status: 'error', error: reply.error });
  };
  return (
    <span class="save-outline">
      <button type="button" class="outline-toggle" data-save-outline disabled={outline.url === null || state.status === 'saving'} onClick={() => void save()}>
        {t('saveOutline')}
      </button>
      {(state.status === 'saved' || state.status === 'updated') && (
        <span class="save-outline-status" role="status">
          {t(state.status === 'saved' ? 'outlineSaved' : 'outlineUpdated')}
        </span>
      )}
      {state.status === 'error' && (
        <span class="save-outline-status save-outline-status--error" role="alert">
          {state.error}
        </span>
      )}
    </span>
  );
}
