/**
 * Opens a writer's own draft in the library page: a .docx, .txt, .html or .md
 * file picked or dropped, read in this page only (File.arrayBuffer, never sent
 * anywhere), turned into the same text blocks and outline a web page gives.
 * Word files load the mammoth reader on demand, so the library's first chunk
 * does not carry it. Every failure is a Result with a plain-words reason.
 */
import { blocksFromPlainText, extractOutline, type ExtractedOutline, type TextBlock } from '../core/index.ts';
import { readPage } from '../dom/index.ts';
import { fail, ok, type Result } from '../protocol/result.ts';
import { decodeText, NotTextError } from '../text/decode-text.ts';
import { t } from '../i18n/t.ts';

/** A draft read from a file: its blocks and the outline extracted from them, titled by the file name. */
export interface OpenedDraft {
  /** The file's name as the user sees it (讲话稿.docx). */
  fileName: string;
  blocks: TextBlock[];
  outline: ExtractedOutline;
}

/** Larger files are refused before they are read: a 30-page draft is well under 1 MB. */
export const MAX_DRAFT_BYTES = 50 * 1024 * 1024;

type DraftKind = 'docx' | 'text' | 'markdown' | 'html';

const KINDS: Readonly<Record<string, DraftKind>> = {
  docx: 'docx', docm: 'docx', dotx: 'docx', doc: 'docx',
  txt: 'text', text: 'text',
  md: 'markdown', markdown: 'markdown',
  html: 'html', htm: 'html', xhtml: 'html',
};

/** The file's kind by its extension, or null for one the library does not read. */
export function draftKindOf(fileName: string): DraftKind | null {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? null : (KINDS[fileName.slice(dot + 1).toLowerCase()] ?? null);
}

/** The file name without its extension: the outline's title, so saves and exports are named after the file. */
export function draftTitleOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return (dot > 0 ? fileName.slice(0, dot) : fileName).trim() || fileName;
}

/**
 * Markdown read as the text a reader sees: heading hashes, quote marks, bullets
 * and emphasis dropped, so "## 一、总体要求" reads as the point 一、总体要求.
 * Ordered-list numbers stay: in a speech they are the speech's own 1. 2. 3.
 */
export function markdownToPlainText(markdown: string): string {
  return markdown
    .split('\n')
    .map((line) => line
      .replace(/^\s{0,3}#{1,6}\s+/, '')
      .replace(/\s+#+\s*$/, '')
      .replace(/^\s{0,3}>\s?/, '')
      .replace(/^\s*[-*+]\s+/, '')
      .replace(/(\*\*|__)(.+?)\1/g, '$2')
      .replace(/^\s*(?:-{3,}|\*{3,}|_{3,})\s*$/, ''))
    .join('\n');
}

/** The bytes' text, or the reason they are not text. */
function textOf(bytes: Uint8Array, html: boolean): Result<string> {
  try {
    return ok(decodeText(bytes, { html }).text);
  } catch (error) {
    if (error instanceof NotTextError) return fail(error.zh);
    throw error;
  }
}

/** Blocks of an HTML string, read by the same adapter as a web page (DOMParser runs no scripts and loads nothing). */
function blocksOfHtml(html: string): { title: string; blocks: TextBlock[] } {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const page = readPage(doc);
  return { title: page.title, blocks: page.blocks };
}

async function blocksOfDocx(bytes: Uint8Array): Promise<Result<TextBlock[]>> {
  // On demand: mammoth and its XML parser are for Word files only.
  const [{ readDocx }, { DocxReadError }] = await Promise.all([import('../docx/read-docx.ts'), import('../docx/docx-read-error.ts')]);
  try {
    const content = await readDocx(bytes);
    return ok(blocksOfHtml(`<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>${content.html}</body></html>`).blocks);
  } catch (error) {
    if (error instanceof DocxReadError) return fail(error.zh);
    return fail(t('draftDamaged', error instanceof Error ? error.message : String(error)));
  }
}

async function blocksOf(kind: DraftKind, bytes: Uint8Array): Promise<Result<TextBlock[]>> {
  if (kind === 'docx') return blocksOfDocx(bytes);
  const text = textOf(bytes, kind === 'html');
  if (!text.ok) return text;
  if (kind === 'html') return ok(blocksOfHtml(text.value).blocks);
  return ok(blocksFromPlainText(kind === 'markdown' ? markdownToPlainText(text.value) : text.value));
}

/**
 * Reads a picked or dropped file into an outline. Refuses, with the reason in
 * the reader's language, a kind it does not read, an empty or over-50 MB file,
 * a damaged, encrypted or old-format Word file, and binary data.
 */
export async function readDraftFile(file: File): Promise<Result<OpenedDraft>> {
  const kind = draftKindOf(file.name);
  const refuse = (reason: string) => fail<OpenedDraft>(t('draftRefused', file.name, reason));
  if (!kind) return refuse(t('draftUnknownKind'));
  if (file.size === 0) return refuse(t('draftEmpty'));
  if (file.size > MAX_DRAFT_BYTES) return refuse(t('draftTooLarge', (file.size / 1048576).toFixed(0), MAX_DRAFT_BYTES / 1048576));
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (error) {
    return refuse(t('draftUnreadable', error instanceof Error ? error.message : String(error)));
  }
  const blocks = await blocksOf(kind, bytes);
  if (!blocks.ok) return refuse(blocks.error);
  if (blocks.value.length === 0) return refuse(t('draftNoText'));
  const outline = extractOutline(blocks.value, { title: draftTitleOf(file.name), url: null });
  return ok({ fileName: file.name, blocks: blocks.value, outline });
}

/** The address a saved draft outline is kept under: one per file name, never a web page's. */
export function draftOutlineUrl(fileName: string): string {
  return `file:///${encodeURIComponent(fileName)}`;
}
