/**
 * The fallback tokenizer: no dictionary, no WASM, so it answers at once while
 * jieba loads or when it cannot load. Han text becomes overlapping character
 * bigrams (加强作风 → 加强, 强作, 作风), which find any query of two or more
 * characters; search mode adds unigrams so one-character queries match too.
 * Latin letters and digits form words, lower-cased. Everything else separates.
 */
import type { TokenizeMode } from './types.ts';

const enum Kind { Other, Han, Word }

// Han ideographs: CJK Unified (BMP, Ext A), Compatibility, and the astral extensions B–H.
function kindOf(code: number): Kind {
  if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff)) return Kind.Han;
  if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39)) return Kind.Word;
  // Full-width Latin letters and digits (Ａ-Ｚ, ａ-ｚ, ０-９) are words too; they are folded below.
  if ((code >= 0xff10 && code <= 0xff19) || (code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a)) return Kind.Word;
  if (code >= 0x20000 && code <= 0x323af) return Kind.Han;
  return Kind.Other;
}

/** Splits `text` into the fallback tokens: Han bigrams (plus unigrams in search mode) and lower-cased Latin/digit words. */
export function tokenizeNgrams(text: string, mode: TokenizeMode = 'default'): string[] {
  const tokens: string[] = [];
  const han: string[] = [];
  let i = 0;
  while (i < text.length) {
    const code = text.codePointAt(i) ?? 0;
    const kind = kindOf(code);
    let j = i + (code > 0xffff ? 2 : 1);
    if (kind === Kind.Other) {
      i = j;
      continue;
    }
    for (;;) {
      const next = j < text.length ? (text.codePointAt(j) ?? 0) : -1;
      if (next < 0 || kindOf(next) !== kind) break;
      j += next > 0xffff ? 2 : 1;
    }
    if (kind === Kind.Word) {
      tokens.push(text.slice(i, j).normalize('NFKC').toLowerCase());
    } else {
      han.length = 0;
      // Characters, not UTF-16 units: an astral ideograph is one character.
      for (const ch of text.slice(i, j)) han.push(ch);
      pushHanGrams(han, mode, tokens);
    }
    i = j;
  }
  return tokens;
}

function pushHanGrams(chars: readonly string[], mode: TokenizeMode, out: string[]): void {
  const n = chars.length;
  if (n === 1) {
    out.push(chars[0] ?? '');
    return;
  }
  for (let k = 0; k < n; k++) {
    const c = chars[k] ?? '';
    if (mode === 'search') out.push(c);
    if (k + 1 < n) out.push(c + (chars[k + 1] ?? ''));
  }
}
