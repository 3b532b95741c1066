import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatMessage, t, useMessages } from '../../i18n/t.ts';
import { useLocale } from './pin-language.ts';

const LOCALES_DIR = resolve(import.meta.dirname, '../../public/_locales');
const locales = readdirSync(LOCALES_DIR);
const read = (locale: string) => JSON.parse(readFileSync(resolve(LOCALES_DIR, locale, 'messages.json'), 'utf8')) as Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const english = read('en');

/** The `$NAME$` placeholders a message uses, lower-cased as browsers match them. */
function placeholdersOf(message: string): string[] {
  return [...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase()).sort();
}

describe('the locale files', () => {
  it('ship English and Simplified Chinese, and zh_TW so Traditional-Chinese browsers keep Chinese', () => {
    expect(locales.sort()).toEqual(['en', 'zh_CN', 'zh_TW']);
  });

  it('give zh_TW the Simplified words until it is translated (a Chinese reader must never fall back to English)', () => {
    expect(read('zh_TW')).toEqual(read('zh_CN'));
  });

  it.each(locales)('%s has exactly the keys of the English file', (locale) => {
    expect(Object.keys(read(locale)).sort()).toEqual(Object.keys(english).sort());
  });

  it.each(locales)('%s uses in each message the same placeholders as English, each declared', (locale) => {
    for (const [key, entry] of Object.entries(read(locale))) {
      const used = placeholdersOf(entry.message);
      expect({ key, used }).toEqual({ key, used: placeholdersOf(english[key]!.message) });
      for (const name of used) expect({ key, declared: entry.placeholders?.[name]?.content }).toEqual({ key, declared: expect.stringMatching(/^\$[1-9]$/) });
    }
  });

  it('names keys as browsers accept them (letters, digits, _), unique ignoring case', () => {
    const keys = Object.keys(english);
    for (const key of keys) expect(key).toMatch(/^[A-Za-z0-9_]+$/);
    expect(new Set(keys.map((k) => k.toLowerCase())).size).toBe(keys.length);
  });

  it('gives the manifest its localised name, description and command descriptions', () => {
    const manifestKeys = ['extName', 'extDescription', 'cmdRunOnPage', 'cmdTogglePanel', 'cmdToggleHighlights', 'cmdNextPoint', 'cmdPrevPoint'];
    for (const locale of locales) for (const key of manifestKeys) expect(read(locale)[key]?.message).toBeTruthy();
    expect(read('zh_CN').extName?.message).toBe('讲话提纲助手');
    expect(read('en').extName?.message).toBe('Speech Outline');
  });
});

describe('t', () => {
  it('fills placeholders the way browser.i18n does, in the chosen language', () => {
    useLocale('zh_CN');
    expect(t('counts', 18, 204)).toBe('18 篇 · 204 个要点');
    expect(t('confidence', 92)).toBe('有 92% 的把握是讲话稿');
    useLocale('en');
    expect(t('counts', 18, 204)).toBe('18 sections · 204 points');
    useLocale(null);
  });

  it('turns $$ into a dollar sign and leaves a missing argument empty', () => {
    expect(formatMessage({ message: '$$$P1$ and $P2$', placeholders: { p1: { content: '$1' }, p2: { content: '$2' } } }, ['5'])).toBe('$5 and ');
  });

  it('answers with the key itself when no language is pinned and the browser has no i18n API', () => {
    useMessages(null);
    expect(t('emptyTitle')).toBe('emptyTitle');
  });
});
