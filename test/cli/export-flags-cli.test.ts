import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { documentXmlOf, paragraphOutline } from '../export/golden-outputs.ts';
import { runCli } from './run-cli.ts';

/** The seed page: 18 speeches (篇1…) under one title, as plain text. */
const SEED = 'test/fixtures/seed.txt';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'outline-flags-'));
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('outline CLI export flags', () => {
  it('exports one speech with --section, titled like it, in JSON that keeps the v1 shape', async ({ expect }) => {
    const run = await runCli([SEED, '--section', '2']);
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout) as { format: string; version: number; title: string; sections: Array<{ title: string; points: Array<{ marker: string }> }> };
    expect(doc).toMatchObject({ format: 'speech-outline', version: 1, title: '篇2:党委秘书长会议讲话' });
    expect(doc.sections).toHaveLength(1);
    expect(doc.sections[0]!.points.map((p) => p.marker).slice(0, 3)).toEqual(['一、', '二、', '三、']);
  });

  it('renumbers with --numbering gbt and adds body text with --body in plain text', async ({ expect }) => {
    const run = await runCli([SEED, '-f', 'txt', '--section', '1', '--numbering', 'gbt', '--body']);
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('篇1:在全省党委秘书长会议讲话');
    expect(lines).toContain('　　（一）党性是根本'); // GB/T text indents every paragraph two characters
    expect(lines.some((l) => l.includes('第一,'))).toBe(false);
    expect(lines.some((l) => l.trim().startsWith('党委办公厅(室)姓党。'))).toBe(true);
  });

  it('writes one speech to Word renumbered, with body paragraphs, and nothing of the other speeches', async ({ expect }) => {
    const out = join(dir, '篇3.docx');
    const run = await runCli([SEED, '-f', 'docx', '-o', out, '--section', '3', '--numbering', 'gbt', '--body']);
    expect(run.code).toBe(0);
    const lines = paragraphOutline(documentXmlOf(await readFile(out)));
    expect(lines[0]).toBe('Title\t篇3:党委秘书长会议讲话');
    expect(lines[1]!.startsWith('Heading1\t一、深刻汲取教训')).toBe(true);
    expect(lines[2]!.startsWith('Normal\t')).toBe(true);
    expect(lines.some((l) => l.includes('党性是根本'))).toBe(false);
  });

  it('prints clean Markdown by default and deep links only with --links --url', async ({ expect }) => {
    const clean = await runCli([SEED, '-f', 'md', '--section', '1']);
    expect(clean.code).toBe(0);
    expect(clean.stdout).not.toContain('](');
    const linked = await runCli([SEED, '-f', 'md', '--section', '1', '--links', '--url', 'https://example.org/fanwen/123.html']);
    expect(linked.code).toBe(0);
    expect(linked.stdout).toContain('- [第一,党性是根本](<https://example.org/fanwen/123.html#:~:text=');
  });

  it('writes XMind’s OPML with one root and notes as type="note" children', async ({ expect }) => {
    const run = await runCli([SEED, '-f', 'xmind', '--section', '1']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('<body>\n    <outline text="篇1:在全省党委秘书长会议讲话">\n');
    expect(run.stdout).toContain('<outline type="note" text="党委办公厅(室)姓党。');
    expect(run.stdout).not.toContain('_note=');
  });

  it('refuses a --section the page does not have, saying how many it has', async ({ expect }) => {
    const run = await runCli([SEED, '--section', '99']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim()).toMatch(/^outline: 本页只有 \d+ 篇讲话，没有第 99 篇 \/ the page has \d+ speeches, no speech 99$/);
  });
});
