/**
 * The export page's remembered choices (format, numbering, what to include),
 * kept in `browser.storage.local` so the next export starts where the last one
 * ended. Which speech was exported is not kept: it belongs to one page.
 */
import { browser } from 'wxt/browser';
import { OUTLINE_EXPORT_FORMATS, type OutlineExportFormat } from '../core/export/index.ts';

/** What the export panel remembers. */
export interface ExportSettings {
  format: OutlineExportFormat;
  /** `page`: the markers as written; `gbt`: renumbered 一、（一）1.（1）①. */
  numbering: 'page' | 'gbt';
  /** Each point's own text under it. */
  body: boolean;
  /** The reader's notes and 金句 under their points. */
  notes: boolean;
  /** Links back to the page (Markdown, OPML, Word). */
  links: boolean;
  /** Markdown: the first two levels as headings. */
  headings: boolean;
}

/** Storage key; one record so a read is one call. */
export const EXPORT_SETTINGS_KEY = 'export.settings';

/** A first export: Markdown, the page's own markers, headings only, notes on, no links (clean by default). */
export const DEFAULT_EXPORT_SETTINGS: ExportSettings = { format: 'md', numbering: 'page', body: false, notes: true, links: false, headings: true };

function isFormat(v: unknown): v is OutlineExportFormat {
  return (OUTLINE_EXPORT_FORMATS as readonly unknown[]).includes(v);
}

/** The stored choices, with defaults for whatever is missing or unreadable. */
export async function loadExportSettings(): Promise<ExportSettings> {
  try {
    const stored: unknown = (await browser.storage.local.get(EXPORT_SETTINGS_KEY))[EXPORT_SETTINGS_KEY];
    const s = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
    const flag = (key: 'body' | 'notes' | 'links' | 'headings') => (typeof s[key] === 'boolean' ? s[key] : DEFAULT_EXPORT_SETTINGS[key]);
    return {
      format: isFormat(s.format) ? s.format : DEFAULT_EXPORT_SETTINGS.format,
      numbering: s.numbering === 'gbt' ? 'gbt' : 'page',
      body: flag('body'),
      notes: flag('notes'),
      links: flag('links'),
      headings: flag('headings'),
    };
  } catch {
    // No storage (an invalidated extension context): the defaults, for this visit only.
    return { ...DEFAULT_EXPORT_SETTINGS };
  }
}

/** Stores the choices; a failure only means the next export starts from the defaults. */
export async function saveExportSettings(settings: ExportSettings): Promise<void> {
  try {
    await browser.storage.local.set({ [EXPORT_SETTINGS_KEY]: settings });
  } catch {
    // See loadExportSettings.
  }
}
