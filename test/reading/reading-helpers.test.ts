import { describe, expect, it } from 'vitest';
import { isDarkBackground, parseCssColor } from '../../dom/page-theme.ts';
import { allHighlightNames, buildHighlightCss, depthSlot, highlightName, pointMarkDeclarations, wrapStyle } from '../../dom/highlight-style.ts';
import { buildNoteHighlightCss, noteMarkDeclarations, NOTE_GOLDEN } from '../../dom/annotation-highlighter.ts';
import { isReadingCommand } from '../../protocol/reading-commands.ts';
import { lastPointAbove, pickCurrentPoint } from '../../entrypoints/content/reading/current-point.ts';
import { stepPoint } from '../../entrypoints/content/reading/point-navigation.ts';
import { createStore } from '../../entrypoints/content/store.ts';
import { t } from '../../i18n/t.ts';
import { useLocale } from '../i18n/pin-language.ts';

describe('lastPointAbove', () => {
  const tops = [100, 300, 300, 700, 1200];
  it.each([
    [50, -1],
    [100, 0],
    [299, 0],
    [300, 2],
    [650, 2],
    [5000, 4],
  ])('with the reading line at %i finds point %i', (line, expected) => {
    expect(lastPointAbove(tops.length, (i) => tops[i]!, line)).toBe(expected);
  });

  it('reads only about log2(n) rectangles', () => {
    const asked: number[] = [];
    lastPointAbove(1000, (i) => { asked.push(i); return i * 10; }, 4321);
    expect(asked.length).toBeLessThanOrEqual(11);
  });

  it('finds nothing in an empty outline', () => {
    expect(lastPointAbove(0, () => 0, 100)).toBe(-1);
  });
});

describe('pickCurrentPoint', () => {
  const tops = [100, 300, 300, 700];
  it('keeps the first of two inline points on one line when the reader stepped onto it', () => {
    expect(pickCurrentPoint(tops.length, (i) => tops[i]!, 450, 1)).toBe(1);
  });
  it('moves on once the reader scrolled past the line', () => {
    expect(pickCurrentPoint(tops.length, (i) => tops[i]!, 800, 1)).toBe(3);
    expect(pickCurrentPoint(tops.length, (i) => tops[i]!, 450, 0)).toBe(2);
  });
});

describe('stepPoint', () => {
  const points = [{ depth: 1 }, { depth: 2 }, { depth: 3 }, { depth: 1 }, { depth: 2 }];
  it.each([
    [-1, 'next', false, 0],
    [0, 'next', false, 1],
    [2, 'prev', false, 1],
    [4, 'next', false, 4],
    [0, 'prev', false, 0],
    [1, 'next', true, 3],
    [4, 'prev', true, 3],
    [2, 'prev', true, 0],
    [-1, 'prev', true, 0],
  ] as const)('from %i, %s (top level only: %s) goes to %i', (current, direction, topOnly, expected) => {
    expect(stepPoint(points, current, direction, topOnly)).toBe(expected);
  });
});

describe('page colours', () => {
  it.each([
    ['rgb(255, 255, 255)', false],
    ['rgb(18, 18, 18)', true],
    ['rgba(30, 34, 43, 1)', true],
    ['rgb(240 240 235)', false],
  ])('%s is dark: %s', (css, dark) => {
    const colour = parseCssColor(css);
    expect(colour).not.toBeNull();
    expect(isDarkBackground(colour!)).toBe(dark);
  });

  it('reads transparency', () => {
    expect(parseCssColor('rgba(0, 0, 0, 0)')?.a).toBe(0);
    expect(parseCssColor('transparent')?.a).toBe(0);
    expect(parseCssColor('hsl(0 0% 0%)')).toBeNull();
  });
});

describe('highlight styles', () => {
  it('names one highlight per part and depth, deeper points sharing the fourth colour', () => {
    expect(highlightName('marker', 1)).toBe('speech-m1');
    expect(highlightName('title', 7)).toBe('speech-d4');
    expect(depthSlot(0)).toBe(1);
    expect(allHighlightNames()).toHaveLength(9);
  });

  it('writes a ::highlight rule for every name, in both palettes', () => {
    for (const theme of ['light', 'dark'] as const) {
      const css = buildHighlightCss(theme);
      for (const name of allHighlightNames()) expect(css).toContain(`::highlight(${name})`);
    }
    expect(buildHighlightCss('light')).not.toBe(buildHighlightCss('dark'));
  });

  it.each(['light', 'dark'] as const)('draws point marks as underlines, the reader’s colours solid and 金句 apart (%s page)', (theme) => {
    for (let d = 1; d <= 4; d++) {
      expect(pointMarkDeclarations('title', d, theme)).toMatch(/text-decoration:underline dotted/);
      expect(pointMarkDeclarations('marker', d, theme)).toMatch(/text-decoration:underline solid/);
      // The faint wash stays far below the reader's solid colours.
      const wash = Number(/background-color:rgba\([^)]*, ([\d.]+)\)/.exec(pointMarkDeclarations('title', d, theme))![1]);
      expect(wash).toBeLessThan(0.1);
      // The wrapping fallback looks the same as the ::highlight rule.
      expect(wrapStyle('title', d, theme)).toContain(pointMarkDeclarations('title', d, theme));
    }
    for (const c of ['yellow', 'green', 'blue', 'pink', 'purple'] as const) {
      expect(noteMarkDeclarations(c, theme)).not.toContain('text-decoration');
      expect(Number(/background-color:rgba\([^)]*, ([\d.]+)\)/.exec(noteMarkDeclarations(c, theme))![1])).toBeGreaterThanOrEqual(0.45);
    }
    expect(noteMarkDeclarations('golden', theme)).toMatch(/underline double/);
    expect(noteMarkDeclarations('golden', theme)).toMatch(/(^|;)color:/);
    expect(buildNoteHighlightCss(theme)).toContain(`::highlight(${NOTE_GOLDEN})`);
  });
});

describe('createStore', () => {
  it('notifies on change only', () => {
    const store = createStore({ a: 1, b: 'x' });
    const seen: number[] = [];
    const stop = store.subscribe((s) => seen.push(s.a));
    store.set({ a: 1 });
    store.set({ a: 2 });
    stop();
    store.set({ a: 3 });
    expect(seen).toEqual([2]);
    expect(store.get()).toEqual({ a: 3, b: 'x' });
  });
});

describe('reading strings and commands', () => {
  it('speaks Chinese to Chinese browsers and English to others', () => {
    useLocale('zh_CN');
    expect(t('reading_counts', 20, 338)).toBe('20 篇 · 338 个要点');
    useLocale('en');
    expect(t('reading_counts', 20, 338)).toBe('20 sections · 338 points');
    useLocale(null);
  });

  it('knows its commands', () => {
    expect(isReadingCommand('next-point')).toBe(true);
    expect(isReadingCommand('delete-everything')).toBe(false);
  });
});
