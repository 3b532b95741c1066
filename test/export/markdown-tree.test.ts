import { Parser, type Node } from 'commonmark';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../core/annotation-types.ts';
import { buildExport, buildNotesExport } from '../../core/export/index.ts';
import { readSeedOutline } from './golden-outputs.ts';
import { SEED_TITLE, SEED_URL, seedNotes } from './notes-fixtures.ts';

const seed = readSeedOutline();

/** Renders Markdown with the CommonMark reference parser. */
function parse(md: string): Node {
  return new Parser().parse(md);
}

/** Every node of the tree of these types. */
function nodesOf(root: Node, ...types: string[]): Node[] {
  const found: Node[] = [];
  const walker = root.walker();
  for (let e = walker.next(); e; e = walker.next()) if (e.entering && types.includes(e.node.type)) found.push(e.node);
  return found;
}

/** The text a reader sees in a node (soft and hard breaks as spaces). */
function textOf(node: Node): string {
  return nodesOf(node, 'text', 'code', 'softbreak', 'linebreak').map((n) => (n.type.endsWith('break') ? ' ' : n.literal ?? '')).join('');
}

function children(node: Node): Node[] {
  const out: Node[] = [];
  for (let c = node.firstChild; c; c = c.next) out.push(c);
  return out;
}

async function markdown(options = {}) {
  return (await buildExport('md', seed, options)).data as string;
}

/** A note whose quote and text hold `==`, which Obsidian, Typora and 语雀 would read as a highlight. */
const EQUALS_NOTE: Annotation = {
  ...seedNotes[0]!,
  id: 'eq',
  kind: 'note',
  quote: '党委办公厅(室)姓党。',
  note: 'A==B 不是高亮,==也不是',
  tags: [],
};

describe('the Markdown outline as CommonMark renders it', () => {
  it('has no links by default, even when the outline knows its page (338 points no longer cost 89 KB of #:~:text=)', async () => {
    const md = await markdown();
    expect(nodesOf(parse(md), 'link')).toHaveLength(0);
    expect(md).not.toContain('#:~:text=');
    const linked = parse(await markdown({ links: true }));
    expect(nodesOf(linked, 'link').length).toBeGreaterThan(50);
    expect(nodesOf(linked, 'link')[0]!.destination).toMatch(/^https:\/\/example\.org\/fanwen\/123\.html#:~:text=/);
  });

  it('nests the points as lists: a speech heading, then 一、… items holding their sub-points', async () => {
    const tree = parse(await markdown({ section: 1 }));
    const [title, list] = children(tree);
    expect(title!.type).toBe('heading');
    expect(textOf(title!)).toBe('篇2:党委秘书长会议讲话');
    const items = children(list!);
    expect(items.map((i) => textOf(children(i)[0]!))).toEqual(['一、##年全市党委办公室工作回顾', '二、围绕中心,认真做好党委办公室的各项工作', '三、切实加强各级党委办公室的自身建设']);
    expect(children(children(items[0]!)[1]!).map((i) => textOf(children(i)[0]!))[5]).toBe('(六)机要__取得新成绩');
  });

  it('renders notes as a block quote inside their point’s item, before its sub-points, not as list items among them', async () => {
    const tree = parse(await markdown({ section: 0, annotations: seedNotes }));
    const first = nodesOf(tree, 'item').find((i) => textOf(children(i)[0]!) === '第一,党性是根本')!;
    const [label, quote] = children(first);
    expect(label!.type).toBe('paragraph');
    expect(quote!.type).toBe('block_quote');
    expect(textOf(quote!)).toBe('金句 ==党委办公厅(室)姓党。==可作开头金句标签：#金句 #党性');
    const parentList = first.parent!;
    expect(children(parentList).every((i) => !textOf(i).startsWith('金句'))).toBe(true);
  });

  it('places notes under a heading as a block quote in headings mode', async () => {
    const tree = parse(await markdown({ section: 0, headings: true, annotations: seedNotes, quoteStyle: 'blockquote' }));
    const blocks = children(tree);
    const at = blocks.findIndex((b) => b.type === 'heading' && textOf(b) === '第一,党性是根本');
    expect(blocks[at + 1]!.type).toBe('block_quote');
    expect(textOf(blocks[at + 1]!)).toContain('党委办公厅(室)姓党。');
  });

  it('escapes == in notes and quotes wherever it is not the highlight itself', async () => {
    const md = await markdown({ section: 0, annotations: [EQUALS_NOTE] });
    // Source: every = that touches another is backslash-escaped, so no editor starts a highlight there.
    expect(md).toContain('A\\=\\=B 不是高亮,\\=\\=也不是');
    expect(md).not.toMatch(/[^\\=]==[^=]*不是/);
    // Rendered: the reader sees the == as written.
    expect(textOf(parse(md))).toContain('A==B 不是高亮,==也不是');
    const notes = buildNotesExport('md', { url: SEED_URL, title: SEED_TITLE }, [{ ...EQUALS_NOTE, quote: 'x==y' }]).data as string;
    expect(notes).toContain('==x\\=\\=y==');
    expect(textOf(parse(notes))).toContain('==x==y==');
  });

  it('adds each point’s own text after a hard line break, keeping the list tight', async () => {
    const tree = parse(await markdown({ section: 0, body: true }));
    const first = nodesOf(tree, 'item').find((i) => textOf(children(i)[0]!).startsWith('第一,党性是根本'))!;
    const paragraph = children(first)[0]!;
    expect(nodesOf(paragraph, 'linebreak')).toHaveLength(1);
    expect(textOf(paragraph).startsWith('第一,党性是根本 党委办公厅(室)姓党。')).toBe(true);
    expect(nodesOf(tree, 'list').every((l) => l.listTight)).toBe(true);
  });
});
