/**
 * Shapes shared by the tokenizers: jieba (WASM, in the background) and the
 * n-gram fallback (pure, anywhere).
 */

/** 'default' cuts each word once (for keywords, display); 'search' adds the shorter words inside long ones (for an index). */
export type TokenizeMode = 'default' | 'search';

/** Which tokenizer produced a list of tokens. An index must be queried with the tokenizer that built it. */
export type TokenizerName = 'jieba' | 'ngram';

/** A word with its part-of-speech tag, as jieba's `tag()` returns it (n, v, vn, nz, x for punctuation…). */
export interface TaggedWord {
  word: string;
  tag: string;
}

/** A word to add to the segmenter's dictionary; `tag` defaults to the dictionary's own guess. */
export interface DictionaryEntry {
  word: string;
  /** jieba frequency; omitted lets jieba pick one just high enough to keep the word whole. */
  freq?: number;
  tag?: string;
}
