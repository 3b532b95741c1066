/**
 * The reader's selection in the page as offsets in the article's text: only a
 * selection of the page's own readable text counts (not one in our UI, in a
 * field the reader types in, or across a page's own shadow DOM).
 */
import { rangeToTextSpan, type RunIndex, type TextSpan } from '../../../dom/annotation-offsets.ts';
import { HOST_ATTRIBUTE } from '../page-guard.ts';
import { isTypingTarget } from '../reading/keyboard.ts';

/** The page selection as page-text offsets (on the text `index` gives), or null when it holds no readable text of the article. */
export function readArticleSelection(index: () => RunIndex): { span: TextSpan; range: Range } | null {
  const sel = document.getSelection();
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const range = sel.getRangeAt(0);
  const anchor = range.commonAncestorContainer;
  const element = anchor.nodeType === 1 ? (anchor as Element) : anchor.parentElement;
  if (!element || element.closest(`[${HOST_ATTRIBUTE}]`) || isTypingTarget(element)) return null;
  try {
    const span = rangeToTextSpan(index(), range);
    return span ? { span, range: range.cloneRange() } : null;
  } catch {
    return null; // a boundary in another tree (a page's own shadow DOM)
  }
}
