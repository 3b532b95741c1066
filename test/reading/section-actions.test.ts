import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { outlineFromHtml } from '../../cli/read-input.ts';
import { buildExport } from '../../core/export/index.ts';
import { extractOutline, type OutlineDocument } from '../../core/index.ts';
import { readPage } from '../../dom/index.ts';
import { exportSectionFromQuery } from '../../components/LibraryApp.tsx';
import { menuKey, openingIndex } from '../../entrypoints/content/reading/panel/menu-keys.ts';
import { indexOutline, sectionStartBlock } from '../../entrypoints/content/reading/reading-outline.ts';
import { MAX_SAVED_NAME, sectionSave } from '../../entrypoints/content/reading/section-outline.ts';
import { isOutlineDocument } from '../../protocol/outline-shape.ts';
import { loadFixture } from '../dom/load-fixture.ts';

const SEED = resolve(import.meta.dirname, '../fixtures/seed-p.html');
const URL = 'https://www.example.com/seed-p.html';

async function seedOutline(): Promise<OutlineDocument> {
  return outlineFromHtml(await readFile(SEED, 'utf8'), URL);
}

describe('sectionSave (保存本篇)', () => {
  it('is the very document `--section N --format json` writes, named "<page> · <speech>"', async () => {
    const doc = await seedOutline();
    const five = doc.sections.findIndex((s) => s.title.startsWith('篇5:'));
    const { outline, name } = sectionSave(doc, five);
    const cli = JSON.parse((await buildExport('json', doc, { section: five })).data as string) as OutlineDocument;
    expect(outline).toEqual(cli);
    expect(isOutlineDocument(outline)).toBe(true);
    expect(outline.sections).toHaveLength(1);
    expect(outline.url).toBe(URL);
    expect(outline.title).toBe('篇5:秘书长会议讲话');
    expect(name).toBe('在全省党委秘书长会议讲话 · 篇5:秘书长会议讲话');
  });

  it('keeps a speech without points (its title alone) and names a page without a title with the stand-in', async () => {
    const doc = await seedOutline();
    const empty = doc.sections.findIndex((s) => s.title.startsWith('篇11:'));
    expect(sectionSave(doc, empty).outline.sections[0]).toEqual({ title: '篇11:党委办公室会议讲话', points: [] });
    expect(sectionSave({ ...doc, title: '' }, 0).name).toBe(`（无标题） · ${doc.sections[0]!.title}`);
  });

  it('cuts a long page title to fit the saved name’s limit, keeping the speech’s title whole', async () => {
    const doc = await seedOutline();
    const { name } = sectionSave({ ...doc, title: '很长的标题'.repeat(60) }, 1);
    expect(name.length).toBeLessThanOrEqual(MAX_SAVED_NAME);
    expect(name.endsWith(`… · ${doc.sections[1]!.title}`)).toBe(true);
  });

  it('throws for a speech the page does not have', async () => {
    const doc = await seedOutline();
    expect(() => sectionSave(doc, doc.sections.length)).toThrow(RangeError);
  });
});

describe('sectionStartBlock (跳到开头)', () => {
  it('is the heading block, or the first block when the page title stands in for the heading', () => {
    expect(sectionStartBlock({ headingBlock: 12, firstBlock: 12 })).toBe(12);
    expect(sectionStartBlock({ headingBlock: -1, firstBlock: 3 })).toBe(3);
  });

  it('puts every seed speech’s start on its own 篇 heading, the empty ones included', () => {
    const page = readPage(loadFixture('seed-p.html'));
    const outline = indexOutline(extractOutline(page.blocks, { title: page.title, url: null }));
    for (const section of outline.sections.filter((s) => s.title.startsWith('篇'))) {
      expect(page.blocks[section.startBlock]!.text.trim()).toBe(section.title);
    }
    expect(outline.sections.filter((s) => s.count === 0).map((s) => s.title)).toEqual(['篇11:党委办公室会议讲话', '篇17:党委领导在会议上的讲话']);
  });
});

describe('menuKey (the ⋯ menu’s keys)', () => {
  it('moves round the items with the arrows and jumps to the ends with Home and End', () => {
    expect(menuKey('ArrowDown', 0, 5)).toEqual({ kind: 'focus', index: 1 });
    expect(menuKey('ArrowDown', 4, 5)).toEqual({ kind: 'focus', index: 0 });
    expect(menuKey('ArrowUp', 0, 5)).toEqual({ kind: 'focus', index: 4 });
    expect(menuKey('ArrowUp', -1, 5)).toEqual({ kind: 'focus', index: 4 });
    expect(menuKey('Home', 3, 5)).toEqual({ kind: 'focus', index: 0 });
    expect(menuKey('End', 1, 5)).toEqual({ kind: 'focus', index: 4 });
  });

  it('closes on Escape (back to the button) and on Tab (focus moves on), and ignores other keys', () => {
    expect(menuKey('Escape', 2, 5)).toEqual({ kind: 'close', refocusButton: true });
    expect(menuKey('Tab', 2, 5)).toEqual({ kind: 'close', refocusButton: false });
    expect(menuKey('a', 2, 5)).toEqual({ kind: 'none' });
  });

  it('opens from the button with the arrows only (Enter and Space click it)', () => {
    expect(openingIndex('ArrowDown', 5)).toBe(0);
    expect(openingIndex('ArrowUp', 5)).toBe(4);
    expect(openingIndex('Enter', 5)).toBeNull();
    expect(openingIndex(' ', 5)).toBeNull();
  });
});

describe('exportSectionFromQuery (the export page’s &section=)', () => {
  it('takes a plain index and ignores anything else', () => {
    expect(exportSectionFromQuery('?export=5&section=6')).toBe(6);
    expect(exportSectionFromQuery('?export=5')).toBeNull();
    for (const bad of ['-1', '1.5', '6x', '', '99999']) expect(exportSectionFromQuery(`?export=5&section=${bad}`)).toBeNull();
  });
});
