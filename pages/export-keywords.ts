/**
 * Keywords for the Markdown export's "关键词" option: jieba's TextRank in the
 * background ('text/keywords'), three per point of the first two levels, each
 * speech's points ranked against each other so a point's keywords say what
 * sets it apart from its siblings.
 */
import type { OutlineDocument, OutlinePoint } from '../core/types.ts';
import { pointKey, type PointKeywords } from '../core/export/point-keys.ts';
import { MAX_KEYWORD_TEXTS, MAX_TEXT_CHARS } from '../protocol/text-types.ts';
import { sendMessage } from '../protocol/send.ts';
import { type Result } from '../protocol/result.ts';

/** Keywords per point. */
export const EXPORT_KEYWORDS_PER_POINT = 3;

/** A point's title and text with those of its sub-points: what the point as a whole is about. */
function treeText(point: OutlinePoint): string {
  return [point.title, point.text, ...point.children.map(treeText)].filter(Boolean).join('\n');
}

/** The points of the first two levels of each section, with their keys and texts. */
export function keywordTargets(doc: OutlineDocument): Array<Array<{ key: string; text: string }>> {
  return doc.sections.map((section, i) => {
    const out: Array<{ key: string; text: string }> = [];
    for (const p of section.points) {
      out.push({ key: pointKey(i, [p.marker]), text: treeText(p) });
      for (const c of p.children) out.push({ key: pointKey(i, [p.marker, c.marker]), text: treeText(c) });
    }
    return out;
  });
}

/** Cuts texts to what one request may carry. */
function fit(texts: readonly string[]): string[] {
  const share = Math.floor(MAX_TEXT_CHARS / Math.max(1, texts.length));
  return texts.map((t) => (t.length > share ? t.slice(0, share) : t));
}

/** Asks the background for the keywords of every point of the first two levels. */
export async function fetchPointKeywords(doc: OutlineDocument): Promise<Result<PointKeywords>> {
  const map = new Map<string, readonly string[]>();
  for (const targets of keywordTargets(doc)) {
    for (let at = 0; at < targets.length; at += MAX_KEYWORD_TEXTS) {
      const chunk = targets.slice(at, at + MAX_KEYWORD_TEXTS);
      const reply = await sendMessage('text/keywords', { texts: fit(chunk.map((t) => t.text)), topK: EXPORT_KEYWORDS_PER_POINT });
      if (!reply.ok) return reply;
      chunk.forEach((t, i) => map.set(t.key, reply.value.keywords[i] ?? []));
    }
  }
  return { ok: true, value: map };
}
