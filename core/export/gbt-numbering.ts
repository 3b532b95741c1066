/**
 * Numbering in the order GB/T 9704-2012 (党政机关公文格式) prescribes for the
 * levels of a document's structure: 一、 （一） 1. （1）, and ① for any
 * level below, as drafts commonly continue.
 */

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五; numbers from 1000 stay in digits. */
export function toChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n >= 1000) return String(n);
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor((n % 100) / 10);
  const ones = n % 10;
  let s = hundreds > 0 ? `${DIGITS[hundreds]}百` : '';
  if (tens > 0) s += (tens === 1 && hundreds === 0 ? '' : DIGITS[tens]) + '十';
  else if (hundreds > 0 && ones > 0) s += '零';
  if (ones > 0) s += DIGITS[ones];
  return s;
}

/** ①…⑳, ㉑…㉟, ㊱…㊿ for 1…50; beyond, the number in full-width parentheses. */
export function toCircledNumeral(n: number): string {
  if (n >= 1 && n <= 20) return String.fromCharCode(0x2460 + n - 1);
  if (n >= 21 && n <= 35) return String.fromCharCode(0x3251 + n - 21);
  if (n >= 36 && n <= 50) return String.fromCharCode(0x32b1 + n - 36);
  return `（${n}）`;
}

/** The GB/T 9704 marker of the `position`-th point (1-based) at `depth` (1 = top level). */
export function gbtMarker(depth: number, position: number): string {
  switch (depth) {
    case 1: return `${toChineseNumeral(position)}、`;
    case 2: return `（${toChineseNumeral(position)}）`;
    case 3: return `${position}.`;
    case 4: return `（${position}）`;
    default: return toCircledNumeral(position);
  }
}

/** How an export numbers its points: the page's own markers, or GB/T 9704 renumbering by depth. */
export type Numbering = 'page' | 'gbt';

/**
 * The word a marker carries that belongs to the sentence, not the number:
 * 一要重视 renumbered must still say （一）要重视. 一是 / 第一， / 首先 carry none.
 */
function keptWord(marker: string): string {
  return /要[，,、：:\s]*$/.test(marker.trim()) ? '要' : '';
}

/**
 * The marker a point is shown with: as written (`page`), or the GB/T marker
 * of its depth and position among its siblings (`gbt`), followed by any word
 * the original marker carried (要).
 */
export function pointMarker(marker: string, depth: number, position: number, numbering: Numbering = 'page'): string {
  const written = marker.replace(/[\r\n\t\f\v\u2028\u2029\u0085]+/g, ' ').trim();
  return numbering === 'gbt' ? gbtMarker(depth, position) + keptWord(written) : written;
}
