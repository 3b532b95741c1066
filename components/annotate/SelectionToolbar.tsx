import type { TargetedKeyboardEvent } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { HighlightColor } from '../../core/annotation-types.ts';
import { NOTE_COLORS } from '../../dom/annotation-highlighter.ts';
import { colorName, ta } from '../../entrypoints/content/annotate/i18n.ts';

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

  const copyLabel = props.copyStatus === 'copied' ? ta('copied') : props.copyStatus === 'failed' ? ta('copyFailed') : ta('copy');
  return (
    <div class="toolbar" role="toolbar" aria-label={ta('toolbarLabel')} data-annotate-toolbar ref={ref} onKeyDown={onKeyDown}>
      {NOTE_COLORS.map((color) => (
        <button key={color} type="button" class={`color color--${color}`} data-color={color} aria-label={ta('highlightIn', colorName(color))} title={ta('highlightIn', colorName(color))} onClick={() => props.onHighlight(color)}>
          <span class="dot" aria-hidden="true" />
        </button>
      ))}
      <span class="sep" aria-hidden="true" />
      <button type="button" class="text" data-action="note" aria-label={ta('addNoteLabel')} onClick={props.onNote}>
        {ta('addNote')}
      </button>
      <button type="button" class="text" data-action="golden" aria-label={ta('goldenLabel')} onClick={props.onGolden}>
        {ta('golden')}
      </button>
      <button type="button" class="text" data-action="copy" data-copy-status={props.copyStatus} aria-label={ta('copyLabel')} onClick={props.onCopy}>
        {copyLabel}
      </button>
    </div>
  );
}
