/** XML text that any parser accepts, for the OPML and Word exports. */

/**
 * Characters XML 1.0 forbids (C0 controls but tab, LF and CR; U+FFFE/U+FFFF;
 * unpaired surrogates). Pages carry them as copy-paste debris; a single one
 * makes the whole file unreadable, so they are dropped.
 */
const INVALID_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text without characters XML 1.0 cannot hold. */
export function stripInvalidXmlChars(text: string): string {
  return text.replace(INVALID_XML_CHARS, '');
}

/**
 * Escapes text for an attribute value in double quotes (safe in element
 * content too). Tab, LF and CR become character references, because a parser
 * would otherwise normalise them to spaces inside an attribute.
 */
export function escapeXml(text: string): string {
  return stripInvalidXmlChars(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}
