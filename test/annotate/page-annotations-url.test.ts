import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../core/annotation-types.ts';
import type { AnnotationApi } from '../../entrypoints/content/annotate/annotation-api.ts';
import { createPageAnnotations } from '../../entrypoints/content/annotate/page-annotations.ts';
import type { Result } from '../../protocol/result.ts';

const FIRST = 'http://127.0.0.1/spa/speech-1.html';
const SECOND = 'http://127.0.0.1/spa/speech-2.html';

function note(id: string, url: string, quote: string): Annotation {
  return { id, url, kind: 'highlight', color: 'yellow', quote, note: '', tags: [], selectors: [{ type: 'TextQuoteSelector', exact: quote, prefix: '', suffix: '' }], context: null, createdAt: 1, updatedAt: 1 };
}

/** The background's answers, with `annotation/list` held until `release` when `hold` is set. */
function fakeApi(records: Annotation[]) {
  const saved: Annotation[] = [];
  let held: Array<() => void> = [];
  let hold = false;
  const ok = <T>(value: T): Result<T> => ({ ok: true, value });
  const api: AnnotationApi = {
    async list(url) {
      if (hold) await new Promise<void>((r) => held.push(r));
      return ok(records.filter((a) => a.url === url));
    },
    async save(draft) {
      const a = { ...draft, id: `n${saved.length}`, createdAt: 2, updatedAt: 2 } as Annotation;
      saved.push(a);
      return ok(a);
    },
    async update() {
      return { ok: false, error: 'unused' };
    },
    async remove() {
      return { ok: false, error: 'unused' };
    },
  };
  return { api, saved, holdLists: (on: boolean) => (hold = on), release: () => (held.forEach((r) => r()), (held = [])) };
}

const TEXT = '同志们：今天召开会议，主要是总结工作。一、提高政治站位。二、狠抓工作落实。';

describe('createPageAnnotations.setUrl (a single-page site moved to another address)', () => {
  it('forgets the first address’s notes, lists the second’s, and saves new notes under the second', async () => {
    const { api, saved } = fakeApi([note('a', FIRST, '提高政治站位'), note('b', SECOND, '狠抓工作落实')]);
    const list = createPageAnnotations({ api, url: FIRST, pageTitle: () => '讲话', schedule: () => () => undefined });
    list.setText(TEXT);
    await list.load();
    expect(list.store.get().notes.map((n) => n.id)).toEqual(['a']);

    expect(list.setUrl(FIRST)).toBeNull();
    await list.setUrl(SECOND);
    expect(list.store.get().notes.map((n) => n.id)).toEqual(['b']);
    expect(list.store.get().places.a).toBeUndefined();
    expect(list.store.get().places.b).toMatchObject({ state: 'placed' });

    await list.create({ start: 0, end: 3, kind: 'highlight', color: 'green', note: '', tags: [], context: null });
    expect(saved.map((a) => a.url)).toEqual([SECOND]);

    await list.setUrl(FIRST); // back button
    expect(list.store.get().notes.map((n) => n.id)).toEqual(['a']);
  });

  it('drops a list that arrives after the page moved on', async () => {
    const { api, holdLists, release } = fakeApi([note('a', FIRST, '提高政治站位'), note('b', SECOND, '狠抓工作落实')]);
    const list = createPageAnnotations({ api, url: FIRST, pageTitle: () => '讲话', schedule: () => () => undefined });
    holdLists(true);
    const late = list.load();
    holdLists(false);
    const moved = list.setUrl(SECOND)!;
    await moved;
    release();
    await late;
    expect(list.store.get().notes.map((n) => n.id)).toEqual(['b']);
  });
});
