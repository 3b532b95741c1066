/**
 * Reads a .docx into HTML the page adapter reads like any page (headings, list
 * items, tables, footnotes), with Word's automatic numbers written into the
 * text. Takes bytes, not a path: the CLI passes a file's contents, the library
 * page an ArrayBuffer from a file picker, and nothing is uploaded anywhere.
 * No Node or browser APIs beyond TextDecoder; mammoth's browser build is picked
 * by the bundler through its package.json "browser" field.
 */
import { zipSync } from 'fflate';
import mammoth from 'mammoth';
import { DocxReadError } from './docx-read-error.ts';
import { mainPartName, unzipDocxParts } from './open-docx-zip.ts';
import { writeNumbersIntoDocument } from './word-numbering.ts';

/** A Word document read as HTML, with what mammoth could not convert. */
export interface DocxContent {
  /** The body as HTML (no <html>/<head>): paragraphs, h1–h6, lists, tables, footnotes at the end. */
  html: string;
  warnings: string[];
}

/** Word's title style and Chinese drafts' usual heading names, on top of mammoth's default map. */
const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='标题'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"];

function partText(parts: Record<string, Uint8Array>, name: string): string | null {
  const bytes = parts[name];
  return bytes ? new TextDecoder().decode(bytes) : null;
}

/**
 * Converts a .docx's bytes. Throws a DocxReadError, with a reason the user can
 * act on, for anything that is not a readable Word document.
 */
export async function readDocx(data: ArrayBuffer | Uint8Array): Promise<DocxContent> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const parts = unzipDocxParts(bytes);
  const main = mainPartName(parts);
  const dir = main.includes('/') ? main.slice(0, main.lastIndexOf('/') + 1) : '';
  const documentXml = partText(parts, main);
  if (documentXml === null) throw new DocxReadError('Word 文档缺少正文部分', 'the Word document has no body part');
  parts[main] = new TextEncoder().encode(writeNumbersIntoDocument(documentXml, partText(parts, `${dir}numbering.xml`), partText(parts, `${dir}styles.xml`)));
  // Stored, not deflated: mammoth unzips it again at once, and images were left out already.
  const zipped = zipSync(parts, { level: 0 });
  const input = { buffer: zipped, arrayBuffer: zipped.buffer.slice(zipped.byteOffset, zipped.byteOffset + zipped.byteLength) } as unknown as Parameters<typeof mammoth.convertToHtml>[0];
  let result: Awaited<ReturnType<typeof mammoth.convertToHtml>>;
  try {
    result = await mammoth.convertToHtml(input, {
      styleMap: STYLE_MAP,
      ignoreEmptyParagraphs: true,
      // Pictures carry no text; their files were never unzipped.
      convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
    });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new DocxReadError(`Word 文档已损坏，无法读取（${detail}）`, 'the Word document is damaged');
  }
  return { html: result.value, warnings: result.messages.map((m) => m.message) };
}
