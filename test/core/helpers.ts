import { blocksFromPlainText, extractOutline, type ExtractedOutline, type OutlinePoint } from '../../core/index.ts';

/** Outline of a plain text whose first line is the title. */
export function outlineOf(text: string, title = '在全市工作会议上的讲话'): ExtractedOutline {
  return extractOutline(blocksFromPlainText(text), { title, url: null });
}

/** The tree as indented "marker title" lines: easy to read and compare in a test. */
export function sketch(points: OutlinePoint[], indent = ''): string[] {
  return points.flatMap((p) => [`${indent}${p.inline ? '~' : ''}${p.marker}${p.title}`, ...sketch(p.children, indent + '  ')]);
}

/** All points of an outline, flattened in document order. */
export function allPoints(o: ExtractedOutline): OutlinePoint[] {
  const out: OutlinePoint[] = [];
  const walk = (ps: OutlinePoint[]): void => ps.forEach((p) => { out.push(p); walk(p.children); });
  o.sections.forEach((s) => walk(s.points));
  return out;
}
