import { SHORTCUTS } from '../keyboard.ts';
import { t } from '../../../../i18n/t.ts';
import { commandLabel } from './command-label.ts';

export type ShortcutHelpProps = Record<string, never>;

/** The panel's list of keyboard shortcuts, folded away until asked for. */
export function ShortcutHelp(_props: ShortcutHelpProps) {
  return (
    <details class="help">
      <summary>{t('reading_shortcuts')}</summary>
      <dl>
        {SHORTCUTS.map((s) => (
          <div class="shortcut" key={s.keys}>
            <dt>
              <kbd>{s.keys}</kbd>
            </dt>
            <dd>{commandLabel(s.command)}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
