/**
 * Decoding a text file's bytes (UTF-8 with or without BOM, UTF-16, GB18030/GBK,
 * an HTML file's <meta charset>). Shared by the CLI and the library page, so it
 * uses TextDecoder only: no Node or browser-only APIs.
 */

/** Bytes that are not text (binary data), said in plain words, Chinese first. */
export class NotTextError extends Error {
  override readonly name = 'NotTextError';
  readonly zh = '文件不是文本（看起来是二进制数据）';
  readonly en = 'not a text file (looks like binary data)';

  constructor() {
    super('文件不是文本（看起来是二进制数据） / not a text file (looks like binary data)');
  }
}

/** Text read from a file, and the encoding it was read with. */
export interface DecodedText {
  text: string;
  encoding: string;
}

/** How far into an HTML file a <meta charset> is looked for (the HTML spec prescans 1024 bytes; saved pages often put it later). */
const META_PRESCAN_BYTES = 4096;

/** How much of the file is checked for NUL bytes and control characters. */
const SNIFF_BYTES = 64 * 1024;

/**
 * Decodes a file's bytes. Order: a byte-order mark; valid UTF-8; for HTML, the
 * encoding its <meta charset> declares; GB18030 (a superset of GBK and GB2312,
 * the usual encoding of Chinese pages that are not UTF-8).
 *
 * Valid UTF-8 is trusted over the meta tag on purpose: saved pages often keep a
 * stale `charset=gb2312` after the browser re-encoded them, while GBK text that
 * happens to be valid UTF-8 is vanishingly rare.
 *
 * Throws a NotTextError when the bytes are not text (NUL bytes outside UTF-16,
 * many control characters or undecodable sequences).
 */
export function decodeText(bytes: Uint8Array, options: { html: boolean }): DecodedText {
  const bom = encodingFromBom(bytes);
  if (bom) return checkedText(decode(bytes, bom, false), bom);

  if (hasNulByte(bytes)) throw notText();

  const utf8 = tryDecode(bytes, 'utf-8');
  if (utf8 !== null) return checkedText(utf8, 'utf-8');

  if (options.html) {
    const declared = declaredCharset(bytes);
    if (declared && declared !== 'utf-8') return checkedText(decode(bytes, declared, false), declared);
  }

  const gb = tryDecode(bytes, 'gb18030');
  if (gb !== null) return checkedText(gb, 'gb18030');

  // Neither decodes cleanly: a damaged file. Keep whichever loses fewer characters.
  const lossyUtf8 = decode(bytes, 'utf-8', false);
  const lossyGb = decode(bytes, 'gb18030', false);
  return countReplacements(lossyUtf8) <= countReplacements(lossyGb)
    ? checkedText(lossyUtf8, 'utf-8')
    : checkedText(lossyGb, 'gb18030');
}

function encodingFromBom(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** The encoding named by `<meta charset=…>` or `<meta http-equiv content="…; charset=…">`, if TextDecoder knows it. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, META_PRESCAN_BYTES));
  const match = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  if (!match?.[1]) return null;
  try {
    // TextDecoder normalises labels: gb2312, gbk, x-gbk → gbk; utf8 → utf-8.
    const encoding = new TextDecoder(match[1]).encoding;
    // GBK's decoder is GB18030's in the Encoding Standard; name it once.
    return encoding === 'gbk' ? 'gb18030' : encoding;
  } catch {
    return null;
  }
}

function tryDecode(bytes: Uint8Array, encoding: string): string | null {
  try {
    return decode(bytes, encoding, true);
  } catch {
    return null;
  }
}

function decode(bytes: Uint8Array, encoding: string, fatal: boolean): string {
  return new TextDecoder(encoding, { fatal }).decode(bytes);
}

function hasNulByte(bytes: Uint8Array): boolean {
  return bytes.subarray(0, SNIFF_BYTES).includes(0);
}

/** Rejects decoded text that is mostly control characters or replacement marks: binary data. */
function checkedText(text: string, encoding: string): DecodedText {
  const sample = text.length > SNIFF_BYTES ? text.slice(0, SNIFF_BYTES) : text;
  let bad = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0xfffd || c === 0 || (c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0x7f) bad++;
  }
  if (bad > 8 && bad > sample.length / 100) throw notText();
  return { text, encoding };
}

function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\ufffd'); i !== -1; i = text.indexOf('\ufffd', i + 1)) n++;
  return n;
}

function notText(): NotTextError {
  return new NotTextError();
}
