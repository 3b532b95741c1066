/**
 * The extension's icon: one SVG source, committed PNGs at every size the
 * browsers ask for that are exactly its rendering, and colours a reader can
 * tell apart on light and dark toolbars (WCAG's 3:1 for graphics).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ICON_SIZES, iconPath, readIconSource, renderIcon } from '../../scripts/icon-render.ts';

/** Toolbar colours of Chrome and Firefox, light and dark themes. */
const TOOLBARS = { 'Chrome light': '#ffffff', 'Firefox light': '#f9f9fb', 'Chrome dark': '#3c3c3c', 'Firefox dark': '#2b2a33' };

type Rgb = [number, number, number];

function hexToRgb(hex: string): Rgb {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb;
}

/** WCAG relative luminance. */
function luminance([r, g, b]: Rgb): number {
  const lin = (c: number) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The opaque colours of a rendering with how many pixels have each, most frequent first. */
function colours(pixels: Buffer): Array<{ rgb: Rgb; count: number }> {
  const counts = new Map<string, number>();
  for (let i = 0; i < pixels.length; i += 4) {
    if (pixels[i + 3] !== 255) continue;
    const key = `${pixels[i]},${pixels[i + 1]},${pixels[i + 2]}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([key, count]) => ({ rgb: key.split(',').map(Number) as Rgb, count })).sort((a, b) => b.count - a.count);
}

/** The PNG's width and height from its IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

const svg = readIconSource();

describe('the icon PNGs', () => {
  it.each(ICON_SIZES)('public/icon/%i.png is the SVG source rendered at that size', (size) => {
    const committed = readFileSync(iconPath(size));
    expect(pngSize(committed)).toEqual({ width: size, height: size });
    // Fails after an edit to assets/icon.svg until `npm run icons` is run.
    expect(committed.equals(renderIcon(svg, size).png)).toBe(true);
  });
});

describe('the icon on a toolbar', () => {
  // At 16 px every pixel of the 16-pixel grid is one flat colour: the tile and the marks.
  const [tile, marks] = colours(renderIcon(svg, 16).pixels);

  it('is two flat colours at 16 px: a tile and white outline marks', () => {
    expect(tile!.count).toBeGreaterThan(marks!.count);
    expect(marks!.rgb).toEqual([255, 255, 255]);
    // Three points, a marker and a title bar each: 2 px tall, together more than a sixth of the icon.
    expect(marks!.count).toBeGreaterThan(256 / 6);
  });

  it.each(Object.entries(TOOLBARS))('stands out from the %s toolbar (%s) by at least 3:1', (_name, toolbar) => {
    expect(contrast(tile!.rgb, hexToRgb(toolbar))).toBeGreaterThanOrEqual(3);
  });

  it('keeps its marks at least 3:1 against the tile', () => {
    expect(contrast(marks!.rgb, tile!.rgb)).toBeGreaterThanOrEqual(3);
  });
});
