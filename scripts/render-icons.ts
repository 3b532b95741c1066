/**
 * `npm run icons`: renders assets/icon.svg to public/icon/<size>.png at every
 * size in ICON_SIZES. The PNGs are committed, so building the extension needs no
 * renderer; run this after changing the SVG (test/icons/ fails until you do).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { ICON_SIZES, ROOT, iconPath, readIconSource, renderIcon } from './icon-render.ts';

const svg = readIconSource();
for (const size of ICON_SIZES) {
  const file = iconPath(size);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, renderIcon(svg, size).png);
  console.log(relative(ROOT, file));
}
