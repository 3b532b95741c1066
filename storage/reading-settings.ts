/**
 * The reader's two remembered choices, kept in `browser.storage.local` so they
 * hold on every page and after a restart: highlights on or off, panel open or closed.
 */
import { browser } from 'wxt/browser';

/** What is remembered. */
export interface ReadingSettings {
  highlights: boolean;
  panelOpen: boolean;
}

/** Storage key; one record so a read is one call. */
export const READING_SETTINGS_KEY = 'reading.settings';

/** The settings a first-time reader gets: highlights on, panel closed (a small tab shows it is there). */
export const DEFAULT_READING_SETTINGS: ReadingSettings = { highlights: true, panelOpen: false };

/** The stored settings, with defaults for whatever is missing or unreadable. */
export async function loadReadingSettings(): Promise<ReadingSettings> {
  try {
    const stored: unknown = (await browser.storage.local.get(READING_SETTINGS_KEY))[READING_SETTINGS_KEY];
    const s = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
    return {
      highlights: typeof s.highlights === 'boolean' ? s.highlights : DEFAULT_READING_SETTINGS.highlights,
      panelOpen: typeof s.panelOpen === 'boolean' ? s.panelOpen : DEFAULT_READING_SETTINGS.panelOpen,
    };
  } catch {
    // An invalidated extension context (the extension was reloaded) has no storage.
    return { ...DEFAULT_READING_SETTINGS };
  }
}

/** Stores the settings; failures are ignored (the choice then lasts for this page only). */
export async function saveReadingSettings(settings: ReadingSettings): Promise<void> {
  try {
    await browser.storage.local.set({ [READING_SETTINGS_KEY]: settings });
  } catch {
    // See loadReadingSettings.
  }
}

/**
 * Storage key of the panel's width, kept apart from the two switches above so
 * that saving those (a whole record) never overwrites the width and back.
 */
export const PANEL_WIDTH_KEY = 'reading.panelWidth';

/** The panel's remembered width in CSS px, or null when the reader never dragged it (or it is unreadable). */
export async function loadPanelWidth(): Promise<number | null> {
  try {
    const stored: unknown = (await browser.storage.local.get(PANEL_WIDTH_KEY))[PANEL_WIDTH_KEY];
    return typeof stored === 'number' && Number.isFinite(stored) && stored > 0 ? stored : null;
  } catch {
    return null;
  }
}

/** Remembers the panel's width; failures are ignored (the width then lasts for this page only). */
export async function savePanelWidth(width: number): Promise<void> {
  try {
    await browser.storage.local.set({ [PANEL_WIDTH_KEY]: Math.round(width) });
  } catch {
    // See loadReadingSettings.
  }
}
