/**
 * What the store builds ask for: no local hosts, no <all_urls>, nothing granted
 * by default beyond the curated sites' content script. Builds the real manifests
 * with WXT (into a temporary directory, in a child process: WXT's build does
 * not belong inside the test runner's module graph). The demo build's extra
 * hosts are exercised by the end-to-end tests, which load it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SPEECH_SITE_MATCHES } from '../../sites/speech-sites.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const LOCAL = /127\.0\.0\.|localhost/;

interface BuiltManifest {
  permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  optional_permissions?: string[];
  content_scripts?: Array<{ matches: string[] }>;
  commands?: Record<string, { suggested_key?: { default: string } }>;
}

let outDir: string;

/** Builds with WXT's API and returns the manifest it wrote. */
function buildManifest(mode: string, browser: 'chrome' | 'firefox' = 'chrome'): BuiltManifest {
  const script = `const { build } = await import('wxt'); await build({ root: ${JSON.stringify(ROOT)}, mode: ${JSON.stringify(mode)}, browser: ${JSON.stringify(browser)}, outDir: ${JSON.stringify(join(outDir, mode))}, logLevel: 1 });`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  if (run.status !== 0) throw new Error(`wxt build --mode ${mode} failed:\n${run.stderr}`);
  const dir = browser === 'chrome' ? 'chrome-mv3' : 'firefox-mv2';
  const suffix = mode === 'production' ? '' : `-${mode}`;
  return JSON.parse(readFileSync(join(outDir, mode, `${dir}${suffix}`, 'manifest.json'), 'utf8')) as BuiltManifest;
}

beforeAll(() => {
  outDir = mkdtempSync(join(tmpdir(), 'speech-outline-manifest-'));
});

afterAll(() => {
  rmSync(outDir, { recursive: true, force: true });
});

describe('the store build’s manifest', () => {
  let manifest: BuiltManifest;
  beforeAll(() => {
    manifest = buildManifest('production');
  }, 120_000);

  it('runs the content script on the curated sites only: no local hosts, no <all_urls>', () => {
    const matches = manifest.content_scripts?.flatMap((s) => s.matches) ?? [];
    expect([...matches].sort()).toEqual([...SPEECH_SITE_MATCHES].sort());
    expect(matches.filter((m) => LOCAL.test(m) || m === '<all_urls>' || m === '*://*/*')).toEqual([]);
  });

  it('grants no host at install; every other site is optional, asked for at run time', () => {
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.permissions).toEqual(['storage', 'activeTab', 'scripting', 'contextMenus']);
    expect(manifest.permissions?.filter((p) => p.includes('/') || p === '<all_urls>')).toEqual([]);
    expect(manifest.optional_host_permissions).toEqual(['*://*/*']);
  });

  it('declares the keyboard commands with at most four suggested keys', () => {
    const commands = manifest.commands ?? {};
    expect(Object.keys(commands).sort()).toEqual(['next-point', 'prev-point', 'run-on-page', 'toggle-highlights', 'toggle-panel']);
    expect(Object.values(commands).filter((c) => c.suggested_key).length).toBeLessThanOrEqual(4);
  });
});

describe('the Firefox build’s manifest', () => {
  it('takes the optional host pattern in optional_permissions (MV2 has no optional_host_permissions)', () => {
    const manifest = buildManifest('production', 'firefox');
    expect(manifest.optional_permissions).toEqual(['*://*/*']);
    expect(manifest.optional_host_permissions).toBeUndefined();
    expect(JSON.stringify(manifest.content_scripts)).not.toMatch(LOCAL);
  }, 120_000);
});
