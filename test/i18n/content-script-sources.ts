/**
 * The message keys the content script's code names: every file reachable by
 * relative imports from the loader entrypoints/content/index.ts and the main
 * part entrypoints/content-main.ts (components they import
 * included), every string literal in them that is a message key, and every key
 * a template like t(`prefix_${…}`) can build. Over-counts rather than misses:
 * a word left out of the content script's table would cost the page the
 * browser's synchronous bundle load again.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import en from '../../public/_locales/en/messages.json';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ENTRIES = [resolve(ROOT, 'entrypoints/content/index.ts'), resolve(ROOT, 'entrypoints/content-main.ts')];

/** The file a relative import names, with the extension the import may leave out. */
function resolveImport(from: string, spec: string): string | null {
  const base = resolve(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, resolve(base, 'index.ts')]) {
    if (existsSync(candidate) && /\.tsx?$/.test(candidate)) return candidate;
  }
  return null;
}

/** Every source file of the content script, by relative imports (static, type-only and dynamic alike). */
export function contentScriptFiles(): string[] {
  const seen = new Set<string>();
  const queue = [...ENTRIES];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const match of code.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
      const target = resolveImport(file, match[1]!);
      if (target && !target.endsWith('.json')) queue.push(target);
    }
  }
  return [...seen].sort();
}

/** The message keys the content script's sources can ask for. */
export function contentScriptKeysInSources(): string[] {
  const keys = new Set(Object.keys(en));
  const used = new Set<string>();
  for (const file of contentScriptFiles()) {
    const code = readFileSync(file, 'utf8');
    for (const match of code.matchAll(/['"`]([A-Za-z0-9_@]+)['"`]/g)) if (keys.has(match[1]!)) used.add(match[1]!);
    for (const match of code.matchAll(/\bt\(\s*`([A-Za-z0-9_]*)\$\{/g)) {
      for (const key of keys) if (key.startsWith(match[1]!)) used.add(key);
    }
  }
  return [...used].sort();
}
