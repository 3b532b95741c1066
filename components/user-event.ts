/**
 * The note frames act only on the reader's own input. A page cannot script
 * those frames (they are on the extension's origin), so this is belt and
 * braces there.
 */

/** True unless the event was made up by a script. Browsers always set `isTrusted`; a DOM without it (happy-dom in unit tests) counts as the reader. */
export function isFromUser(event: Event): boolean {
  return event.isTrusted !== false;
}
