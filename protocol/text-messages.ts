/**
 * The text messages of the protocol (segmentation, keywords, user words):
 * their payloads, replies and checks. protocol/messages.ts declares them in the
 * ProtocolMap and calls `parseTextMessage` for them.
 */
import type { TokenizeMode, TokenizerName } from '../core/tokenize/types.ts';

/** The longest text one request may carry (characters, UTF-16 units): a long speech page is 50–100 K. */
export const MAX_TEXT_CHARS = 200_000;
/** At most this many texts in one keywords request. */
export const MAX_KEYWORD_TEXTS = 500;
/** At most this many keywords per text. */
export const MAX_TOP_K = 50;

/** The text protocol: payload and reply of each message. */
export interface TextProtocol {
  /** Any page of the extension or content script → background: the word tokens of a text (normalised: NFKC, lower-case, no punctuation). */
  'text/segment': { data: { text: string; mode: TokenizeMode }; reply: { tokens: string[]; tokenizer: TokenizerName } };
  /** → background: the top-K keywords of each text (TextRank over jieba's tagged words; several texts are taken as parts of one page and each is ranked against the others). */
  'text/keywords': { data: { texts: string[]; topK: number }; reply: { keywords: string[][]; tokenizer: TokenizerName } };
  /** Options page → background: the user's words in storage.local 'userWords' changed. Replies with how many there are now. */
  'jieba/user-words-changed': { data: Record<string, never>; reply: { count: number } };
}

/** The type of a text message. */
export type TextMessageType = keyof TextProtocol;

/** A checked text message. */
export type TextMessage = { [K in TextMessageType]: { type: K; data: TextProtocol[K]['data'] } }[TextMessageType];

/** True for the types this module checks. */
export function isTextMessageType(type: unknown): type is TextMessageType {
  return type === 'text/segment' || type === 'text/keywords' || type === 'jieba/user-words-changed';
}

/** Checks a text message's payload; the error names the message and the field. */
export function parseTextMessage(type: TextMessageType, data: Record<string, unknown>): { ok: true; value: TextMessage } | { ok: false; error: string } {
  const fail = (error: string) => ({ ok: false as const, error: `${type}: ${error}` });
  switch (type) {
    case 'text/segment': {
      const { text, mode } = data;
      if (typeof text !== 'string') return fail('text is not a string');
      if (text.length > MAX_TEXT_CHARS) return fail(`text is longer than ${MAX_TEXT_CHARS} characters`);
      if (mode !== 'default' && mode !== 'search') return fail("mode is neither 'default' nor 'search'");
      return { ok: true, value: { type, data: { text, mode } } };
    }
    case 'text/keywords': {
      const { texts, topK } = data;
      if (!Array.isArray(texts) || !texts.every((t): t is string => typeof t === 'string')) return fail('texts is not an array of strings');
      if (texts.length > MAX_KEYWORD_TEXTS) return fail(`more than ${MAX_KEYWORD_TEXTS} texts`);
      if (texts.reduce((n, t) => n + t.length, 0) > MAX_TEXT_CHARS) return fail(`texts are longer than ${MAX_TEXT_CHARS} characters together`);
      if (typeof topK !== 'number' || !Number.isInteger(topK) || topK < 1 || topK > MAX_TOP_K) return fail(`topK is not an integer from 1 to ${MAX_TOP_K}`);
      return { ok: true, value: { type, data: { texts, topK } } };
    }
    case 'jieba/user-words-changed':
      return { ok: true, value: { type, data: {} } };
  }
}
