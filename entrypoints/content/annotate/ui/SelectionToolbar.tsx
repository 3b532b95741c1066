import type { TargetedKeyboardEvent } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { HighlightColor } from '../../../../core/annotation-types.ts';
import { NOTE_COLORS } from '../../../../dom/annotation-highlighter.ts';
import { t } from '../../../../i18n/t.ts';
import { colorLabel } from '../../../../components/note-labels.ts';

export type SelectionToolbarProps = {
  copyStatus: 'idle' | 'copied' | 'failed';
  /** Moves focus to the first button when shown (the selection was made with the keyboard). */
  autoFocus: boolean;
  onHighlight: (color: HighlightColor) => void;
  onNote: () => void;
  onGolden: () => void;
  onCopy: () => void;
  onClose: () => void;
};

/** The toolbar over a selection: a highlight button per colour, note, 金句, copy; arrow keys move between buttons. */
export function SelectionToolbar(props: SelectionToolbarProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (props.autoFocus) ref.current?.querySelector<HTMLButtonElement>('button')?.focus();
  }, [props.autoFocus]);

  const onKeyDown = (e: TargetedKeyboardEvent<HTMLDivElement>) => {
    const buttons = Array.from(e.currentTarget.querySelectorAll<HTMLButtonElement>('button'));
    const at = buttons.indexOf(e.target as HTMLButtonElement);
    let next = -1;
    if (e.key === 'ArrowRight' || e.key === 'ArrowDown') next = (at + 1) % buttons.length;
    else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') next = (at - 1 + buttons.length) % buttons.length;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = buttons.length - 1;
    else if (e.key === 'Escape') {
      e.preventDefault();
      props.onClose();
      return;
    }
    if (next >= 0) {
      e.preventDefault();
      buttons[next]?.focus();
    }
  };

  const copyLabel = props.copyStatus === 'copied' ? t('annotate_copied') : props.copyStatus === 'failed' ? t('annotate_copyFailed') : t('annotate_copy');
  return (
    <div class="toolbar" role="toolbar" aria-label={t('annotate_toolbarLabel')} data-annotate-toolbar ref={ref} onKeyDown={onKeyDown}>
      {NOTE_COLORS.map((color) => (
        <button key={color} type="button" class={`color color--${color}`} data-color={color} aria-label={t('annotate_highlightIn', colorLabel(color))} title={t('annotate_highlightIn', colorLabel(color))} onClick={() => props.onHighlight(color)}>
          <span class="dot" aria-hidden="true" />
        </button>
      ))}
      <span class="sep" aria-hidden="true" />
      <button type="button" class="text" data-action="note" aria-label={t('annotate_addNoteLabel')} onClick={props.onNote}>
        {t('annotate_addNote')}
      </button>
      <button type="button" class="text" data-action="golden" aria-label={t('annotate_goldenLabel')} onClick={props.onGolden}>
        {t('annotate_golden')}
      </button>
      <button type="button" class="text" data-action="copy" data-copy-status={props.copyStatus} aria-label={t('annotate_copyLabel')} onClick={props.onCopy}>
        {copyLabel}
      </button>
    </div>
  );
}
