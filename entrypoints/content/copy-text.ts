/**
 * Puts text on the clipboard: the async Clipboard API first, then the old
 * `execCommand('copy')` on a hidden textarea for pages whose permissions
 * policy blocks the API. The textarea goes inside `container` (the panel's
 * shadow root), so the page's own DOM is never touched.
 */

/** Copies `text`; resolves to whether it worked. */
export async function copyText(text: string, container: Element | ShadowRoot): Promise<boolean> {
  try {
    if (globalThis.navigator?.clipboard?.writeText) {
      await globalThis.navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Denied (no user activation, permissions policy): try the fallback.
  }
  const doc = 'ownerDocument' in container && container.ownerDocument ? container.ownerDocument : null;
  if (!doc) return false;
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.cssText = 'position:fixed;top:0;left:-9999px;opacity:0;';
  container.appendChild(area);
  try {
    area.select();
    return doc.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
  }
}
