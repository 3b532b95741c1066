import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { blocksFromPlainText, extractOutline, toOutlineDocument } from '../core/index.ts';
import type { OutlineDocument } from '../core/index.ts';
import { cleanPageTitle } from '../core/page-title.ts';
import { DocxReadError } from '../docx/docx-read-error.ts';
import type { DocxContent } from '../docx/read-docx.ts';
import { CliError } from './cli-error.ts';
import { decodeText, NotTextError } from '../text/decode-text.ts';
import { extractFromHtml, type PageExtract } from './html-page.ts';

/** Larger files are refused rather than read into memory: no speech page comes near. */
const MAX_FILE_BYTES = 64 * 1024 * 1024;

const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml', '.shtml']);
const TEXT_EXTENSIONS = new Set(['.txt', '.text']);
const WORD_EXTENSIONS = new Set(['.docx', '.docm', '.dotx', '.doc']);

/**
 * Reads a .docx, .html/.htm or .txt file and extracts its outline (url: null,
 * as the format asks for files). Other extensions are read as Word when the
 * bytes are a zip or an OLE file, as HTML when the text starts like markup,
 * else as plain text. Throws a CliError, with the file
 * name and the system's error code, for anything the user can fix.
 */
export async function outlineFromFile(path: string): Promise<OutlineDocument> {
  return toOutlineDocument((await readInputText(path)).outline);
}

/** A file's text blocks and their outline: what both the outline and --check need. */
export interface InputText extends PageExtract {
  /** Where block `b` is for a reader of the file: its line in a .txt, its paragraph otherwise. */
  placeOf(block: number): number;
}

/** Reads a .docx, .html or .txt file (see outlineFromFile) into blocks and their outline. */
export async function readInputText(path: string): Promise<InputText> {
  const bytes = await readInputBytes(path);
  if (looksLikeWord(path, bytes)) return withParagraphs(await extractFromDocx(path, bytes));
  const html = looksLikeHtml(path, bytes);
  let text: string;
  try {
    text = decodeText(bytes, { html }).text;
  } catch (error) {
    if (error instanceof NotTextError) throw new CliError(`${path}：${error.zh}`, error.en);
    throw error;
  }
  if (text.trim() === '') throw emptyFile(path);
  if (html) return withParagraphs(await extractFromHtml(text, null, ''));
  const blocks = blocksFromPlainText(text);
  const outline = extractOutline(blocks, { title: cleanPageTitle(blocks[0]?.text ?? ''), url: null });
  return { blocks, outline, placeOf: (b) => lineOf(text, blocks[b]?.start ?? 0) };
}

/** A Word file read locally: its HTML through the page adapter, titled by its first line. */
async function extractFromDocx(path: string, bytes: Uint8Array): Promise<PageExtract> {
  // Loaded on demand, like happy-dom: mammoth and its XML parser are for Word files only.
  const { readDocx } = await import('../docx/read-docx.ts');
  let content: DocxContent;
  try {
    content = await readDocx(bytes);
  } catch (error) {
    if (error instanceof DocxReadError) throw new CliError(`${path}：${error.zh}`, error.en);
    throw error;
  }
  const page = await extractFromHtml(`<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>${content.html}</body></html>`, null, null);
  if (page.blocks.length === 0) throw new CliError(`${path}：Word 文档中没有文字`, 'the Word document has no text');
  return page;
}

function withParagraphs(page: PageExtract): InputText {
  return { ...page, placeOf: (b) => b + 1 };
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/**
 * Parses HTML with scripts and network off, reads its blocks and extracts the
 * outline (see html-page.ts).
 */
export async function outlineFromHtml(html: string, url: string | null): Promise<OutlineDocument> {
  return toOutlineDocument((await extractFromHtml(html, url, '')).outline);
}

/**
 * Extracts the outline of plain text, one block per non-empty line; the first
 * non-empty line is the title (as a saved page's text starts with it).
 */
export function outlineFromText(text: string, url: string | null): OutlineDocument {
  const blocks = blocksFromPlainText(text);
  const title = cleanPageTitle(blocks[0]?.text ?? '');
  return toOutlineDocument(extractOutline(blocks, { title, url }));
}

async function readInputBytes(path: string): Promise<Uint8Array> {
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new CliError(`${path} 是目录，不是文件`, 'is a directory, not a file');
    if (!info.isFile()) throw new CliError(`${path} 不是普通文件`, 'not a regular file');
    size = info.size;
  } catch (error) {
    throw asReadError(path, error);
  }
  if (size === 0) throw emptyFile(path);
  if (size > MAX_FILE_BYTES) {
    throw new CliError(`文件 ${path} 过大（${(size / 1048576).toFixed(0)} MB，上限 64 MB）`, 'file too large (limit 64 MB)');
  }
  try {
    return await readFile(path);
  } catch (error) {
    throw asReadError(path, error);
  }
}

function asReadError(path: string, error: unknown): CliError {
  if (error instanceof CliError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  const detail = typeof code === 'string' ? code : error instanceof Error ? error.message : String(error);
  return new CliError(`无法读取文件 ${path} (${detail})`, 'cannot read file');
}

function emptyFile(path: string): CliError {
  return new CliError(`文件 ${path} 是空的`, 'empty file');
}

/** A Word file by name, or a zip / OLE file under another name (a draft saved without its extension). */
function looksLikeWord(path: string, bytes: Uint8Array): boolean {
  const ext = extname(path).toLowerCase();
  if (WORD_EXTENSIONS.has(ext)) return true;
  if (HTML_EXTENSIONS.has(ext) || TEXT_EXTENSIONS.has(ext)) return false;
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 3 && bytes[3] === 4;
  const ole = bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
  return zip || ole;
}

function looksLikeHtml(path: string, bytes: Uint8Array): boolean {
  const ext = extname(path).toLowerCase();
  if (HTML_EXTENSIONS.has(ext)) return true;
  if (TEXT_EXTENSIONS.has(ext)) return false;
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).replace(/^\uFEFF|^ï»¿/, '').trimStart();
  return /^<(!doctype\s+html|html|head|body|meta|title|!--)/i.test(head);
}
