import type { TextBlock } from './types.ts';

/**
 * Splits plain text (a saved page's text, a .txt file) into blocks, one per
 * non-empty line. Offsets point into the original string.
 */
export function blocksFromPlainText(text: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  let lineStart = 0;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    if (i === n || text.charCodeAt(i) === 10) {
      let s = lineStart;
      let e = i;
      // Trim ASCII/full-width spaces, tabs, CR and nbsp, keeping offsets true.
      while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
      while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
      if (e > s) blocks.push({ text: text.slice(s, e), kind: 'paragraph', start: s });
      lineStart = i + 1;
    }
  }
  return blocks;
}

function isSpaceCode(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 0xa0 || c === 0x3000 || c === 0xfeff;
}
