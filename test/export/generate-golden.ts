/**
 * Writes test/export/golden/*. Run once, read every file, commit:
 *   npx tsx test/export/generate-golden.ts           # exports from the stored seed outline
 *   npx tsx test/export/generate-golden.ts --engine  # first re-extract seed-outline.json (篇1–篇3 of seed-p.html)
 * The engine step is separate so a change in extraction never silently rewrites the format goldens.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { outlineFromHtml } from '../../cli/read-input.ts';
import { buildJsonExport } from '../../core/export/index.ts';
import { buildGoldenOutputs, GOLDEN_DIR } from './golden-outputs.ts';
import { SEED_URL } from './notes-fixtures.ts';

mkdirSync(GOLDEN_DIR, { recursive: true });
if (process.argv.includes('--engine')) {
  const html = readFileSync(new URL('../fixtures/seed-p.html', import.meta.url), 'utf8');
  const outline = await outlineFromHtml(html, SEED_URL);
  // The first three of the page's twenty speeches: every marker family the exports meet, in files a person can read.
  writeFileSync(join(GOLDEN_DIR, 'seed-outline.json'), buildJsonExport({ ...outline, sections: outline.sections.slice(0, 3) }));
}
for (const [name, contents] of Object.entries(await buildGoldenOutputs())) {
  writeFileSync(join(GOLDEN_DIR, name), contents);
  console.log(`wrote golden/${name} (${contents.length} chars)`);
}
