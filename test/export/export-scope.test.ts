import { describe, expect, it } from 'vitest';
import { buildExport, buildNotesExport, buildWebAnnotationJson, normalizeSource, pointKey, pointMarker, scopeOutline } from '../../core/export/index.ts';
import { readSeedOutline } from './golden-outputs.ts';
import { SEED_TITLE, SEED_URL, seedNotes } from './notes-fixtures.ts';

const seed = readSeedOutline();
const page = { url: SEED_URL, title: SEED_TITLE };

describe('scopeOutline', () => {
  it('keeps one speech, titled like it, with its notes and keywords renumbered as section 0', () => {
    const keywords = new Map([[pointKey(1, ['一、']), ['文秘']], [pointKey(0, ['(一)']), ['党性']]]);
    const scoped = scopeOutline({ outline: seed, annotations: seedNotes, keywords }, { section: 1 });
    expect(scoped.outline.title).toBe('篇2:党委秘书长会议讲话');
    expect(scoped.outline.sections).toEqual([seed.sections[1]]);
    expect(scoped.outline.url).toBe(seed.url);
    expect(scoped.annotations!.map((a) => a.quote)).toEqual(['严把发文关', '机要__取得新成绩', '督查工作要扎实有力']);
    expect(scoped.annotations!.every((a) => a.context?.sectionIndex === 0)).toBe(true);
    expect([...scoped.keywords!]).toEqual([[pointKey(0, ['一、']), ['文秘']]]);
  });

  it('leaves everything as it is without a section, and refuses one the page lacks', () => {
    const input = { outline: seed, annotations: seedNotes };
    expect(scopeOutline(input)).toBe(input);
    expect(() => scopeOutline(input, { section: 3 })).toThrow(RangeError);
  });

  it('narrows every outline format the same way', async () => {
    for (const format of ['json', 'md', 'txt', 'gbt', 'opml', 'xmind'] as const) {
      const data = (await buildExport(format, seed, { section: 2 })).data as string;
      expect(data, format).toContain('篇3:党委秘书长会议讲话');
      expect(data, format).not.toContain('党性是根本');
      expect(data, format).not.toContain('文秘工作严谨规范');
    }
  });

  it('narrows the notes exports to the notes of that speech', () => {
    const md = buildNotesExport('md', page, seedNotes, { outline: seed, section: 0 });
    expect(md.filename).toBe('篇1_在全省党委秘书长会议讲话（笔记）.md');
    expect(md.data).toContain('党委办公厅(室)姓党。');
    expect(md.data).not.toContain('严把发文关');
    const csv = buildNotesExport('csv', page, seedNotes, { section: 1, formatTime: () => 't' }).data as string;
    expect(csv.split('\r\n').filter((l) => l !== '')).toHaveLength(1 + 3);
  });
});

describe('pointMarker', () => {
  it.each([
    ['一要', 2, 1, '（一）要'], ['第一要', 1, 3, '三、要'], ['一是', 2, 2, '（二）'], ['第一,', 1, 1, '一、'],
    ['首先,', 3, 1, '1.'], ['(一)', 4, 2, '（2）'], ['一、', 5, 1, '①'],
  ])('renumbers %s at depth %i, position %i as %s', (marker, depth, position, expected) => {
    expect(pointMarker(marker, depth, position, 'gbt')).toBe(expected);
  });

  it('keeps the page’s own marker by default', () => {
    expect(pointMarker(' 一要 ', 2, 5)).toBe('一要');
  });
});

describe('Web Annotation JSON-LD', () => {
  it('gives the collection and its page ids, the page pointing back to its collection', () => {
    const c = JSON.parse(buildWebAnnotationJson(seedNotes.slice(0, 2))) as { id: string; first: { id: string; partOf: string }; last: string };
    expect(c.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(c.first.id).toBe(`${c.id}#page1`);
    expect(c.first.partOf).toBe(c.id);
    expect(c.last).toBe(c.first.id);
    const other = JSON.parse(buildWebAnnotationJson(seedNotes.slice(0, 2))) as { id: string };
    expect(other.id).not.toBe(c.id); // a new collection each export, unless the caller names it
  });

  it('makes a v4 uuid even where crypto.randomUUID is missing (a content script on an http: page)', () => {
    const randomUUID = crypto.randomUUID;
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      const c = JSON.parse(buildWebAnnotationJson([])) as { id: string };
      expect(c.id).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    } finally {
      Object.defineProperty(crypto, 'randomUUID', { value: randomUUID, configurable: true });
    }
  });

  it.each([
    ['HTTPS://Example.ORG:443/fanwen/../fanwen/123.html#:~:text=abc', 'https://example.org/fanwen/123.html'],
    ['http://example.org', 'http://example.org/'],
    ['https://例子.中国/讲话 稿.html', 'https://xn--fsqu00a.xn--fiqs8s/%E8%AE%B2%E8%AF%9D%20%E7%A8%BF.html'],
    ['not a url', 'not a url'],
  ])('normalises the target source %s to %s', (url, expected) => {
    expect(normalizeSource(url)).toBe(expected);
    const c = JSON.parse(buildWebAnnotationJson([{ ...seedNotes[0]!, url }])) as { first: { items: Array<{ target: { source: string } }> } };
    expect(c.first.items[0]!.target.source).toBe(expected);
  });

  it('groups notes of one page typed two ways under one source', () => {
    const notes = [{ ...seedNotes[0]!, url: 'https://EXAMPLE.org/fanwen/123.html' }, { ...seedNotes[2]!, url: SEED_URL + '#top' }];
    const c = JSON.parse(buildWebAnnotationJson(notes)) as { first: { items: Array<{ target: { source: string } }> } };
    expect(new Set(c.first.items.map((i) => i.target.source))).toEqual(new Set([SEED_URL]));
  });
});
