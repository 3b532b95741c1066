import { describe, expect, it } from 'vitest';
import { cleanPageTitle } from '../../core/index.ts';
import { matchMarkerAt } from '../../core/markers.ts';
import { isFurnitureLine, readPageFurniture } from '../../core/page-furniture.ts';
import { breakOf, salutationOf } from '../../core/speech-cues.ts';
import { isSpeechSubtitle } from '../../core/split-sections.ts';
import { allPoints, outlineOf } from './helpers.ts';

// Every pattern the engine runs over page text, fed 100,000 characters built to
// make a backtracking matcher go quadratic. These assert the right answer; the
// time each takes is printed by `npm run bench` (10k against 100k, ratio ≈ 10).
const N = 100_000;

describe('patterns over page text stay correct on 100k-character hostile input', () => {
  it('cuts a point title of 40k "，" and more to 200 characters ending with …', () => {
    const o = outlineOf([`一、加强作风建设${'，'.repeat(N)}好`, '二、狠抓落实'].join('\n'));
    const [first, second] = o.sections[0]!.points;
    expect(first!.title.length).toBe(200);
    expect(first!.title.startsWith('加强作风建设，，')).toBe(true);
    expect(first!.title.endsWith('…')).toBe(true);
    expect(second!.title).toBe('狠抓落实');
  });

  it('trims trailing punctuation of a title that is nothing but punctuation', () => {
    const o = outlineOf([`一、${'，'.repeat(N)}`, '二、狠抓落实'].join('\n'));
    expect(o.sections[0]!.points[0]!.title).toBe('');
  });

  it('keeps a 200-character heading whole and cuts a 201-character one', () => {
    const o = outlineOf([`一、${'党'.repeat(200)}`, `二、${'政'.repeat(201)}`].join('\n'));
    const [a, b] = o.sections[0]!.points;
    expect(a!.title).toBe('党'.repeat(200));
    expect(b!.title).toBe(`${'政'.repeat(199)}…`);
  });

  it.each([
    ['spaces after every boundary', `${'。 '.repeat(N / 2)}一是甲。二是乙。`],
    ['boundaries then spaces with no marker', `。${' '.repeat(N)}一是甲。二是乙。`],
    ['label nouns without numbers', `${'，问题'.repeat(N / 3)}。一是甲。二是乙。`],
    ['dashes', `${'——'.repeat(N / 2)}。一是甲。二是乙。`],
    ['unpunctuated 首先 and 其次', `${'首先其次'.repeat(N / 4)}。一是甲。二是乙。`],
  ])('finds the real points after %s', (_name, text) => {
    const o = outlineOf(text);
    expect(allPoints(o).filter((p) => p.marker === '一是' || p.marker === '二是').map((p) => p.title)).toEqual(['甲', '乙']);
  });

  it('reads markers at the start of 100k-character runs without a match', () => {
    expect(matchMarkerAt(`（${' '.repeat(N)}`, 0)).toBeNull();
    expect(matchMarkerAt(`理由${'之'.repeat(N)}`, 0)).toBeNull();
    expect(matchMarkerAt(`最后${'，'.repeat(N)}`, 0)?.family).toBe('seq');
    expect(matchMarkerAt(`第${'一'.repeat(N)}`, 0)).toBeNull();
  });

  it.each([
    ['a salutation-like opening', `同志们${'，'.repeat(N)}`, null],
    ['many 各位', '各位'.repeat(N / 2), null],
  ])('reads %s as no salutation', (_name, text, expected) => {
    expect(salutationOf(text)).toBe(expected);
  });

  it('finds no break in a 100k paragraph of near-miss phrases, and the one at its end', () => {
    expect(breakOf('再讲讲'.repeat(N / 3))).toBeNull();
    expect(breakOf(`${'再讲讲'.repeat(N / 3)}。下面我再讲几点。`)).toBe('new-list');
  });

  it('tells furniture lines from long text', () => {
    expect(isFurnitureLine(`记者${' 张三'.repeat(N / 3)}摄`)).toBe(false);
    expect(isFurnitureLine(`【${'打印'.repeat(N / 2)}x`)).toBe(false);
    expect(isFurnitureLine('新华社记者 李涛 摄')).toBe(true);
    const blocks = [{ text: `新华社北京${'电'.repeat(N)}`, kind: 'paragraph' as const, start: 0 }];
    expect(readPageFurniture(blocks, 20_000).datelineBlock).toBe(0);
  });

  it('reads a 100k sub-title-like line as no speech sub-title', () => {
    expect(isSpeechSubtitle(`讲话${'（'.repeat(N)}：`)).toBe(false);
  });

  it('detects a 100k page of reprint furniture and news words as no speech page', () => {
    const text = Array.from({ length: 2000 }, () => '来源：新华网 记者从会上获悉，会议强调，出席会议并讲话。').join('\n');
    expect(text.length).toBeGreaterThan(N / 2);
    const o = outlineOf(text, `在${'会'.repeat(N)}上的讲话`);
    expect(o.title.length).toBe(200);
    expect(o.detection.isSpeechPage).toBe(false);
  });

  it('cleans a 100k title of "——" and "【" runs', () => {
    expect(cleanPageTitle(`在全市大会上的讲话${'——'.repeat(N / 2)}`)).toBe('在全市大会上的讲话');
    expect(cleanPageTitle(`${'【'.repeat(N)}在全市大会上的讲话`).length).toBe(200);
  });
});
