/**
 * The extension's words, from the browser's own i18n (`public/_locales/<lang>/messages.json`):
 * the browser's UI language picks the file, unless the reader chose another
 * language on the options page (i18n/ui-language.ts), whose file then answers
 * here. Keys are typed from the English file; every locale has the same keys
 * (test/i18n/locale-files.test.ts).
 */
import { browser } from 'wxt/browser';
import type en from '../public/_locales/en/messages.json';

/** A message name. */
export type MessageKey = keyof typeof en;

/** One entry of a messages.json file. */
export interface LocaleMessage {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

/** A whole messages.json file. */
export type LocaleMessages = Readonly<Record<string, LocaleMessage>>;

/** The messages `t` answers from first: the chosen language's file, or the content script's table from the background. */
let chosen: LocaleMessages | null = null;

/** Answers `t` from `messages` from now on (null: the browser's i18n again). */
export function useMessages(messages: LocaleMessages | null): void {
  chosen = messages;
}

/** Fills a message as browser.i18n does: `$NAME$` from its placeholders, `$1`… from `args`, `$$` a dollar sign. */
export function formatMessage(entry: LocaleMessage | undefined, args: readonly string[]): string {
  if (!entry) return '';
  const named = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? whole);
  return named.replace(/\$(\$|[1-9])/g, (_whole, what: string) => (what === '$' ? '$' : (args[Number(what) - 1] ?? '')));
}

/** The text of `key` in the reader's language, `$1`… filled from `args`. A key no file has comes back as itself. */
export function t(key: MessageKey, ...args: Array<string | number>): string {
  const subs = args.map(String);
  // A table that lacks the key (the content script's, or a stored copy older than this version) asks the browser.
  const entry = chosen?.[key];
  if (entry) return formatMessage(entry, subs) || key;
  try {
    // WXT types getMessage from the generated .wxt/types; MessageKey already says which names exist.
    const getMessage = browser.i18n.getMessage as (name: string, substitutions?: string[]) => string;
    return getMessage(key, subs) || key;
  } catch {
    // No i18n API (a unit test that did not pin a language): the key says what is missing.
    return key;
  }
}

/** The `lang` attribute of the words `t` returns ('zh-CN', 'en'). */
export function uiLanguage(): string {
  const lang = t('lang');
  return lang === 'lang' ? 'zh-CN' : lang;
}

/** True when `t` speaks Chinese. */
export function isChineseUi(): boolean {
  return uiLanguage().startsWith('zh');
}
