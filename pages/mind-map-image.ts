/**
 * The mind map as files: a standalone SVG (its own size, colours and fonts
 * written in, so it opens the same outside the extension) and a PNG drawn
 * from that SVG on a canvas. The SVG is serialised from the page itself, never
 * fetched, and drawn from a data: address, so the canvas stays clean (no remote images).
 */
import type { ExportFile } from '../core/export/index.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Room around the drawing, in SVG units. */
const MARGIN = 24;
/** PNG pixels per SVG unit: sharp on a high-density screen and in print. */
const PNG_SCALE = 2;

/** The colours the map is drawn in now (light or dark, as the page shows it). */
export interface MindMapColours {
  text: string;
  background: string;
}

/**
 * A standalone copy of `svg` (a rendered markmap): the drawing's extent as its
 * viewBox (not the window's zoom and pan), `colours` and the page's font
 * written into its style, a background behind it.
 */
export function serializeMindMap(svg: SVGSVGElement, colours: MindMapColours, font: string): string {
  const content = svg.querySelector<SVGGElement>(':scope > g');
  if (!content) throw new Error('mind map not rendered');
  const box = content.getBBox();
  const width = Math.ceil(box.width + 2 * MARGIN);
  const height = Math.ceil(box.height + 2 * MARGIN);
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', SVG_NS);
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  copy.setAttribute('viewBox', `${box.x - MARGIN} ${box.y - MARGIN} ${width} ${height}`);
  copy.querySelector(':scope > g')!.removeAttribute('transform');
  const style = svg.ownerDocument.createElementNS(SVG_NS, 'style');
  // Last and more specific than markmap's own rules, which name the page's CSS variables (absent outside the page).
  style.textContent = `svg.markmap{--markmap-text-color:${colours.text};--markmap-circle-open-bg:${colours.background};--markmap-font:400 15px/20px ${font};}`;
  const background = svg.ownerDocument.createElementNS(SVG_NS, 'rect');
  for (const [name, value] of Object.entries({ x: box.x - MARGIN, y: box.y - MARGIN, width, height, fill: colours.background })) {
    background.setAttribute(name, String(value));
  }
  copy.prepend(background);
  copy.append(style);
  return new XMLSerializer().serializeToString(copy);
}

/** The mind map as an .svg download named after the speech. */
export function buildMindMapSvgFile(svgText: string, name: string): ExportFile {
  return { filename: `${safeFileName(name)}-思维导图.svg`, mime: 'image/svg+xml', data: svgText };
}

/** Draws `svgText` on a canvas at twice its size and returns it as a .png download named after the speech. */
export async function buildMindMapPngFile(svgText: string, name: string, doc: Document = document): Promise<ExportFile> {
  const image = new Image();
  // A data: address, not a blob: one: Chromium taints a canvas that drew a blob: SVG holding <foreignObject> (the labels).
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
  await image.decode();
  const canvas = doc.createElement('canvas');
  canvas.width = Math.ceil(image.naturalWidth * PNG_SCALE);
  canvas.height = Math.ceil(image.naturalHeight * PNG_SCALE);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2d canvas');
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  const blob = await new Promise<Blob | null>((done) => canvas.toBlob(done, 'image/png'));
  if (!blob) throw new Error('canvas gave no PNG');
  return { filename: `${safeFileName(name)}-思维导图.png`, mime: 'image/png', data: new Uint8Array(await blob.arrayBuffer()) };
}

/** `name` without the characters file systems refuse, at most 60 characters. */
function safeFileName(name: string): string {
  return name.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 60) || '提纲';
}
