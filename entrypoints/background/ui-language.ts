/**
 * The background's words (context menus) in the reader's language: loaded at
 * start, again when the options page changes it, and the stored copy of the
 * chosen locale refreshed after an update (it may lack new keys).
 */
import { browser } from 'wxt/browser';
import { applyUiLanguage, refreshStoredUiLanguage, UI_LANGUAGE_KEY } from '../../i18n/ui-language.ts';

/** Loads the language now and whenever it changes, calling `onApplied` after each load. */
export function setupUiLanguage(onApplied: () => void): void {
  const apply = () => void applyUiLanguage().then(onApplied);
  apply();
  try {
    browser.storage.onChanged.addListener((changes, area) => {
      if (area === 'local' && UI_LANGUAGE_KEY in changes) apply();
    });
    browser.runtime.onInstalled.addListener(() => void refreshStoredUiLanguage().catch(() => undefined));
  } catch (error) {
    console.warn('[讲话提纲助手]', 'language changes unavailable:', error);
  }
}
