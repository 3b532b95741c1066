/**
 * Numbers as speeches write them: 一…九十九 (with 〇/零 and 两), ASCII and
 * full-width digits, circled ①…⑳.
 */

const CN_DIGITS: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** Codes of the characters a Chinese ordinal is written with (一…十, 百, 〇, 零); the one definition in the engine. */
export const CN_NUMERAL_CODES: ReadonlySet<number> = new Set([...'〇零一二三四五六七八九十百'].map((c) => c.charCodeAt(0)));

/** True for the code of a character a Chinese ordinal is written with (一…十, 百, 〇, 零). */
export function isCnNumeralCode(c: number): boolean {
  return CN_NUMERAL_CODES.has(c);
}

/** True for the characters a Chinese ordinal is written with (一…十, 百, 〇, 零). */
export function isCnNumeralChar(ch: string | undefined): boolean {
  return ch !== undefined && CN_NUMERAL_CODES.has(ch.charCodeAt(0));
}

/**
 * The value of a Chinese numeral such as 三, 十二, 二十, 二十一, 一百零三; NaN when
 * the string is not a well-formed numeral (一二, 十十).
 */
export function parseCnNumeral(s: string): number {
  if (s.length === 0 || s.length > 5) return NaN;
  let total = 0;
  let digit = -1;
  let sawHundred = false;
  let sawTen = false;
  for (const ch of s) {
    if (ch === '百') {
      if (sawHundred || sawTen || digit <= 0) return NaN;
      total += digit * 100;
      digit = -1;
      sawHundred = true;
    } else if (ch === '十') {
      if (sawTen) return NaN;
      total += (digit === -1 ? 1 : digit) * 10;
      digit = -1;
      sawTen = true;
    } else {
      const v = CN_DIGITS[ch];
      if (v === undefined || digit !== -1) {
        // Two digits in a row are only allowed as 一百零三.
        if (v !== undefined && digit === 0) { digit = v; continue; }
        return NaN;
      }
      digit = v;
    }
  }
  if (digit > 0) total += digit;
  return total > 0 ? total : NaN;
}

/** The value of ASCII or full-width digits ("12", "１２"); NaN otherwise. */
export function parseDigits(s: string): number {
  let v = 0;
  if (s.length === 0) return NaN;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const d = c >= 48 && c <= 57 ? c - 48 : c >= 0xff10 && c <= 0xff19 ? c - 0xff10 : -1;
    if (d < 0) return NaN;
    v = v * 10 + d;
  }
  return v;
}

/** True for 0-9 and ０-９. */
export function isDigitCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19);
}

/** ①…⑳ → 1…20, ㉑…㉟ → 21…35, ㊱…㊿ → 36…50; NaN for other characters. */
export function parseCircled(ch: string): number {
  const c = ch.charCodeAt(0);
  if (c >= 0x2460 && c <= 0x2473) return c - 0x2460 + 1;
  if (c >= 0x3251 && c <= 0x325f) return c - 0x3251 + 21;
  if (c >= 0x32b1 && c <= 0x32bf) return c - 0x32b1 + 36;
  return NaN;
}
