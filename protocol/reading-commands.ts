/**
 * What a reader can ask of the page: from a keyboard shortcut in the page, from
 * a button in the panel, or from the browser's own shortcuts through the
 * background (`reading/command`).
 */

/** Every reading command, in the order the help section lists them. */
export const READING_COMMANDS = [
  'next-point',
  'prev-point',
  'next-top-point',
  'prev-top-point',
  'toggle-panel',
  'toggle-highlights',
] as const;

/** One reading command. */
export type ReadingCommand = (typeof READING_COMMANDS)[number];

/** True when `v` names a reading command. */
export function isReadingCommand(v: unknown): v is ReadingCommand {
  return typeof v === 'string' && (READING_COMMANDS as readonly string[]).includes(v);
}
