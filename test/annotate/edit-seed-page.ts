/**
 * The seed page as its site might publish it again later: an editor's note
 * inserted before the article, one sentence reworded, one paragraph moved
 * further down and one deleted. Used by the re-anchoring unit test and by the
 * browser test, which serves it at the same address as the original.
 */

/** What `editSeedPage` changes, so tests can name the affected text. */
export const SEED_EDITS = {
  inserted: '编者按：本文根据会议录音整理，有删节。文中小标题为编者所加，转载请注明出处。以下为讲话全文，供学习参考。',
  /** A phrase reworded (one character differs). */
  reworded: { from: '理论武装不只是能写能讲', to: '理论武装不只是能写会讲' },
  /** Start of the paragraph moved below the (三) paragraph 二要严格. */
  moved: '六要以身作则。',
  movedAfter: '二要严格。',
  /** Start of the paragraph deleted. */
  deleted: '三要理解。',
} as const;

function paragraphStarting(html: string, start: string): { at: number; end: number } {
  const at = html.indexOf(`<p>${start}`);
  if (at < 0) throw new Error(`no paragraph starting with ${start}`);
  const end = html.indexOf('</p>', at) + '</p>'.length;
  return { at, end };
}

/** The edited version of seed-p.html's HTML. */
export function editSeedPage(html: string): string {
  let out = html.replace('<div class="content" id="article-content">', `<div class="content" id="article-content">\n        <p>${SEED_EDITS.inserted}</p>`);
  if (!out.includes(SEED_EDITS.reworded.from)) throw new Error('reworded phrase not found');
  out = out.replace(SEED_EDITS.reworded.from, SEED_EDITS.reworded.to);
  const moved = paragraphStarting(out, SEED_EDITS.moved);
  const movedHtml = out.slice(moved.at, moved.end);
  out = out.slice(0, moved.at) + out.slice(moved.end);
  const after = paragraphStarting(out, SEED_EDITS.movedAfter);
  out = `${out.slice(0, after.end)}\n        ${movedHtml}${out.slice(after.end)}`;
  const deleted = paragraphStarting(out, SEED_EDITS.deleted);
  return out.slice(0, deleted.at) + out.slice(deleted.end);
}
