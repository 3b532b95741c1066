/**
 * Defences against the page's own scripts, which share the DOM with the
 * content script: events the page makes up (`isTrusted` false) never reach a
 * handler that changes the reader's data, and the extension's elements get a
 * tag name the page cannot guess (a page that pre-defines a custom element
 * with our tag would otherwise stop the panel from mounting).
 */

/** Attribute every element of ours carries, value "panel" or "notes" (tests and our own code find hosts by it). */
export const HOST_ATTRIBUTE = 'data-speech-outline';

/** Events a page could synthesise to drive the extension's controls. */
const GUARDED_EVENTS = [
  'click', 'dblclick', 'auxclick', 'mousedown', 'mouseup', 'pointerdown', 'pointerup',
  'keydown', 'keyup', 'keypress', 'input', 'beforeinput', 'change', 'submit', 'focusin', 'paste', 'drop',
] as const;

/** A fresh custom-element name such as `speech-outline-panel-k3x9q2m7`: valid, and different on every load. */
export function randomHostTag(prefix: string): string {
  const bytes = new Uint8Array(6);
  crypto.getRandomValues(bytes);
  const suffix = Array.from(bytes, (b) => (b % 36).toString(36)).join('');
  return `${prefix}-x${suffix}`;
}

/**
 * Stops every event the page made up before it reaches a listener inside
 * `root` (capture listeners on the root run before any handler on its
 * children). Only the user's own input — trusted events — gets through.
 */
export function blockUntrustedEvents(root: EventTarget): void {
  const stop = (event: Event) => {
    if (event.isTrusted) return;
    event.stopImmediatePropagation();
    event.preventDefault();
  };
  for (const type of GUARDED_EVENTS) root.addEventListener(type, stop, { capture: true });
}

/** True when the event came from the user, not from a page script. */
export function isUserEvent(event: Event): boolean {
  return event.isTrusted;
}
