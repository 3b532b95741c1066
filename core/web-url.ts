/**
 * Which addresses the extension may open or link: web pages only. A restored
 * backup or an imported file can carry any string as a note's address, and a
 * `javascript:`, `data:`, `chrome://` or `file:` link clicked from the
 * extension's own pages would run with more rights than the web page had.
 */

/** True for an absolute http: or https: address. */
export function isWebUrl(url: unknown): url is string {
  if (typeof url !== 'string' || url === '') return false;
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}
