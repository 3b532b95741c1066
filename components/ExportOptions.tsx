import { EXPORT_OPTION_FORMATS, type OutlineExportFormat } from '../core/export/index.ts';
import type { OutlineSection } from '../core/types.ts';
import type { ExportSettings } from '../storage/export-settings.ts';
import { t } from '../i18n/t.ts';

export type ExportOptionsProps = {
  settings: ExportSettings;
  onChange: (changes: Partial<ExportSettings>) => void;
  sections: readonly OutlineSection[];
  /** The 0-based speech exported, or null for the whole page. */
  section: number | null;
  onSection: (section: number | null) => void;
  /** How many notes and 金句 the page has (the option is off without any). */
  noteCount: number;
  /** Links need the page's address; a file has none. */
  canLink: boolean;
  /** Markdown's keywords option (asks the background for them). */
  withKeywords: boolean;
  onKeywords: (on: boolean) => void;
};

/** Formats that can carry the reader's notes under their points. */
const NOTE_FORMATS: ReadonlySet<OutlineExportFormat> = new Set(['md', 'opml', 'xmind', 'docx']);

const has = (list: readonly OutlineExportFormat[], format: OutlineExportFormat) => list.includes(format);

/** The export's scope (整页 or one speech), numbering and what goes in, offered only where the chosen format uses them. */
export function ExportOptions({ settings, onChange, sections, section, onSection, noteCount, canLink, withKeywords, onKeywords }: ExportOptionsProps) {
  const { format } = settings;
  const check = (key: 'body' | 'notes' | 'links' | 'headings', label: string, disabled = false) => (
    <label>
      <input type="checkbox" checked={settings[key] && !disabled} disabled={disabled} onChange={(e) => onChange({ [key]: e.currentTarget.checked })} data-option={key} /> {label}
    </label>
  );
  return (
    <div class="export-options">
      {sections.length > 1 && (
        <label class="export-scope">
          {t('exportScope')}{' '}
          <select value={section === null ? '' : String(section)} onChange={(e) => onSection(e.currentTarget.value === '' ? null : Number(e.currentTarget.value))} data-export-scope>
            <option value="">{t('exportScopeWhole', sections.length)}</option>
            {sections.map((s, i) => (
              <option key={i} value={String(i)}>
                {/^篇\s*\d/.test(s.title) ? s.title : t('exportScopeSection', i + 1, s.title)}
              </option>
            ))}
          </select>
        </label>
      )}
      {has(EXPORT_OPTION_FORMATS.numbering, format) && (
        <span class="export-numbering" role="radiogroup" aria-label={t('exportNumbering')}>
          {t('exportNumbering')}{' '}
          {(['page', 'gbt'] as const).map((n) => (
            <label key={n}>
              <input type="radio" name="export-numbering" checked={settings.numbering === n} onChange={() => onChange({ numbering: n })} data-numbering={n} />
              {n === 'page' ? t('exportNumberingPage') : t('exportNumberingGbt')}
            </label>
          ))}
        </span>
      )}
      {format === 'md' && check('headings', t('exportHeadings'))}
      {has(EXPORT_OPTION_FORMATS.body, format) && check('body', t('exportBody'))}
      {NOTE_FORMATS.has(format) && (
        <>
          {check('notes', t('exportNotesOption'), noteCount === 0)}
          {noteCount > 0 && ` (${noteCount})`}
        </>
      )}
      {has(EXPORT_OPTION_FORMATS.links, format) && check('links', t('exportLinks'), !canLink)}
      {format === 'md' && (
        <label>
          <input type="checkbox" checked={withKeywords} onChange={(e) => onKeywords(e.currentTarget.checked)} data-option="keywords" /> {t('exportKeywords')}
        </label>
      )}
    </div>
  );
}
