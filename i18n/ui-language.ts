/**
 * The reader's choice of language, when it is not the browser's. browser.i18n
 * cannot switch language, so the chosen locale's messages.json is copied into
 * storage.local when the reader picks it (extension pages can read the file;
 * a content script could not without exposing it to every web page), and every
 * part of the extension loads it before it shows words.
 */
import { browser } from 'wxt/browser';
import { useMessages, type LocaleMessages } from './t.ts';

/** The languages the extension ships (public/_locales), and 'auto' for the browser's. */
export const UI_LANGUAGES = ['auto', 'zh_CN', 'en'] as const;

/** A language choice. */
export type UiLanguageChoice = (typeof UI_LANGUAGES)[number];

/** storage.local key: `{ code, messages }` while a language is chosen, absent for the browser's. */
export const UI_LANGUAGE_KEY = 'ui.language';

interface StoredChoice {
  code: Exclude<UiLanguageChoice, 'auto'>;
  messages: LocaleMessages;
}

function isStoredChoice(v: unknown): v is StoredChoice {
  if (typeof v !== 'object' || v === null) return false;
  const c = v as Record<string, unknown>;
  return (UI_LANGUAGES as readonly unknown[]).includes(c.code) && c.code !== 'auto' && typeof c.messages === 'object' && c.messages !== null;
}

/** The stored choice ('auto' when none, or when storage cannot be read). */
export async function loadUiLanguageChoice(): Promise<UiLanguageChoice> {
  try {
    const stored: unknown = (await browser.storage.local.get(UI_LANGUAGE_KEY))[UI_LANGUAGE_KEY];
    return isStoredChoice(stored) ? stored.code : 'auto';
  } catch {
    return 'auto';
  }
}

/** Makes `t` speak the chosen language, if one is stored. Call before showing any words. */
export async function applyUiLanguage(): Promise<void> {
  try {
    const stored: unknown = (await browser.storage.local.get(UI_LANGUAGE_KEY))[UI_LANGUAGE_KEY];
    useMessages(isStoredChoice(stored) ? stored.messages : null);
  } catch {
    // An invalidated extension context (reloaded extension) keeps the browser's language.
  }
}

/** The messages.json of `code`, read from the extension's own files (extension pages and the background only). */
async function readLocaleFile(code: Exclude<UiLanguageChoice, 'auto'>): Promise<LocaleMessages> {
  // _locales is copied by WXT from public/, outside its list of typed public paths.
  const path = `/_locales/${code}/messages.json` as Parameters<typeof browser.runtime.getURL>[0];
  const response = await fetch(browser.runtime.getURL(path));
  return (await response.json()) as LocaleMessages;
}

/** Stores the reader's choice and speaks it here at once. */
export async function saveUiLanguageChoice(choice: UiLanguageChoice): Promise<void> {
  if (choice === 'auto') {
    await browser.storage.local.remove(UI_LANGUAGE_KEY);
    useMessages(null);
    return;
  }
  const messages = await readLocaleFile(choice);
  await browser.storage.local.set({ [UI_LANGUAGE_KEY]: { code: choice, messages } satisfies StoredChoice });
  useMessages(messages);
}

/** After an update the stored copy may lack new keys: copy the chosen file again (the background calls this). */
export async function refreshStoredUiLanguage(): Promise<void> {
  const choice = await loadUiLanguageChoice();
  if (choice !== 'auto') await saveUiLanguageChoice(choice);
}

let ready: Promise<void> | null = null;

/** `applyUiLanguage` once per context: what a content script's UI awaits before its first words. */
export function uiLanguageReady(): Promise<void> {
  ready ??= applyUiLanguage();
  return ready;
}
