/** The outline as outline-format v1 JSON (shared/outline-format.md). */
import { toOutlineDocument } from '../outline-document.ts';
import type { ExtractedOutline, OutlineDocument } from '../types.ts';

/**
 * The v1 document, pretty-printed, ending with a newline. Anything beyond the
 * v1 fields (an extracted outline's block locations) is left out.
 */
export function buildJsonExport(doc: OutlineDocument): string {
  // toOutlineDocument reads only the v1 fields, which every OutlineDocument has.
  return JSON.stringify(toOutlineDocument(doc as ExtractedOutline), null, 2) + '\n';
}
