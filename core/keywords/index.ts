/**
 * Keywords of a text from its jieba tokens (with part-of-speech tags): TextRank
 * with a speech stop-list. Pure: the tokens come from wherever jieba runs.
 */
export { extractKeywords, rankKeywords, KEYWORD_TAGS, type RankedKeyword, type TextRankOptions } from './textrank.ts';
export { SPEECH_STOP_WORDS } from './stop-words.ts';
export { extractKeywordsOfParts, rankKeywordsOfParts } from './contrast.ts';
export { isFillerWord } from './filler-words.ts';
