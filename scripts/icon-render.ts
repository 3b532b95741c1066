/**
 * Renders the icon's one source, assets/icon.svg, to PNGs: shared by
 * scripts/render-icons.ts (which writes public/icon/) and test/icons/ (which
 * checks the committed PNGs against the source and the colours against toolbars).
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';

/** The repository root. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The sizes both browsers ask for, in pixels: toolbar 16 and 32 (24 for Chrome at
 * 1.5×), 48 on the extensions and add-ons pages, 96 for Firefox's add-ons page at
 * 2×, 128 for the Chrome Web Store and Chrome's install dialog.
 */
export const ICON_SIZES = [16, 24, 32, 48, 96, 128] as const;

/** Where the committed PNG of one size lives. */
export function iconPath(size: number): string {
  return resolve(ROOT, `public/icon/${size}.png`);
}

/** Reads the icon's SVG source. */
export function readIconSource(): string {
  return readFileSync(resolve(ROOT, 'assets/icon.svg'), 'utf8');
}

/** `svg` rendered `size` pixels wide: its PNG bytes and its RGBA pixels. */
export function renderIcon(svg: string, size: number): { png: Buffer; pixels: Buffer } {
  const image = new Resvg(svg, { fitTo: { mode: 'width', value: size }, font: { loadSystemFonts: false } }).render();
  return { png: image.asPng(), pixels: image.pixels };
}
