// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createPageModel, outlineOfPage } from '../../entrypoints/content/page-model.ts';
import { readPage } from '../../dom/index.ts';
import { loadFixture } from '../dom/load-fixture.ts';

const URL = 'http://127.0.0.1/seed-p.html';

describe('the page model', () => {
  it('reads the seed page once while the DOM stays as it is, and again after it changes', () => {
    const doc = loadFixture('seed-p.html');
    const model = createPageModel(doc);
    const first = model.page();
    expect(model.page()).toBe(first);
    // The page edits a paragraph of the speech (as a site's script may).
    const paragraph = [...doc.querySelectorAll('p')].find((el) => el.textContent?.includes('党性是根本'))!;
    paragraph.textContent = '党性是根本，改过的一句。';
    const second = model.page();
    expect(second).not.toBe(first);
    expect(second.blocks.map((b) => b.text).join('\n')).toContain('改过的一句');
    model.dispose();
  });

  it('hands the annotator the reading view’s read and outline, made before any change', () => {
    const doc = loadFixture('seed-p.html');
    const model = createPageModel(doc);
    const version = model.version();
    const page = readPage(doc);
    const outline = outlineOfPage(page, URL);
    model.remember(page, version, outline);
    expect(model.page()).toBe(page);
    expect(model.speechOutline(page, URL)).toBe(outline);
    expect(outline.sections.length).toBe(20);
    model.dispose();
  });

  it('does not keep a read that began before the DOM changed', () => {
    const doc = loadFixture('seed-p.html');
    const model = createPageModel(doc);
    const version = model.version();
    const stale = readPage(doc);
    doc.body.append(doc.createElement('hr'));
    model.remember(stale, version);
    expect(model.page()).not.toBe(stale);
    model.dispose();
  });

  it('gives no outline for a page that is not a speech', () => {
    const doc = loadFixture('news-report.html');
    const model = createPageModel(doc);
    expect(model.speechOutline(model.page(), 'http://127.0.0.1/news.html')).toBeNull();
    model.dispose();
  });
});

describe('the page model on a page that keeps changing', () => {
  it('sees every change made between two reads, however many, and each change after a read', async () => {
    const doc = loadFixture('seed-p.html');
    const model = createPageModel(doc);
    const first = model.page();
    // A ticking clock: many changes, delivered to the observer before the next read.
    const clock = doc.createElement('span');
    doc.body.append(clock);
    for (let i = 0; i < 50; i++) clock.textContent = `12:00:${i}`;
    await new Promise((resolve) => setTimeout(resolve, 0));
    const second = model.page();
    expect(second).not.toBe(first);
    expect(model.page()).toBe(second);
    // A change right after the read, in the same task, counts too.
    clock.textContent = '12:01:00';
    const third = model.page();
    expect(third).not.toBe(second);
    expect(model.page()).toBe(third);
    model.dispose();
  });

  it('stops watching for good once disposed, even when asked for its version again', () => {
    const doc = loadFixture('seed-p.html');
    const model = createPageModel(doc);
    const before = model.version();
    model.dispose();
    expect(model.version()).toBe(before);
    doc.body.append(doc.createElement('hr'));
    expect(model.version()).toBe(before);
  });
});
