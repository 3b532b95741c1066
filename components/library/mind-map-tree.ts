/**
 * One speech's outline as the tree markmap-view draws: the speech's title at
 * the root, one node per point nested by level, each labelled marker + title.
 * Built here rather than through markmap-lib's Markdown transform: that would
 * need the titles escaped as Markdown, and its default plugins load KaTeX and
 * prism from a CDN, which an extension must never do.
 */
import type { IPureNode } from 'markmap-common';
import type { OutlinePoint, OutlineSection } from '../../core/index.ts';

/** The text a point shows in the map: its marker and title run together as the page wrote them (一是加强…, （一）坚持…). */
export function labelPoint(point: OutlinePoint): string {
  const title = point.title.trim();
  if (!title) return point.marker;
  return `${point.marker}${title}`;
}

/** `text` as HTML text: markmap-view puts a node's content into the page as HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A point and its sub-points as markmap nodes. */
function buildPointNode(point: OutlinePoint): IPureNode {
  return { content: escapeHtml(labelPoint(point)), children: point.children.map(buildPointNode), payload: {} };
}

/** The mind map of one speech: `section.title` (or `fallbackTitle`) at the root, its points below. */
export function buildMindMapTree(section: OutlineSection, fallbackTitle: string): IPureNode {
  const title = section.title.trim() || fallbackTitle;
  return { content: escapeHtml(title), children: section.points.map(buildPointNode), payload: {} };
}
