/**
 * Reads word lists in jieba's dictionary line format, `词语 [词频] [词性]`, one
 * entry a line; blank lines and lines starting with # are skipped.
 */
import type { DictionaryEntry } from './types.ts';

/** The longest word accepted: longer "words" are pasted sentences, which would only distort segmentation. */
export const MAX_WORD_LENGTH = 20;

const TAG = /^[a-z]{1,4}$/;

/** Parses dictionary lines into entries, skipping lines whose word is empty, too long or contains spaces. */
export function parseDictionaryLines(text: string): DictionaryEntry[] {
  const entries: DictionaryEntry[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const [word = '', ...rest] = line.split(/\s+/);
    if (!isDictionaryWord(word)) continue;
    const entry: DictionaryEntry = { word };
    for (const field of rest) {
      if (/^\d+$/.test(field)) entry.freq = Number(field);
      else if (TAG.test(field)) entry.tag = field;
    }
    entries.push(entry);
  }
  return entries;
}

/** True for a word the segmenter may learn: non-empty, no whitespace, at most MAX_WORD_LENGTH characters. */
export function isDictionaryWord(word: string): boolean {
  return word !== '' && !/\s/.test(word) && [...word].length <= MAX_WORD_LENGTH;
}

/** Trims, drops invalid words and duplicates, keeping the first spelling of each. */
export function cleanWordList(words: readonly unknown[], limit = Number.POSITIVE_INFINITY): string[] {
  const seen = new Set<string>();
  for (const w of words) {
    if (typeof w !== 'string') continue;
    const word = w.trim();
    if (!isDictionaryWord(word) || seen.has(word)) continue;
    seen.add(word);
    if (seen.size >= limit) break;
  }
  return [...seen];
}
