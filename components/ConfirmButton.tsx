import { useState } from 'preact/hooks';
import { t } from '../i18n/t.ts';

export type ConfirmButtonProps = {
  label: string;
  /** The question asked before anything happens, e.g. 彻底删除这条笔记？ */
  question: string;
  onConfirm: () => void;
  class?: string;
  disabled?: boolean;
};

/**
 * A button for something that cannot be undone: the first click only asks, in
 * place (no browser dialog, which a popup may not show); the second, on
 * 确定删除, does it. 取消 or Escape leaves everything as it was.
 */
export function ConfirmButton({ label, question, onConfirm, class: className = 'link-button link-button--danger', disabled }: ConfirmButtonProps) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" class={className} disabled={disabled} onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <span class="confirm" role="group" aria-label={question} onKeyDown={(e) => e.key === 'Escape' && setAsking(false)}>
      <span class="confirm-question">{question}</span>
      <button
        type="button"
        class="button button--danger"
        data-confirm-yes
        ref={(el) => el?.focus()}
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {t('confirmYes')}
      </button>
      <button type="button" class="button" onClick={() => setAsking(false)}>
        {t('cancel')}
      </button>
    </span>
  );
}
