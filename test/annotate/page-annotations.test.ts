// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../core/annotation-types.ts';
import { extractOutline } from '../../core/index.ts';
import { indexRuns } from '../../dom/annotation-offsets.ts';
import { readPage } from '../../dom/index.ts';
import type { AnnotationChanges, AnnotationDraft } from '../../protocol/annotation-wire.ts';
import type { AnnotationApi } from '../../entrypoints/content/annotate/annotation-api.ts';
import { groupPageNotes, pointIdForContext } from '../../entrypoints/content/annotate/group-notes.ts';
import { createPageAnnotations, type IdleScheduler, type NewAnnotation } from '../../entrypoints/content/annotate/page-annotations.ts';
import type { Result } from '../../protocol/result.ts';
import { indexOutline } from '../../entrypoints/content/reading/reading-outline.ts';
import { parseHtml, readFixture } from '../dom/load-fixture.ts';
import { editSeedPage, SEED_EDITS } from './edit-seed-page.ts';

const URL = 'http://127.0.0.1/seed-p.html';

/** The messages' answers kept in a Map, as the background would keep them in IndexedDB. */
function fakeApi(): AnnotationApi & { records: Map<string, Annotation>; calls: string[] } {
  const records = new Map<string, Annotation>();
  const calls: string[] = [];
  let next = 0;
  const ok = <T>(value: T): Result<T> => ({ ok: true, value: structuredClone(value) });
  return {
    records,
    calls,
    async list(url) {
      calls.push('annotation/list');
      return ok([...records.values()].filter((a) => a.url === url));
    },
    async save(draft: AnnotationDraft) {
      calls.push('annotation/save');
      const now = Date.now();
      const saved: Annotation = { ...draft, id: draft.id ?? `note-${++next}`, createdAt: draft.createdAt ?? now, updatedAt: now };
      records.set(saved.id, saved);
      return ok(saved);
    },
    async update(id: string, changes: AnnotationChanges) {
      calls.push('annotation/update');
      const old = records.get(id);
      if (!old) return { ok: false, error: 'no such annotation' };
      const updated = { ...old, ...changes, updatedAt: Date.now() };
      records.set(id, updated);
      return ok(updated);
    },
    async remove(id: string) {
      calls.push('annotation/delete');
      const old = records.get(id);
      if (!old) return { ok: false, error: 'no such annotation' };
      records.delete(id);
      return ok(old);
    },
  };
}

/** An idle scheduler the test drives by hand: `runIdle()` plays every queued step to its end. */
function manualScheduler(): IdleScheduler & { runIdle(): number } {
  let queued: Array<{ step: () => boolean; cancelled: boolean }> = [];
  const schedule = ((step: () => boolean) => {
    const task = { step, cancelled: false };
    queued.push(task);
    return () => {
      task.cancelled = true;
    };
  }) as IdleScheduler & { runIdle(): number };
  schedule.runIdle = () => {
    let steps = 0;
    const tasks = queued;
    queued = [];
    for (const t of tasks) while (!t.cancelled && t.step()) steps++;
    return steps;
  };
  return schedule;
}

function pageText(html: string): string {
  return indexRuns(readPage(parseHtml(html))).text;
}

const original = readFixture('seed-p.html');
const QUOTES = {
  unchanged: '第四,枢纽是定位。我们的整个权力构架',
  reworded: '理论武装与理论学习不同,理论武装不只是能写能讲',
  moved: '党委办公厅(室)系统的形象,直接影响着党委的形象',
  deleted: '是很不容易的,领导要多理解',
};

function draftAt(text: string, quote: string, extra: Partial<NewAnnotation> = {}): NewAnnotation {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`${quote} not in the page`);
  return { start, end: start + quote.length, kind: 'highlight', color: 'yellow', note: '', tags: [], context: null, ...extra };
}

describe('createPageAnnotations', () => {
  it('saves a selection with its quote and selectors through annotation/save', async () => {
    const api = fakeApi();
    const list = createPageAnnotations({ api, url: URL, pageTitle: () => '讲话', schedule: manualScheduler() });
    await list.load();
    const text = pageText(original);
    list.setText(text);
    const saved = await list.create(draftAt(text, QUOTES.unchanged, { kind: 'note', note: '好提法', tags: ['定位'] }));
    expect(saved.ok).toBe(true);
    const record = [...api.records.values()][0]!;
    expect(record).toMatchObject({ url: URL, kind: 'note', quote: QUOTES.unchanged, note: '好提法', tags: ['定位'] });
    expect(record.selectors.map((s) => s.type)).toEqual(['TextQuoteSelector', 'TextPositionSelector']);
    expect(list.store.get().places[record.id]).toMatchObject({ state: 'placed', start: text.indexOf(QUOTES.unchanged) });
  });

  it('re-anchors on an edited page: exact at once, the reworded quote in idle time, the deleted one as an orphan — none dropped', async () => {
    const api = fakeApi();
    const first = createPageAnnotations({ api, url: URL, pageTitle: () => '讲话', schedule: manualScheduler() });
    await first.load();
    const before = pageText(original);
    first.setText(before);
    for (const quote of Object.values(QUOTES)) expect((await first.create(draftAt(before, quote))).ok).toBe(true);

    // The next visit, to the edited page.
    const idle = manualScheduler();
    const visit = createPageAnnotations({ api, url: URL, pageTitle: () => '讲话', schedule: idle });
    await visit.load();
    const after = pageText(editSeedPage(original));
    expect(after.startsWith(SEED_EDITS.inserted) || after.includes(SEED_EDITS.inserted)).toBe(true);
    visit.setText(after);
    const byQuote = (q: string) => visit.store.get().notes.find((n) => n.quote === q)!.id;
    const placeOf = (q: string) => visit.store.get().places[byQuote(q)];

    // First pass (critical path): no approximate search yet.
    expect(placeOf(QUOTES.unchanged)).toMatchObject({ state: 'placed', method: 'quote' });
    expect(placeOf(QUOTES.moved)).toMatchObject({ state: 'placed', method: 'quote' });
    expect(placeOf(QUOTES.reworded)).toEqual({ state: 'pending' });
    expect(placeOf(QUOTES.deleted)).toEqual({ state: 'pending' });

    expect(idle.runIdle()).toBeGreaterThan(0);
    const reworded = placeOf(QUOTES.reworded);
    expect(reworded).toMatchObject({ state: 'placed', method: 'fuzzy' });
    if (reworded?.state === 'placed') expect(after.slice(reworded.start, reworded.end)).toContain('能写会讲');
    expect(placeOf(QUOTES.deleted)).toEqual({ state: 'orphan' });
    for (const q of [QUOTES.unchanged, QUOTES.moved]) {
      const p = placeOf(q);
      if (p?.state === 'placed') expect(after.slice(p.start, p.end)).toBe(q);
    }
    expect(visit.store.get().notes).toHaveLength(4);

    // The reader re-attaches the orphan to text they selected.
    const target = after.indexOf('领导要多支持');
    const at = target >= 0 ? target : after.indexOf('二要严格');
    const reattached = await visit.reattach(byQuote(QUOTES.deleted), at, at + 8, null);
    expect(reattached.ok).toBe(true);
    expect(api.records.get(byQuote(after.slice(at, at + 8)))!.quote).toBe(after.slice(at, at + 8));
    expect(visit.store.get().places[byQuote(after.slice(at, at + 8))]).toMatchObject({ state: 'placed', start: at });
  });

  it('deletes, then undoes by saving the returned record again (same id)', async () => {
    const api = fakeApi();
    const list = createPageAnnotations({ api, url: URL, pageTitle: () => '讲话', schedule: manualScheduler() });
    await list.load();
    const text = pageText(original);
    list.setText(text);
    const saved = await list.create(draftAt(text, QUOTES.moved, { kind: 'golden' }));
    if (!saved.ok) throw new Error(saved.error);
    const removed = await list.remove(saved.value.id);
    expect(list.store.get().notes).toEqual([]);
    if (!removed.ok) throw new Error(removed.error);
    await list.restore(removed.value);
    expect(list.store.get().notes.map((n) => n.id)).toEqual([saved.value.id]);
    expect(list.store.get().places[saved.value.id]).toMatchObject({ state: 'placed' });
    expect(api.calls).toEqual(['annotation/list', 'annotation/save', 'annotation/delete', 'annotation/save']);
  });

  it('keeps a note made while the list was still on its way', async () => {
    const api = fakeApi();
    let release: () => void = () => undefined;
    const slowList = api.list;
    api.list = (url) => new Promise((done) => (release = () => void slowList(url).then(done)));
    const list = createPageAnnotations({ api, url: URL, pageTitle: () => '讲话', schedule: manualScheduler() });
    const loading = list.load();
    const text = pageText(original);
    list.setText(text);
    await list.create(draftAt(text, QUOTES.unchanged));
    release();
    await loading;
    expect(list.store.get().notes).toHaveLength(1);
  });
});

describe('groupPageNotes', () => {
  it('puts notes under the outline point they were made in, in reading order, orphans apart', () => {
    const page = readPage(parseHtml(original));
    const outline = indexOutline(extractOutline(page.blocks, { title: page.title, url: null }));
    const point = outline.points.find((p) => p.depth >= 2)!;
    const path: string[] = [];
    for (let id = point.id; id >= 0; id = outline.points[id]!.parent) path.unshift(outline.points[id]!.marker);
    const context = { sectionIndex: point.section, sectionTitle: '', path, pointTitle: point.title };
    expect(pointIdForContext(outline, context)).toBe(point.id);
    const note = (id: string, ctx: typeof context | null): Annotation => ({ id, url: URL, kind: 'highlight', color: 'yellow', quote: id, note: '', tags: [], selectors: [], context: ctx, createdAt: 0, updatedAt: 0 });
    const notes = [note('b', context), note('a', context), note('x', null), note('gone', context)];
    const grouped = groupPageNotes(notes, { a: { state: 'placed', start: 5, end: 9, method: 'quote' }, b: { state: 'placed', start: 50, end: 60, method: 'quote' }, x: { state: 'placed', start: 1, end: 2, method: 'quote' }, gone: { state: 'orphan' } }, outline);
    expect(grouped.groups.map((g) => [g.pointId, g.notes.map((n) => n.id)])).toEqual([[-1, ['x']], [point.id, ['a', 'b']]]);
    expect(grouped.orphans.map((n) => n.id)).toEqual(['gone']);
  });

  it('names the speech in each group title on a page of several speeches (篇3 › 二 › （三）)', () => {
    const page = readPage(parseHtml(original));
    const outline = indexOutline(extractOutline(page.blocks, { title: page.title, url: null }));
    expect(outline.sections.length).toBeGreaterThan(3);
    const point = outline.points.find((p) => p.section === 2 && p.depth >= 2)!;
    const path: string[] = [];
    for (let id = point.id; id >= 0; id = outline.points[id]!.parent) path.unshift(outline.points[id]!.marker);
    const sectionTitle = outline.sections[2]!.title;
    // A note saved before sectionCount was kept: today's outline tells the page has several speeches.
    const context = { sectionIndex: 2, sectionTitle, path, pointTitle: point.title };
    const note: Annotation = { id: 'n', url: URL, kind: 'note', color: 'blue', quote: 'q', note: '笔记', tags: [], selectors: [], context, createdAt: 0, updatedAt: 0 };
    const [group] = groupPageNotes([note], { n: { state: 'placed', start: 1, end: 2, method: 'quote' } }, outline).groups;
    expect(sectionTitle).toMatch(/^篇\s*3/);
    expect(group!.location.startsWith('篇3 › ')).toBe(true);
    expect(group!.location.split(' › ')).toHaveLength(path.length + 1);
  });
});
