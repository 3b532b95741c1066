/**
 * Tokenizing without a dictionary: the n-gram fallback, the token normal form
 * and dictionary lines. jieba itself lives on the extension's origin (utils/jieba).
 */
export type * from './types.ts';
export { tokenizeNgrams } from './ngram.ts';
export { normalizeToken, normalizeTokens } from './normalize-token.ts';
export { cleanWordList, isDictionaryWord, parseDictionaryLines, MAX_WORD_LENGTH } from './dictionary-lines.ts';
