import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { buildExport } from '../../core/export/index.ts';
import { EXPORTED_AT, readSeedOutline } from './golden-outputs.ts';
import { seedNotes } from './notes-fixtures.ts';

const seed = readSeedOutline();

/** An <outline> as a strict XML parser reads it. */
interface OutlineElement {
  '@_text': string;
  '@_type'?: string;
  '@_url'?: string;
  '@__note'?: string;
  outline?: OutlineElement[];
}

/** Parses an OPML file the way an importer does: validated first, every <outline> as a list. */
function parseOpml(xml: string): { title: string; roots: OutlineElement[] } {
  expect(XMLValidator.validate(xml)).toBe(true);
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', isArray: (name) => name === 'outline', processEntities: true, htmlEntities: true });
  const parsed = parser.parse(xml) as { opml: { '@_version': string; head: { title: string }; body: { outline?: OutlineElement[] } } };
  expect(parsed.opml['@_version']).toBe('2.0');
  return { title: parsed.opml.head.title, roots: parsed.opml.body.outline ?? [] };
}

async function opml(format: 'opml' | 'xmind', options = {}) {
  return (await buildExport(format, seed, { now: EXPORTED_AT, ...options })).data as string;
}

/** XMind 8's importer: a topic's note is the text of its type="note" children, its subtopics the rest. */
function asXmindTopic(el: OutlineElement): { title: string; note: string; children: ReturnType<typeof asXmindTopic>[] } {
  const kids = el.outline ?? [];
  return {
    title: el['@_text'],
    note: kids.filter((k) => k['@_type'] === 'note').map((k) => k['@_text']).join('\n'),
    children: kids.filter((k) => k['@_type'] !== 'note').map(asXmindTopic),
  };
}

describe('OPML for 幕布 and other outliners', () => {
  it('has one root outline, the page title, with a child per speech', async () => {
    const { title, roots } = parseOpml(await opml('opml'));
    expect(title).toBe(seed.title);
    expect(roots.map((r) => r['@_text'])).toEqual([seed.title]);
    expect(roots[0]!.outline!.map((s) => s['@_text'])).toEqual(seed.sections.map((s) => s.title));
  });

  it('has, for one speech, the speech as the root and its points as children', async () => {
    const { roots } = parseOpml(await opml('opml', { section: 1 }));
    expect(roots).toHaveLength(1);
    expect(roots[0]!['@_text']).toBe('篇2:党委秘书长会议讲话');
    expect(roots[0]!.outline!.map((p) => p['@_text'])).toEqual(['一、##年全市党委办公室工作回顾', '二、围绕中心,认真做好党委办公室的各项工作', '三、切实加强各级党委办公室的自身建设']);
  });

  it('keeps in _note the point’s own text without its heading, and no note where nothing is left', async () => {
    const { roots } = parseOpml(await opml('opml', { section: 0 }));
    const lone = roots[0]!.outline![0]!;
    expect(lone['@_text'].startsWith('(一)对办公厅(室)系统的工作')).toBe(true);
    expect(lone['@_text']).not.toContain('…');
    expect(lone['@_text'].endsWith('可能比较完整一些')).toBe(true);
    expect(lone['@__note']).toBeUndefined(); // its one sentence is the heading
    const first = lone.outline![0]!;
    expect(first['@_text']).toBe('第一,党性是根本');
    expect(first['@__note']!.startsWith('党委办公厅(室)姓党。')).toBe(true);
    expect(first['@__note']).not.toContain('党性是根本。');
  });

  it('puts the reader’s notes and 金句 as child outlines before the sub-points', async () => {
    const { roots } = parseOpml(await opml('opml', { section: 0, annotations: seedNotes }));
    const first = roots[0]!.outline![0]!.outline![0]!;
    expect(first.outline).toEqual([{ '@_text': '【金句】“党委办公厅(室)姓党。”', '@__note': '可作开头金句\n标签：#金句 #党性' }]);
  });

  it('renumbers GB/T-style and links to the page only when asked', async () => {
    const plain = parseOpml(await opml('opml', { section: 0, numbering: 'gbt' })).roots[0]!;
    expect(plain.outline!.map((p) => p['@_text'].slice(0, 2))).toEqual(['一、', '二、', '三、']);
    expect(plain.outline![2]!.outline![0]!['@_text']).toBe('（一）要重视');
    expect(JSON.stringify(plain)).not.toContain('@_url');
    const linked = parseOpml(await opml('opml', { section: 0, links: true })).roots[0]!;
    expect(linked.outline![0]!.outline![0]!).toMatchObject({ '@_type': 'link', '@_url': expect.stringMatching(/^https:\/\/example\.org\/fanwen\/123\.html#:~:text=/) });
  });
});

describe('OPML for XMind', () => {
  it('reads, as XMind’s importer would, one central topic with the points as branches and the text as notes', async () => {
    const { roots } = parseOpml(await opml('xmind', { section: 0, annotations: seedNotes }));
    expect(roots).toHaveLength(1);
    const central = asXmindTopic(roots[0]!);
    expect(central.title).toBe('篇1:在全省党委秘书长会议讲话');
    expect(central.children.map((c) => c.title.slice(0, 3))).toEqual(['(一)', '(二)', '(三)']);
    const first = central.children[0]!.children[0]!;
    expect(first.title).toBe('第一,党性是根本');
    expect(first.note.startsWith('党委办公厅(室)姓党。')).toBe(true);
    expect(first.children).toEqual([{ title: '【金句】“党委办公厅(室)姓党。”', note: '可作开头金句\n标签：#金句 #党性', children: [] }]);
    expect(await opml('xmind', { section: 0 })).not.toContain('_note=');
  });
});
