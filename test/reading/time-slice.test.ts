// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractOutline, extractOutlineInSteps } from '../../core/index.ts';
import { readPage, readPageInSteps, runSteps } from '../../dom/index.ts';
import { readSpeechPageInSteps } from '../../entrypoints/content/reading/read-outline.ts';
import { indexOutline } from '../../entrypoints/content/reading/reading-outline.ts';
import { outlineOfPage } from '../../entrypoints/content/page-model.ts';
import { createSliceRunner, SLICE_MEASURE } from '../../entrypoints/content/time-slice.ts';
import { loadFixture } from '../dom/load-fixture.ts';

/** Counts how often a stepped reader pauses before it ends. */
function countPauses<T>(steps: Generator<void, T, void>): { pauses: number; value: T } {
  let pauses = 0;
  for (;;) {
    const step = steps.next();
    if (step.done) return { pauses, value: step.value };
    pauses++;
  }
}

describe('the stepped readers', () => {
  it.each(['seed-p.html', 'seed-br.html', 'single-speech.html'])('read %s exactly as the one-go readers do, pausing on the way', (name) => {
    const doc = loadFixture(name);
    const page = readPage(doc);
    const stepped = countPauses(readPageInSteps(doc));
    expect(stepped.value.blocks).toEqual(page.blocks);
    expect(stepped.value.root).toBe(page.root);
    expect(stepped.pauses).toBeGreaterThanOrEqual(Math.floor(doc.getElementsByTagName('*').length / 256));

    const meta = { title: page.title, url: 'http://127.0.0.1/' + name };
    const engine = countPauses(extractOutlineInSteps(page.blocks, meta));
    expect(engine.value).toEqual(extractOutline(page.blocks, meta));
    // One pause per speech and one before the verdict.
    expect(engine.pauses).toBeGreaterThanOrEqual(engine.value.sections.length);
  });

  it('give the reading view the same page and outline as reading and outlining in one go', () => {
    const doc = loadFixture('seed-word.html');
    const url = 'http://127.0.0.1/seed-word.html';
    const read = runSteps(readSpeechPageInSteps(doc, url));
    expect(read?.outline.signature).toBe(indexOutline(outlineOfPage(readPage(doc), url)).signature);
    expect(read?.outline.points.length).toBeGreaterThan(50);
  });

  it('stop after the cheap gate on a page that is not long Chinese text', () => {
    document.body.innerHTML = '<p>Hello, world.</p>';
    expect(countPauses(readSpeechPageInSteps(document, 'http://127.0.0.1/en.html'))).toEqual({ pauses: 0, value: null });
  });
});

describe('createSliceRunner', () => {
  it('runs stepped work to its end, leaving each slice in the timeline', async () => {
    performance.clearMeasures(SLICE_MEASURE);
    const doc = loadFixture('seed-p.html');
    // A budget of 0 ms: every pause ends a slice.
    const runner = createSliceRunner(() => false, 0);
    const page = await runner.run(readPageInSteps(doc));
    runner.finish();
    expect(page?.blocks).toEqual(readPage(doc).blocks);
    expect(performance.getEntriesByName(SLICE_MEASURE, 'measure').length).toBeGreaterThan(2);
  });

  it('stops at the next pause once the work is cancelled (a newer read started)', async () => {
    let cancelled = false;
    const runner = createSliceRunner(() => cancelled, 0);
    function* steps(): Generator<void, string, void> {
      yield;
      cancelled = true;
      yield;
      return 'done';
    }
    expect(await runner.run(steps())).toBeNull();
  });
});
