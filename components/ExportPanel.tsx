import { useEffect, useState } from 'preact/hooks';
import type { Annotation } from '../core/annotation-types.ts';
import { buildExport, type ExportFile, type OutlineExportFormat, type PointKeywords } from '../core/export/index.ts';
import type { OutlineDocument } from '../core/types.ts';
import { downloadFile } from '../pages/download-file.ts';
import { fetchPointKeywords } from '../pages/export-keywords.ts';
import type { Result } from '../protocol/result.ts';
import { t } from '../i18n/t.ts';

export type ExportPanelProps = {
  outline: OutlineDocument;
  /** The page's notes and 金句, for the Markdown option that puts them under their points. */
  annotations?: readonly Annotation[];
  /** Loads keywords per point (jieba in the background by default). */
  loadKeywords?: (outline: OutlineDocument) => Promise<Result<PointKeywords>>;
  /** Saves a built file (a download by default). */
  save?: (file: ExportFile) => void;
  /** Puts text on the clipboard. */
  copy?: (text: string) => Promise<void>;
};

/** The outline formats, in the order offered. */
const FORMATS: ReadonlyArray<{ format: OutlineExportFormat; label: string }> = [
  { format: 'md', label: 'Markdown' },
  { format: 'txt', label: '纯文本（原文序号）' },
  { format: 'gbt', label: '纯文本（公文格式 GB/T 9704 重新编号）' },
  { format: 'opml', label: 'OPML（思维导图）' },
  { format: 'docx', label: 'Word（.docx）' },
  { format: 'json', label: 'JSON' },
];

/** One empty list for every panel without notes: a new [] per render would rebuild the export forever. */
const NO_ANNOTATIONS: readonly Annotation[] = [];

const COPYABLE: ReadonlySet<OutlineExportFormat> = new Set(['md', 'txt', 'gbt']);

function textOf(file: ExportFile): string {
  return typeof file.data === 'string' ? file.data : '';
}

/** Every export of an outline: pick a format (and Markdown's options), preview text formats, copy md/txt, download any. */
export function ExportPanel({ outline, annotations = NO_ANNOTATIONS, loadKeywords = fetchPointKeywords, save = downloadFile, copy = (text) => navigator.clipboard.writeText(text) }: ExportPanelProps) {
  const [format, setFormat] = useState<OutlineExportFormat>('md');
  const [headings, setHeadings] = useState(true);
  const [withKeywords, setWithKeywords] = useState(false);
  const [withNotes, setWithNotes] = useState(annotations.length > 0);
  const [keywords, setKeywords] = useState<PointKeywords | null>(null);
  const [file, setFile] = useState<ExportFile | null>(null);
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);

  // Keywords are asked for once, when the option is first ticked.
  useEffect(() => {
    if (!withKeywords || keywords) return;
    let live = true;
    void loadKeywords(outline).then((reply) => {
      if (!live) return;
      if (reply.ok) setKeywords(reply.value);
      else setMessage({ tone: 'error', text: t('exportKeywordsFailed', reply.error) });
    });
    return () => {
      live = false;
    };
  }, [withKeywords, keywords, outline]);

  useEffect(() => {
    let live = true;
    // No stale file while the new one builds: 下载 must never save the previous format.
    setFile(null);
    const options = {
      headings,
      keywords: withKeywords && keywords ? keywords : undefined,
      annotations: withNotes ? annotations : undefined,
    };
    void buildExport(format, outline, options).then((built) => {
      if (live) setFile(built);
    });
    return () => {
      live = false;
    };
  }, [format, headings, withKeywords, keywords, withNotes, outline, annotations]);

  const onCopy = async () => {
    if (!file) return;
    try {
      await copy(textOf(file));
      setMessage({ tone: 'ok', text: t('exportCopied') });
    } catch (error) {
      setMessage({ tone: 'error', text: error instanceof Error ? error.message : String(error) });
    }
  };
  const onDownload = () => {
    if (!file) return;
    save(file);
    setMessage({ tone: 'ok', text: t('exportDownloaded', file.filename) });
  };

  return (
    <div class="export-panel" data-export-panel>
      <fieldset class="export-formats">
        <legend>{t('exportFormat')}</legend>
        {FORMATS.map((f) => (
          <label key={f.format} class="export-format">
            <input type="radio" name="export-format" value={f.format} checked={format === f.format} onChange={() => setFormat(f.format)} data-format={f.format} />
            {f.label}
          </label>
        ))}
      </fieldset>
      {format === 'md' && (
        <div class="export-options">
          <label>
            <input type="checkbox" checked={headings} onChange={(e) => setHeadings(e.currentTarget.checked)} data-option="headings" /> {t('exportHeadings')}
          </label>
          <label>
            <input type="checkbox" checked={withKeywords} onChange={(e) => setWithKeywords(e.currentTarget.checked)} data-option="keywords" /> {t('exportKeywords')}
          </label>
          <label>
            <input type="checkbox" checked={withNotes} disabled={annotations.length === 0} onChange={(e) => setWithNotes(e.currentTarget.checked)} data-option="notes" /> {t('exportNotes')}
            {annotations.length > 0 && ` (${annotations.length})`}
          </label>
        </div>
      )}
      <div class="export-actions">
        {COPYABLE.has(format) && (
          <button type="button" class="button" onClick={() => void onCopy()} disabled={!file} data-export-copy>
            {t('exportCopy')}
          </button>
        )}
        <button type="button" class="button button--primary" onClick={onDownload} disabled={!file} data-export-download>
          {t('exportDownload')}
        </button>
        {file && <span class="export-filename">{file.filename}</span>}
      </div>
      {message && (
        <p class={message.tone === 'error' ? 'error-banner' : 'status'} role={message.tone === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
      <h3 class="export-preview-title">{t('exportPreview')}</h3>
      {format === 'docx' ? <p class="status">{t('exportNoPreview')}</p> : <pre class="export-preview" data-export-preview>{file ? textOf(file) : ''}</pre>}
    </div>
  );
}
