/**
 * Every export of the seed page, built from the stored outline
 * (golden/seed-outline.json) and notes fixture. generate-golden.ts writes these
 * files once; golden.test.ts builds them again and compares byte for byte.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync, strFromU8 } from 'fflate';
import { buildExport, buildNotesExport, pointKey } from '../../core/export/index.ts';
import type { OutlineDocument } from '../../core/types.ts';
import { SEED_TITLE, SEED_URL, seedNotes } from './notes-fixtures.ts';

/** test/export/golden, as a path (a DOM test environment replaces the global URL class). */
export const GOLDEN_DIR = join(dirname(fileURLToPath(import.meta.url)), 'golden');

/** The outline every golden file starts from: the engine's output for seed-p.html at SEED_URL. */
export function readSeedOutline(): OutlineDocument {
  return JSON.parse(readFileSync(join(GOLDEN_DIR, 'seed-outline.json'), 'utf8')) as OutlineDocument;
}

/** A fixed export time, so OPML's dateCreated does not change between runs. */
export const EXPORTED_AT = new Date(Date.UTC(2024, 4, 1, 9, 0, 0));

/** Keywords for two points, as the keyword extractor may supply them. */
export const seedKeywords = new Map([
  [pointKey(0, ['(一)', '第一,']), ['党性', '先锋队']],
  [pointKey(1, ['一、']), ['文秘', '信息', '督查']],
]);

/** word/document.xml of a .docx, one paragraph per line so a diff shows what changed. */
export function documentXmlOf(docx: Uint8Array): string {
  const files = unzipSync(docx);
  const xml = files['word/document.xml'];
  if (!xml) throw new Error('no word/document.xml in the .docx');
  return strFromU8(xml).replace(/<w:p>/g, '\n<w:p>').replace(/<w:sectPr>/, '\n<w:sectPr>') + '\n';
}

/** Each paragraph's style and text, one line each: `Heading2\t第一,党性是根本`. */
export function paragraphOutline(documentXml: string): string[] {
  const lines: string[] = [];
  for (const m of documentXml.matchAll(/<w:p>(.*?)<\/w:p>/gs)) {
    const body = m[1] ?? '';
    const style = /<w:pStyle w:val="([^"]+)"\/>/.exec(body)?.[1] ?? 'Normal';
    const text = [...body.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('');
    lines.push(`${style}\t${unescapeXml(text)}`);
  }
  return lines;
}

function unescapeXml(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/** Golden file name → expected contents. */
export async function buildGoldenOutputs(): Promise<Record<string, string>> {
  const outline = readSeedOutline();
  const text = async (format: Parameters<typeof buildExport>[0], options = {}) => {
    const data = (await buildExport(format, outline, options)).data;
    if (typeof data !== 'string') throw new Error(`${format} is not text`);
    return data;
  };
  const docx = (await buildExport('docx', outline, { body: true })).data;
  if (typeof docx === 'string') throw new Error('docx is not bytes');
  const documentXml = documentXmlOf(docx);
  const page = { url: SEED_URL, title: SEED_TITLE };
  const utc = (ms: number) => new Date(ms).toISOString().replace('T', ' ').replace(/\.\d+Z$/, '');
  const notes = (format: 'md' | 'csv' | 'jsonld', options = {}) => {
    const data = buildNotesExport(format, page, seedNotes, { formatTime: utc, ...options }).data;
    if (typeof data !== 'string') throw new Error(`${format} is not text`);
    return data;
  };
  return {
    'seed-outline.json': await text('json'),
    'outline.md': await text('md'),
    'outline-headings-notes.md': await text('md', { headings: true, keywords: seedKeywords, annotations: seedNotes, quoteStyle: 'blockquote' }),
    'outline.txt': await text('txt'),
    'outline-gbt.txt': await text('gbt', { body: true }),
    'outline.opml': await text('opml', { now: EXPORTED_AT }),
    'outline-section1-notes.opml': await text('opml', { now: EXPORTED_AT, section: 0, annotations: seedNotes }),
    'outline-section1-notes-xmind.opml': await text('xmind', { now: EXPORTED_AT, section: 0, annotations: seedNotes }),
    'outline-docx-document.xml': documentXml,
    'outline-docx-paragraphs.txt': paragraphOutline(documentXml).join('\n') + '\n',
    'notes.md': notes('md', { outline }),
    'notes-without-outline.md': notes('md'),
    'notes.csv': notes('csv', { pageTitles: new Map([[SEED_URL, SEED_TITLE]]) }),
    'notes.jsonld': notes('jsonld', { collectionId: 'urn:uuid:6f1d2c3b-4a5e-4f60-8b7c-9d0e1f2a3b4c' }),
  };
}
