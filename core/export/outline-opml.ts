/** The outline as OPML 2.0, which 幕布, XMind, OmniOutliner and most outliners import. */
import type { OutlineDocument, OutlinePoint } from '../types.ts';
import { describePoint, documentHeading, sectionHeading, showsSectionTitles } from './outline-lines.ts';
import { buildPointLink } from './text-fragment.ts';
import { escapeXml } from './xml-text.ts';

/** What the OPML file records besides the points. */
export interface OpmlExportOptions {
  /** The file's dateCreated; default now. */
  now?: Date;
  /** Give each point a `url` back to its place on the page; default true, used only when the outline has a url. */
  links?: boolean;
}

/**
 * Builds an OPML 2.0 document: head with title and dateCreated (RFC 822), a
 * body outline per section (none when the only section is titled like the
 * page), and per point an outline whose text is marker + title and whose
 * `_note` holds the point's text (幕布 and others show it as the note).
 */
export function buildOpmlExport(doc: OutlineDocument, options: OpmlExportOptions = {}): string {
  const links = (options.links ?? true) && !!doc.url;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<opml version="2.0">',
    '  <head>',
    `    <title>${escapeXml(documentHeading(doc))}</title>`,
    `    <dateCreated>${(options.now ?? new Date()).toUTCString()}</dateCreated>`,
    '  </head>',
    '  <body>',
  ];
  const withSections = showsSectionTitles(doc);
  doc.sections.forEach((section, i) => {
    if (!withSections) {
      appendPoints(lines, section.points, 2, doc.url, links);
      return;
    }
    if (section.points.length === 0) {
      lines.push(`    <outline text="${escapeXml(sectionHeading(section, i))}"/>`);
      return;
    }
    lines.push(`    <outline text="${escapeXml(sectionHeading(section, i))}">`);
    appendPoints(lines, section.points, 3, doc.url, links);
    lines.push('    </outline>');
  });
  lines.push('  </body>', '</opml>');
  return lines.join('\n') + '\n';
}

function appendPoints(lines: string[], points: OutlinePoint[], level: number, url: string | null, links: boolean): void {
  const pad = '  '.repeat(level);
  for (const p of points) {
    let attrs = `text="${escapeXml(describePoint(p))}"`;
    const note = p.text.trim();
    if (note !== '') attrs += ` _note="${escapeXml(note)}"`;
    const link = links ? buildPointLink(url, p) : null;
    if (link) attrs += ` type="link" url="${escapeXml(link)}"`;
    if (p.children.length === 0) {
      lines.push(`${pad}<outline ${attrs}/>`);
    } else {
      lines.push(`${pad}<outline ${attrs}>`);
      appendPoints(lines, p.children, level + 1, url, links);
      lines.push(`${pad}</outline>`);
    }
  }
}
