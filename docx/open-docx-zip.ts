/**
 * Opens a .docx's zip after checking it is one: not empty, not over the size
 * limit, not an encrypted or old-format (OLE) Word file, a zip with a Word body.
 * Only the XML parts are inflated, each within a limit, so a zip bomb or a file
 * of photos costs nothing; images are never read.
 */
import { unzipSync, type Unzipped } from 'fflate';
import { DocxReadError } from './docx-read-error.ts';

/** Larger files are refused before unzipping; a 30-page draft is well under 1 MB. */
export const MAX_DOCX_BYTES = 20 * 1024 * 1024;

/** The XML parts together may not inflate beyond this (a real draft's are a few MB). */
const MAX_XML_BYTES = 64 * 1024 * 1024;

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

/** True when an OLE compound file holds an encrypted OOXML package (its directory names the EncryptedPackage stream). */
function isEncryptedPackage(bytes: Uint8Array): boolean {
  const name = 'EncryptedPackage';
  const utf16 = new Uint8Array(name.length * 2);
  for (let i = 0; i < name.length; i++) utf16[i * 2] = name.charCodeAt(i);
  const limit = Math.min(bytes.length, 4 * 1024 * 1024) - utf16.length;
  outer: for (let i = 0; i <= limit; i++) {
    for (let j = 0; j < utf16.length; j++) if (bytes[i + j] !== utf16[j]) continue outer;
    return true;
  }
  return false;
}

/** Refuses what is not a readable .docx, with the reason. */
export function checkDocxBytes(bytes: Uint8Array): void {
  if (bytes.length === 0) throw new DocxReadError('文件是空的', 'the file is empty');
  if (bytes.length > MAX_DOCX_BYTES) {
    const mb = (bytes.length / 1048576).toFixed(1);
    throw new DocxReadError(`文件过大（${mb} MB），Word 文档上限为 ${MAX_DOCX_BYTES / 1048576} MB`, `file too large (${mb} MB; the limit for Word files is ${MAX_DOCX_BYTES / 1048576} MB)`);
  }
  if (startsWith(bytes, OLE_SIGNATURE)) {
    if (isEncryptedPackage(bytes)) {
      throw new DocxReadError('文档设有打开密码（已加密），无法读取：请在 Word 中取消密码后另存', 'the document is password-protected (encrypted); remove the password in Word and save again');
    }
    throw new DocxReadError('这是旧版 Word 文档（.doc），请在 Word 或 WPS 中另存为 .docx', 'this is an old Word file (.doc); save it as .docx first');
  }
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) {
    throw new DocxReadError('不是 Word 文档（.docx）', 'not a Word document (.docx)');
  }
}

/** The zip's XML and relationship parts (no media), after checkDocxBytes. */
export function unzipDocxParts(bytes: Uint8Array): Unzipped {
  checkDocxBytes(bytes);
  let inflated = 0;
  let tooLarge = false;
  let parts: Unzipped;
  try {
    parts = unzipSync(bytes, {
      filter: (file) => {
        if (!/\.(xml|rels)$/i.test(file.name) || file.name.startsWith('word/media/')) return false;
        inflated += file.originalSize;
        if (inflated > MAX_XML_BYTES) tooLarge = true;
        return !tooLarge;
      },
    });
  } catch {
    throw new DocxReadError('Word 文档已损坏，无法解压', 'the Word document is damaged (cannot unzip it)');
  }
  if (tooLarge) throw new DocxReadError('Word 文档内容过大，无法读取', 'the Word document expands too large to read');
  if (!parts['[Content_Types].xml'] || !Object.keys(parts).some((n) => /^word\/document\d*\.xml$/.test(n) || n === mainPartName(parts))) {
    throw new DocxReadError('这个压缩文件不是 Word 文档（缺少正文 word/document.xml）', 'this zip is not a Word document (no word/document.xml)');
  }
  return parts;
}

/** The main document part named by _rels/.rels (word/document.xml in files from Word, WPS and LibreOffice). */
export function mainPartName(parts: Unzipped): string {
  const rels = parts['_rels/.rels'];
  const xml = rels ? new TextDecoder().decode(rels) : '';
  const target = /<Relationship\b[^>]*Type="[^"]*\/officeDocument"[^>]*>/.exec(xml)?.[0].match(/Target="\/?([^"]+)"/)?.[1];
  return target ?? 'word/document.xml';
}
