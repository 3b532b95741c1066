/**
 * The user's own words for jieba, kept in `browser.storage.local` under
 * 'userWords' as a string array. The options page saves them with
 * `saveUserWords`; the background reads them with `loadUserWords` when jieba
 * starts and hears about changes through `storage.onChanged`.
 */
import { browser } from 'wxt/browser';
import { cleanWordList } from '../core/tokenize/dictionary-lines.ts';

/** The storage.local key of the user's words. */
export const USER_WORDS_KEY = 'userWords';

/** At most this many user words are kept: enough for any reader, small enough to add in a few ms. */
export const MAX_USER_WORDS = 5_000;

/** The user's words, cleaned (trimmed, no duplicates, no spaces, ≤ 20 characters each). */
export async function loadUserWords(): Promise<string[]> {
  const stored: unknown = (await browser.storage.local.get(USER_WORDS_KEY))[USER_WORDS_KEY];
  return Array.isArray(stored) ? cleanWordList(stored, MAX_USER_WORDS) : [];
}

/** Saves the user's words (cleaned) and returns what was saved. */
export async function saveUserWords(words: readonly string[]): Promise<string[]> {
  const clean = cleanWordList(words, MAX_USER_WORDS);
  await browser.storage.local.set({ [USER_WORDS_KEY]: clean });
  return clean;
}

/** What changed between two word lists. */
export function diffWords(before: readonly string[], after: readonly string[]): { added: string[]; removed: string[] } {
  const old = new Set(before);
  const now = new Set(after);
  return { added: after.filter((w) => !old.has(w)), removed: before.filter((w) => !now.has(w)) };
}
