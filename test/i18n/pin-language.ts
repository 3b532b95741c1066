/**
 * Pins the extension's words to one locale for a test file: the fake browser
 * has no i18n API, and a test that asserts words must say which language it reads.
 */
import { afterAll, beforeAll } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import zhCN from '../../public/_locales/zh_CN/messages.json';
import { useMessages, type LocaleMessages } from '../../i18n/t.ts';

/** Every shipped locale's messages, by folder name. */
export const LOCALES: Record<'en' | 'zh_CN', LocaleMessages> = { en, zh_CN: zhCN };

/** Speaks `locale` from now on (until `pinLanguage(null)`). */
export function useLocale(locale: keyof typeof LOCALES | null): void {
  useMessages(locale === null ? null : LOCALES[locale]);
}

/** Speaks `locale` for every test of the calling file. */
export function pinLanguage(locale: keyof typeof LOCALES): void {
  beforeAll(() => useLocale(locale));
  afterAll(() => useLocale(null));
}
