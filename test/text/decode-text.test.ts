import { describe, expect, it } from 'vitest';
import { declaredCharset, decodeText, NotTextError } from '../../text/decode-text.ts';
import { encodeGb18030 } from '../cli/gb18030.ts';

const SPEECH = '同志们：一、##年全市党委办公室工作回顾（一）文秘工作严谨规范。';
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeText', () => {
  it('reads UTF-8 without a byte-order mark', () => {
    expect(decodeText(utf8(SPEECH), { html: false })).toEqual({ text: SPEECH, encoding: 'utf-8' });
  });

  it('reads UTF-8 with a byte-order mark and drops the mark', () => {
    expect(decodeText(utf8('\ufeff' + SPEECH), { html: false })).toEqual({ text: SPEECH, encoding: 'utf-8' });
  });

  it('reads GB18030 text when the bytes are not UTF-8', () => {
    expect(decodeText(encodeGb18030(SPEECH), { html: false })).toEqual({ text: SPEECH, encoding: 'gb18030' });
  });

  it('reads UTF-16 with a byte-order mark', () => {
    const units = Uint16Array.from([0xfeff, ...Array.from(SPEECH, (c) => c.charCodeAt(0))]);
    expect(decodeText(new Uint8Array(units.buffer), { html: false }).text).toBe(SPEECH);
  });

  it('honours an HTML page’s <meta charset> when the bytes are not UTF-8', () => {
    // Big5 bytes for 講話 ("speech"), which GB18030 would misread.
    const page = Uint8Array.from([...utf8('<meta charset="big5"><p>'), 0xc1, 0xbf, 0xb8, 0xdc, ...utf8('</p>')]);
    expect(decodeText(page, { html: true })).toEqual({ text: '<meta charset="big5"><p>講話</p>', encoding: 'big5' });
  });

  it('trusts valid UTF-8 over a stale charset=gb2312 in a saved page', () => {
    const page = `<meta http-equiv="Content-Type" content="text/html; charset=gb2312"><p>${SPEECH}</p>`;
    expect(decodeText(utf8(page), { html: true })).toEqual({ text: page, encoding: 'utf-8' });
  });

  it.each([
    ['NUL bytes', Uint8Array.from({ length: 512 }, (_, i) => i % 7 === 0 ? 0 : 65 + (i % 26))],
    ['control characters', Uint8Array.from({ length: 512 }, (_, i) => (i % 3 === 0 ? 1 : 0x41))],
    ['random bytes', Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256)],
  ])('refuses %s as not text', (_name, bytes) => {
    expect(() => decodeText(bytes, { html: false })).toThrow(NotTextError);
  });
});

describe('declaredCharset', () => {
  it.each([
    ['<meta charset="gb2312">', 'gb18030'],
    ["<META CHARSET='GBK'>", 'gb18030'],
    ['<meta http-equiv="Content-Type" content="text/html; charset=gb18030" />', 'gb18030'],
    ['<meta charset=utf-8>', 'utf-8'],
    ['<meta charset="no-such-encoding">', null],
    ['<title>讲话</title>', null],
  ])('reads %j as %j', (head, expected) => {
    expect(declaredCharset(utf8(head))).toBe(expected);
  });
});
