import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGoldenOutputs, GOLDEN_DIR } from './golden-outputs.ts';

// The goldens were written by generate-golden.ts and read line by line before
// being committed; a difference here is either a bug or a change to review and regenerate.
describe('exports of the seed page', async () => {
  const outputs = await buildGoldenOutputs();
  it.each(Object.keys(outputs))('match golden/%s exactly', (name) => {
    expect(outputs[name]).toBe(readFileSync(join(GOLDEN_DIR, name), 'utf8'));
  });
});
