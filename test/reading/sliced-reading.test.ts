// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { toOutlineDocument } from '../../core/index.ts';
import { readSpeechPageInSteps } from '../../entrypoints/content/reading/read-outline.ts';
import { createSliceRunner } from '../../entrypoints/content/time-slice.ts';
import { runSteps } from '../../dom/index.ts';
import { buildBigPage, countElements } from '../../bench/big-page.ts';
import { parseHtml, readFixture } from '../dom/load-fixture.ts';

const URL = 'http://127.0.0.1/seed-p.html';

/** The outline document a read gives, or null. */
async function slicedOutline(doc: Document) {
  // A zero budget pauses (and yields to the event loop) at every step of the read.
  const runner = createSliceRunner(() => false, 0);
  const read = await runner.run(readSpeechPageInSteps(doc, URL));
  runner.finish();
  return read ? toOutlineDocument(read.extracted) : null;
}

function unslicedOutline(doc: Document) {
  const read = runSteps(readSpeechPageInSteps(doc, URL));
  return read ? toOutlineDocument(read.extracted) : null;
}

describe('reading a page in time slices', () => {
  it('gives the seed page (18 speeches) exactly the outline of a read in one go', async () => {
    const doc = parseHtml(readFixture('seed-p.html'));
    const whole = unslicedOutline(doc);
    expect(whole?.sections.length).toBeGreaterThanOrEqual(18);
    expect(await slicedOutline(doc)).toEqual(whole);
  });

  it('gives the benchmark’s big page (spans and a long related list) the seed page’s outline, sliced or not', async () => {
    // 30,000 elements rather than the benchmark's 100,000: happy-dom is slow, and the pauses fall the same way.
    const html = buildBigPage(readFixture('seed-p.html'), 30_000);
    expect(countElements(html)).toBeGreaterThanOrEqual(30_000);
    const doc = parseHtml(html);
    const sliced = await slicedOutline(doc);
    expect(sliced).toEqual(unslicedOutline(doc));
    const seed = unslicedOutline(parseHtml(readFixture('seed-p.html')));
    expect(sliced?.sections.map((s) => s.points.length)).toEqual(seed?.sections.map((s) => s.points.length));
  }, 60_000);
});
