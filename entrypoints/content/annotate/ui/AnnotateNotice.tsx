import { useEffect } from 'preact/hooks';
import { t } from '../../../../i18n/t.ts';

export type AnnotateNoticeProps = {
  message: string;
  /** Shown when the notice can be undone (a deletion). */
  onUndo: (() => void) | null;
  onDismiss: () => void;
  timeoutMs?: number;
};

/** A notice at the bottom of the window ("已删除 · 撤销"), announced politely, gone after a few seconds. */
export function AnnotateNotice({ message, onUndo, onDismiss, timeoutMs = 8_000 }: AnnotateNoticeProps) {
  useEffect(() => {
    const timer = setTimeout(onDismiss, timeoutMs);
    return () => clearTimeout(timer);
  }, [message, onDismiss, timeoutMs]);
  return (
    <div class="notice" role="status" aria-live="polite" data-annotate-notice>
      <span>{message}</span>
      {onUndo && (
        <>
          <span aria-hidden="true"> · </span>
          <button type="button" class="undo" data-action="undo" onClick={onUndo}>
            {t('annotate_undo')}
          </button>
        </>
      )}
    </div>
  );
}
