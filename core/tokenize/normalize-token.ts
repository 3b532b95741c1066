/**
 * One normal form for every token, whichever tokenizer made it, so an index
 * and its queries compare equal: NFKC (full-width Ａ１ → A1), ASCII lower case,
 * and no tokens made only of spaces or punctuation.
 */

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** The normal form of a token, or null when it has no letter, digit or Han character. */
export function normalizeToken(token: string): string | null {
  const t = token.normalize('NFKC').trim().toLowerCase();
  return t !== '' && WORD_CHAR.test(t) ? t : null;
}

/** Normalizes a list of tokens, dropping those that are only spaces or punctuation. */
export function normalizeTokens(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (const token of tokens) {
    const t = normalizeToken(token);
    if (t !== null) out.push(t);
  }
  return out;
}
