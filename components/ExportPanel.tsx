import { useEffect, useState } from 'preact/hooks';
import type { Annotation } from '../core/annotation-types.ts';
import { buildExport, type ExportFile, type OutlineExportFormat, type OutlineExportOptions, type PointKeywords } from '../core/export/index.ts';
import type { OutlineDocument } from '../core/types.ts';
import { downloadFile } from '../pages/download-file.ts';
import { fetchPointKeywords } from '../pages/export-keywords.ts';
import type { Result } from '../protocol/result.ts';
import { DEFAULT_EXPORT_SETTINGS, loadExportSettings, saveExportSettings, type ExportSettings } from '../storage/export-settings.ts';
import { ExportOptions } from './ExportOptions.tsx';
import { t, type MessageKey } from '../i18n/t.ts';

export type ExportPanelProps = {
  outline: OutlineDocument;
  /** The page's notes and 金句, for the Markdown option that puts them under their points. */
  annotations?: readonly Annotation[];
  /** Loads keywords per point (jieba in the background by default). */
  loadKeywords?: (outline: OutlineDocument) => Promise<Result<PointKeywords>>;
  /** The speech chosen at first (0-based), or null for the whole page. */
  initialSection?: number | null;
  /** Saves a built file (a download by default). */
  save?: (file: ExportFile) => void;
  /** Puts text on the clipboard. */
  copy?: (text: string) => Promise<void>;
  /** The remembered choices (storage.local by default). */
  loadSettings?: () => Promise<ExportSettings>;
  saveSettings?: (settings: ExportSettings) => Promise<void>;
};

/** The outline formats, in the order offered. */
const FORMATS: ReadonlyArray<{ format: OutlineExportFormat; label: MessageKey }> = [
  { format: 'md', label: 'exportFormatMd' },
  { format: 'txt', label: 'exportFormatTxt' },
  { format: 'gbt', label: 'exportFormatGbt' },
  { format: 'opml', label: 'exportFormatOpml' },
  { format: 'xmind', label: 'exportFormatXmind' },
  { format: 'docx', label: 'exportFormatDocx' },
  { format: 'json', label: 'exportFormatJson' },
];

/** One empty list for every panel without notes: a new [] per render would rebuild the export forever. */
const NO_ANNOTATIONS: readonly Annotation[] = [];

const COPYABLE: ReadonlySet<OutlineExportFormat> = new Set(['md', 'txt', 'gbt']);

function textOf(file: ExportFile): string {
  return typeof file.data === 'string' ? file.data : '';
}

/**
 * Every export of an outline: the whole page or one speech, a format and the
 * options it takes (remembered for next time), a preview of text formats,
 * copy for md/txt, download for any.
 */
export function ExportPanel({
  outline, annotations = NO_ANNOTATIONS, initialSection = null, loadKeywords = fetchPointKeywords, save = downloadFile, copy = (text) => navigator.clipboard.writeText(text),
  loadSettings = loadExportSettings, saveSettings = saveExportSettings,
}: ExportPanelProps) {
  const [settings, setSettings] = useState<ExportSettings>(DEFAULT_EXPORT_SETTINGS);
  // Nothing is stored before the remembered choices arrived, or the defaults would overwrite them.
  const [loaded, setLoaded] = useState(false);
  const [section, setSection] = useState<number | null>(() => (initialSection !== null && outline.sections[initialSection] ? initialSection : null));
  const [withKeywords, setWithKeywords] = useState(false);
  const [keywords, setKeywords] = useState<PointKeywords | null>(null);
  const [file, setFile] = useState<ExportFile | null>(null);
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const { format } = settings;

  useEffect(() => {
    let live = true;
    void loadSettings().then((stored) => {
      if (!live) return;
      setSettings(stored);
      setLoaded(true);
    });
    return () => {
      live = false;
    };
  }, []);

  const change = (changes: Partial<ExportSettings>) => {
    const next = { ...settings, ...changes };
    setSettings(next);
    if (loaded) void saveSettings(next);
  };

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
    const options: OutlineExportOptions = {
      headings: settings.headings,
      keywords: withKeywords && keywords ? keywords : undefined,
      annotations: settings.notes && annotations.length > 0 ? annotations : undefined,
      body: settings.body,
      numbering: settings.numbering,
      links: settings.links && outline.url !== null,
      section: section ?? undefined,
    };
    void buildExport(format, outline, options).then((built) => {
      if (live) setFile(built);
    });
    return () => {
      live = false;
    };
  }, [settings, section, withKeywords, keywords, outline, annotations]);

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
            <input type="radio" name="export-format" value={f.format} checked={format === f.format} onChange={() => change({ format: f.format })} data-format={f.format} />
            {t(f.label)}
          </label>
        ))}
      </fieldset>
      <ExportOptions
        settings={settings}
        onChange={change}
        sections={outline.sections}
        section={section}
        onSection={setSection}
        noteCount={annotations.length}
        canLink={outline.url !== null}
        withKeywords={withKeywords}
        onKeywords={setWithKeywords}
      />
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
