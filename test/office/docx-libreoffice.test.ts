/**
 * Opens the Word export in a real office suite: LibreOffice converts it to
 * PDF headless, poppler reads the pages back. Needs soffice and pdftotext
 * (scripts/ensure-libreoffice.sh installs them); without them the file skips
 * on a developer machine and fails under CI=true, so CI never passes it by
 * silence. Page images land in .output/docx-pages/ for a person to look at.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildExport } from '../../core/export/index.ts';
import { readSeedOutline } from '../export/golden-outputs.ts';
import { seedNotes } from '../export/notes-fixtures.ts';

const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
const available = has('soffice') && has('pdftotext') && has('pdftoppm');
const inCi = !!process.env.CI && process.env.CI !== 'false';

/** Where the rendered pages are kept for review (ignored by git). */
const PAGES_DIR = join(process.cwd(), '.output', 'docx-pages');

const work = mkdtempSync(join(tmpdir(), 'docx-lo-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Converts .docx files to PDF in one soffice run, with a private profile so parallel runs never share one. */
function convertToPdf(files: string[]): void {
  const profile = `file://${join(work, 'profile')}`;
  const r = spawnSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', work, ...files], { encoding: 'utf8', timeout: 170_000 });
  if (r.status !== 0) throw new Error(`soffice failed (${r.status}): ${r.stderr}`);
}

function pageCount(pdf: string): number {
  const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout;
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
}

/** One page's text, laid out as printed (so a right-aligned page number keeps its leading spaces). */
function pageText(pdf: string, page: number): string {
  return spawnSync('pdftotext', ['-layout', '-f', String(page), '-l', String(page), pdf, '-'], { encoding: 'utf8' }).stdout;
}

/** The page-number line: "— N —" (pdftotext may drop the spaces) and how far it stands from the left edge. */
function pageNumberLine(text: string): { number: number; indent: number } | null {
  const line = text.split('\n').find((l) => /^\s*—\s*\d+\s*—\s*$/.test(l));
  if (!line) return null;
  return { number: Number(/\d+/.exec(line)![0]), indent: line.length - line.trimStart().length };
}

/** LibreOffice puts a space between Chinese and digits/Latin; compare without spaces. */
const squeeze = (s: string) => s.replace(/\s+/g, '');

describe.skipIf(!available && !inCi)('the Word export opened in LibreOffice', () => {
  const seed = readSeedOutline();
  let whole = '';
  let speech = '';

  it('is installed where CI runs the suite', () => {
    expect(available, 'soffice/pdftotext missing: run scripts/ensure-libreoffice.sh').toBe(true);
  });

  it('converts the whole page (headings only) and one speech (renumbered, with body and notes)', async () => {
    const docxWhole = join(work, 'whole.docx');
    const docxSpeech = join(work, 'speech.docx');
    writeFileSync(docxWhole, (await buildExport('docx', seed)).data);
    writeFileSync(docxSpeech, (await buildExport('docx', seed, { section: 0, numbering: 'gbt', body: true, annotations: seedNotes })).data);
    convertToPdf([docxWhole, docxSpeech]);
    whole = join(work, 'whole.pdf');
    speech = join(work, 'speech.pdf');
    expect(pageCount(whole)).toBeGreaterThan(1);
    expect(pageCount(speech)).toBeGreaterThan(2);
    rmSync(PAGES_DIR, { recursive: true, force: true }); // never leave images of an older build to look at
    mkdirSync(PAGES_DIR, { recursive: true });
    spawnSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '3', speech, join(PAGES_DIR, 'speech1-gbt-body-notes')]);
    spawnSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', whole, join(PAGES_DIR, 'whole-page-headings')]);
  }, 180_000);

  it('holds on page 1 the title and the first headings, not the title alone', () => {
    const page1 = squeeze(pageText(whole, 1));
    expect(page1).toContain(squeeze(seed.title));
    expect(page1).toContain('篇1:在全省党委秘书长会议讲话');
    for (const heading of ['第一,党性是根本', '第二,宗旨是本质', '第八,运作是要领']) expect(page1).toContain(heading);
    const speech1 = squeeze(pageText(speech, 1));
    expect(speech1).toContain('篇1:在全省党委秘书长会议讲话');
    expect(speech1).toContain('（一）党性是根本');
    expect(speech1).toContain('党委办公厅(室)姓党。党委办公厅(室)系统');
    expect(speech1).toContain('【金句】“党委办公厅(室)姓党。”');
  });

  it('numbers every page "— N —", odd pages on the right and even pages on the left', () => {
    const pages = pageCount(speech);
    const lines = Array.from({ length: pages }, (_, i) => pageNumberLine(pageText(speech, i + 1)));
    expect(lines.map((l) => l?.number)).toEqual(Array.from({ length: pages }, (_, i) => i + 1));
    const [odd, even] = [lines[0]!, lines[1]!];
    expect(odd.indent).toBeGreaterThan(even.indent + 20);
  });

  it('starts each later speech on a new page', () => {
    const starts = Array.from({ length: pageCount(whole) }, (_, i) => squeeze(pageText(whole, i + 1)))
      .map((text, i) => ({ page: i + 1, text }))
      .filter((p) => /篇[23]:党委秘书长会议讲话/.test(p.text));
    expect(starts.length).toBe(2);
    for (const start of starts) expect(start.text.split('\n').find((l) => l !== '')).toMatch(/^篇[23]:/);
  });
});
