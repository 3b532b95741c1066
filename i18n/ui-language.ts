/**
 * The reader's choice of language, when it is not the browser's. browser.i18n
 * cannot switch language, so the chosen locale's messages.json is copied into
 * storage.local when the reader picks it (extension pages can read the file;
 * a content script could not without exposing it to every web page), and every
 * part of the extension loads it before it shows words.
 */
import { browser } from 'wxt/browser';
import { useMessages, type LocaleMessage, type LocaleMessages, type MessageKey } from './t.ts';

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

/** Substitutions that leave `$1`…`$9` in place: browser.i18n then returns a message `formatMessage` can fill later. */
const POSITIONAL = ['$1', '$2', '$3', '$4', '$5', '$6', '$7', '$8', '$9'];

/**
 * The entries of `keys` in the reader's language, as `formatMessage` takes
 * them: from the stored choice when there is one, else from browser.i18n (its
 * pick of the browser's language, named placeholders already resolved to
 * `$1`…). Read afresh each time, so an answer given right after the background
 * woke up is not in the browser's language by mistake. A key no file has is left out.
 */
export async function loadMessagesFor(keys: readonly MessageKey[]): Promise<LocaleMessages> {
  let stored: unknown;
  try {
    stored = (await browser.storage.local.get(UI_LANGUAGE_KEY))[UI_LANGUAGE_KEY];
  } catch {
    stored = undefined;
  }
  const chosen = isStoredChoice(stored) ? stored.messages : null;
  const getMessage = browser.i18n.getMessage as (name: string, substitutions?: string[]) => string;
  const table: Record<string, LocaleMessage> = {};
  for (const key of keys) {
    const entry = chosen?.[key];
    const message = entry ? null : getMessage(key, POSITIONAL);
    if (entry) table[key] = entry;
    else if (message) table[key] = { message };
  }
  return table;
}
