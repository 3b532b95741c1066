import { useEffect } from 'preact/hooks';
import { t } from '../i18n/t.ts';

export type UndoToastProps = {
  message: string;
  onUndo: () => void;
  onDismiss: () => void;
  /** Milliseconds before the toast goes by itself. */
  timeoutMs?: number;
};

/** A short notice with an Undo button, announced politely to screen readers. */
export function UndoToast({ message, onUndo, onDismiss, timeoutMs = 8000 }: UndoToastProps) {
  useEffect(() => {
    const timer = setTimeout(onDismiss, timeoutMs);
    return () => clearTimeout(timer);
  }, [message, onDismiss, timeoutMs]);
  return (
    <div class="toast" role="status" aria-live="polite">
      <span>{message}</span>
      <button type="button" class="toast-undo" onClick={onUndo}>
        {t('undo')}
      </button>
    </div>
  );
}
