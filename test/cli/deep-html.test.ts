import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { runCli } from './run-cli.ts';

/**
 * A speech whose points sit inside `depth` nested <div>s, as malformed pages
 * with unclosed tags produce; `closed` decides whether the tags are ever closed.
 */
function deepPage(depth: number, closed: boolean): string {
  return '<!DOCTYPE html><html><head><meta charset="utf-8"><title>在全市党委办公室工作会议上的讲话</title></head><body>'
    + '<div>'.repeat(depth)
    + '<p>同志们：</p><p>一、围绕中心，认真做好党委办公室的各项工作</p><p>二、加强自身建设，提高服务水平</p>'
    + (closed ? '</div>'.repeat(depth) : '')
    + '</body></html>';
}

let dir = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'outline-deep-'));
  await writeFile(join(dir, 'deep-3000.html'), deepPage(3000, true));
  await writeFile(join(dir, 'deep-10000.html'), deepPage(10_000, false));
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

// happy-dom's teardown recursed through the tree and overflowed the stack after the outline was built.
describe.concurrent('outline CLI on deeply nested HTML', { timeout: 90_000 }, () => {
  it.for(['deep-3000.html', 'deep-10000.html'])('prints the outline of %s and exits 0', async (name, { expect }) => {
    const run = await runCli([join(dir, name), '--format', 'md'], 80_000);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('# 在全市党委办公室工作会议上的讲话\n\n- 一、围绕中心，认真做好党委办公室的各项工作\n- 二、加强自身建设，提高服务水平\n');
  });
});
