import { readFile, stat } from 'node:fs/promises';
import { Console } from 'node:console';
import { Writable } from 'node:stream';
import { extname } from 'node:path';
import { blocksFromPlainText, extractOutline, toOutlineDocument } from '../core/index.ts';
import type { OutlineDocument } from '../core/index.ts';
import { cleanPageTitle } from '../core/page-title.ts';
import { readPage } from '../dom/index.ts';
import { CliError } from './cli-error.ts';
import { closeWindowQuietly } from './close-window.ts';
import { decodeText } from './decode-text.ts';

/** Larger files are refused rather than read into memory: no speech page comes near. */
const MAX_FILE_BYTES = 64 * 1024 * 1024;

const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml', '.shtml']);
const TEXT_EXTENSIONS = new Set(['.txt', '.text']);

/**
 * Reads an .html/.htm or .txt file and extracts its outline (url: null, as the
 * format asks for files). Other extensions are read as HTML when the text
 * starts like markup, else as plain text. Throws a CliError, with the file
 * name and the system's error code, for anything the user can fix.
 */
export async function outlineFromFile(path: string): Promise<OutlineDocument> {
  const bytes = await readInputBytes(path);
  const html = looksLikeHtml(path, bytes);
  let text: string;
  try {
    text = decodeText(bytes, { html }).text;
  } catch (error) {
    if (error instanceof CliError) throw new CliError(`${path}：${error.zh}`, error.en);
    throw error;
  }
  if (text.trim() === '') throw emptyFile(path);
  return html ? outlineFromHtml(text, null) : outlineFromText(text, null);
}

/**
 * Parses HTML in a happy-dom window with scripts, styles, frames, images and
 * navigation off (a saved page must not reach the network or run its code),
 * reads its blocks and extracts the outline. The window is closed before
 * returning so no timer or socket keeps the process alive.
 */
export async function outlineFromHtml(html: string, url: string | null): Promise<OutlineDocument> {
  // Loaded on demand: importing happy-dom costs about half a second, which .txt input need not pay.
  const { Window } = await import('happy-dom');
  const window = new Window({
    url: url ?? 'about:blank',
    console: silentConsole(),
    settings: {
      enableJavaScriptEvaluation: false,
      disableJavaScriptFileLoading: true,
      enableCSSFileLoading: false,
      enableImageFileLoading: false,
      enableIframePageLoading: false,
      disableComputedStyleRendering: true,
      handleDisabledFileLoadingAsSuccess: true,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
        disableFallbackToSetURL: true,
      },
      fetch: {
        // Anything that still asks for a resource gets an empty answer, never a socket.
        interceptor: {
          beforeAsyncRequest: async ({ window: w }) => new w.Response('', { status: 204 }),
          beforeSyncRequest: ({ window: w }) => ({
            status: 204, statusText: 'No Content', ok: true, url: 'about:blank', redirected: false, headers: new w.Headers(), body: null,
          }),
        },
      },
    },
  });
  try {
    window.document.write(html);
    // happy-dom's Document implements the DOM the adapter uses; its class is not lib.dom's.
    const page = readPage(window.document as unknown as Document);
    const title = cleanPageTitle(page.title);
    return toOutlineDocument(extractOutline(page.blocks, { title, url }));
  } finally {
    await closeWindowQuietly(window);
  }
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

function looksLikeHtml(path: string, bytes: Uint8Array): boolean {
  const ext = extname(path).toLowerCase();
  if (HTML_EXTENSIONS.has(ext)) return true;
  if (TEXT_EXTENSIONS.has(ext)) return false;
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).replace(/^\uFEFF|^ï»¿/, '').trimStart();
  return /^<(!doctype\s+html|html|head|body|meta|title|!--)/i.test(head);
}

/** happy-dom logs page errors to the console it is given; stdout must carry only the outline. */
function silentConsole(): Console {
  const discard = new Writable({ write: (_chunk, _encoding, done) => done() });
  return new Console({ stdout: discard, stderr: discard });
}
