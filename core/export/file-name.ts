/** File names for exports, safe to save on Windows, macOS and Linux. */

/** Names Windows reserves for devices, with or without an extension. */
const RESERVED_NAMES = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

/** Room for the extension and a " (1)" the browser may add, within Windows' 255-character limit. */
const MAX_STEM_LENGTH = 100;

/**
 * `title.ext` with everything Windows refuses removed: < > : " / \ | ? *,
 * control characters, trailing dots and spaces, device names (CON, PRN, AUX,
 * NUL, COM1…, LPT1…). Long titles are cut to 100 characters; an empty result
 * becomes `fallback`. `extension` is given without the dot.
 */
export function buildExportFileName(title: string, extension: string, fallback = '提纲'): string {
  const stem = safeStem(title) || safeStem(fallback) || 'export';
  return `${stem}.${extension}`;
}

function safeStem(raw: string): string {
  let stem = raw
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ')
    .replace(/[<>:"/\\|?*]/g, '_')
    .replace(/\s+/g, ' ')
    .trim();
  // Cut by code points so a surrogate pair is never split.
  stem = Array.from(stem).slice(0, MAX_STEM_LENGTH).join('');
  stem = stem.replace(/[. ]+$/, '').replace(/^[. ]+/, '');
  const base = stem.split('.')[0] ?? '';
  if (RESERVED_NAMES.test(base.trim())) stem = `_${stem}`;
  return stem;
}
