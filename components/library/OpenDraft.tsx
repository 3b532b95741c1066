import { useEffect, useRef, useState } from 'preact/hooks';
import type { NotesApi } from '../../pages/notes-api.ts';
import { readDraftFile, type OpenedDraft } from '../../pages/read-draft.ts';
import { DraftView } from './DraftView.tsx';
import { t } from '../../i18n/t.ts';

export type OpenDraftProps = {
  api: NotesApi;
};

/** What the picker offers; dropped files of other kinds get the same plain refusal. */
const ACCEPT = '.docx,.txt,.md,.markdown,.html,.htm';

/** True while a drag carries files (not text or a link dragged about the page). */
function carriesFiles(event: DragEvent): boolean {
  return [...(event.dataTransfer?.types ?? [])].includes('Files');
}

/**
 * 打开文稿: a file picker and drag and drop onto the whole library page. The
 * file is read here and shown below; a file that cannot be read leaves the
 * draft already open as it was and says why.
 */
export function OpenDraft({ api }: OpenDraftProps) {
  const input = useRef<HTMLInputElement>(null);
  const [draft, setDraft] = useState<OpenedDraft | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [dragging, setDragging] = useState(false);

  const open = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    setError(null);
    const reply = await readDraftFile(file);
    setBusy(false);
    if (reply.ok) setDraft(reply.value);
    else setError(reply.error);
  };

  useEffect(() => {
    const over = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      // Without this the browser would open the file in place of the library.
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
      setDragging(true);
    };
    const leave = (e: DragEvent) => {
      if (e.relatedTarget === null) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      setDragging(false);
      void open(e.dataTransfer?.files[0]);
    };
    document.addEventListener('dragover', over);
    document.addEventListener('dragleave', leave);
    document.addEventListener('drop', drop);
    return () => {
      document.removeEventListener('dragover', over);
      document.removeEventListener('dragleave', leave);
      document.removeEventListener('drop', drop);
    };
  }, []);

  return (
    <div class={dragging ? 'open-draft open-draft--dragging' : 'open-draft'} data-open-draft>
      <p class="open-draft-bar">
        <button type="button" class="button" onClick={() => input.current?.click()} disabled={busy} data-open-draft-button>
          {t('draftOpen')}
        </button>
        <input
          ref={input}
          type="file"
          accept={ACCEPT}
          hidden
          data-open-draft-input
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            // Cleared so picking the same file again (after editing it) reads it again.
            e.currentTarget.value = '';
            void open(file);
          }}
        />
        <span class="open-draft-hint">{busy ? t('draftReading') : t('draftHint')}</span>
      </p>
      {error && (
        <p class="error-banner" role="alert" data-draft-error>
          {error}
        </p>
      )}
      {draft && <DraftView key={draft.fileName} draft={draft} api={api} onClose={() => setDraft(null)} />}
    </div>
  );
}
