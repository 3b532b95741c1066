/** The site a note or page belongs to, for the site filter: its URL's host name. */

/** The host name of `url` ('' when it is not a URL). */
export function siteOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}
