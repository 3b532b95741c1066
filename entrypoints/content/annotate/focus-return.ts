/**
 * Giving focus back to the page when the note editor (an extension frame in
 * the annotator's closed shadow root) closes: a keyboard user goes on where
 * the selection was, not from the top of the document. Focus is taken back
 * only when it was ours (the reader may have clicked elsewhere meanwhile).
 */

/** True when the focused element of the page is inside `host` (our toolbar or the editor's frame). */
export function isFocusIn(host: Element | null | undefined): boolean {
  return host != null && document.activeElement === host;
}

/**
 * Moves focus off our closed UI back to the page and puts the reader's
 * selection back: `range` selected, or with `collapse` a caret at its end (the
 * note was saved; Shift+arrows go on from there). A range the page has since
 * replaced is left alone.
 */
export function returnFocusToPage(range: Range | null, collapse: boolean): void {
  const active = document.activeElement;
  if (active instanceof HTMLElement) active.blur();
  window.focus();
  const selection = document.getSelection();
  if (!selection || !range || !range.startContainer.isConnected || !range.endContainer.isConnected) return;
  try {
    selection.removeAllRanges();
    if (collapse) selection.collapse(range.endContainer, range.endOffset);
    else selection.addRange(range);
  } catch {
    // The page moved the nodes under the range: no selection to give back.
  }
}
