/**
 * A GB18030 encoder for test files. Node decodes GB18030 but cannot encode it,
 * and no iconv package is installed, so the table is built by decoding every
 * two-byte code once. Covers all of GBK (every common Chinese character and
 * full-width punctuation); ASCII stays one byte.
 */
let table: Map<string, number> | null = null;

function twoByteTable(): Map<string, number> {
  if (table) return table;
  table = new Map();
  const decoder = new TextDecoder('gb18030', { fatal: true });
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      let ch: string;
      try {
        ch = decoder.decode(new Uint8Array([lead, trail]));
      } catch {
        continue;
      }
      if (!table.has(ch)) table.set(ch, (lead << 8) | trail);
    }
  }
  return table;
}

/** The GB18030 bytes of `text`; throws for a character outside GBK. */
export function encodeGb18030(text: string): Uint8Array {
  const codes = twoByteTable();
  const out: number[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 0x80) { out.push(cp); continue; }
    const code = codes.get(ch);
    if (code === undefined) throw new Error(`no two-byte GB18030 code for ${ch} (U+${cp.toString(16)})`);
    out.push(code >> 8, code & 0xff);
  }
  return Uint8Array.from(out);
}
