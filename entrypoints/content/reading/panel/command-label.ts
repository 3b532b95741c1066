/**
 * The help text of a reading command (the panel's shortcut list).
 */
import { t, type MessageKey } from '../../../../i18n/t.ts';
import type { ReadingCommand } from '../../../../protocol/reading-commands.ts';

/** The help text of `command` ('next-point' → 下一个要点). */
export function commandLabel(command: ReadingCommand): string {
  return t(`reading_cmd_${command.replace(/-/g, '_')}` as MessageKey);
}
