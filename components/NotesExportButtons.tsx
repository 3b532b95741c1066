import { useState } from 'preact/hooks';
import type { Annotation, PageRecord } from '../core/annotation-types.ts';
import type { ExportFile, NotesExportFormat } from '../core/export/index.ts';
import { downloadFile } from '../pages/download-file.ts';
import type { Result } from '../protocol/result.ts';
import { buildNotesListExport } from '../pages/notes-export.ts';
import { t } from '../i18n/t.ts';

export type NotesExportButtonsProps = {
  /** The notes to export (all the filters show, or a search's hits). */
  collect: () => Promise<Result<{ annotations: Annotation[]; pages: PageRecord[] }>>;
  /** Saves a built file (a download by default). */
  save?: (file: ExportFile) => void;
};

const FORMATS: ReadonlyArray<{ format: NotesExportFormat; label: string }> = [
  { format: 'md', label: 'Markdown' },
  { format: 'csv', label: 'CSV' },
  { format: 'jsonld', label: 'JSON-LD' },
];

/** 导出笔记: the notes in view as Markdown, CSV (Excel/WPS) or W3C Web Annotation JSON-LD. */
export function NotesExportButtons({ collect, save = downloadFile }: NotesExportButtonsProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (format: NotesExportFormat) => {
    setBusy(true);
    setError(null);
    const notes = await collect();
    setBusy(false);
    if (!notes.ok) setError(notes.error);
    else save(buildNotesListExport(format, notes.value.annotations, notes.value.pages));
  };
  return (
    <div class="notes-export" data-notes-export>
      <span class="notes-export-label">{t('exportNotesButton')}：</span>
      {FORMATS.map((f) => (
        <button key={f.format} type="button" class="link-button" disabled={busy} onClick={() => void run(f.format)} data-notes-export-format={f.format}>
          {f.label}
        </button>
      ))}
      {error && (
        <span class="error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
