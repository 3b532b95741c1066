import { useRef } from 'preact/hooks';
import { MIN_PANEL_WIDTH, RESIZE_STEP } from './dock-layout.ts';
import type { Dock } from './use-dock.ts';
import { t } from '../../../../i18n/t.ts';

export type ResizeHandleProps = {
  dock: Dock;
};

/**
 * The panel's left edge, dragged to resize it (the reader's own pointer only:
 * made-up events are ignored) or moved with ←/→ when focused. The width is
 * remembered when the drag ends.
 */
export function ResizeHandle({ dock }: ResizeHandleProps) {
  const drag = useRef<{ right: number; pointer: number; width: number } | null>(null);
  const { width, max } = dock.layout;
  const widthAt = (clientX: number) => (drag.current ? drag.current.right - clientX : width);

  return (
    <div
      class="resize"
      data-panel-resize
      role="separator"
      aria-orientation="vertical"
      aria-label={t('reading_resizePanel')}
      aria-valuemin={MIN_PANEL_WIDTH}
      aria-valuemax={Math.max(MIN_PANEL_WIDTH, max)}
      aria-valuenow={width}
      tabIndex={0}
      onPointerDown={(e) => {
        if (!e.isTrusted || e.button !== 0) return;
        const panel = e.currentTarget.parentElement;
        if (!panel) return;
        // No text selection while dragging; the handle still takes focus, so ←/→ work after a click.
        e.preventDefault();
        e.currentTarget.focus();
        e.currentTarget.setPointerCapture(e.pointerId);
        drag.current = { right: panel.getBoundingClientRect().right, pointer: e.pointerId, width };
      }}
      onPointerMove={(e) => {
        if (!e.isTrusted || drag.current?.pointer !== e.pointerId) return;
        dock.setWidth(widthAt(e.clientX));
      }}
      onPointerUp={(e) => {
        if (!e.isTrusted || drag.current?.pointer !== e.pointerId) return;
        dock.commitWidth(widthAt(e.clientX));
        drag.current = null;
      }}
      onPointerCancel={() => {
        if (drag.current) dock.setWidth(drag.current.width);
        drag.current = null;
      }}
      onKeyDown={(e) => {
        if (!e.isTrusted) return;
        // The panel is on the right: ← moves its edge left, making it wider.
        const step = e.key === 'ArrowLeft' ? RESIZE_STEP : e.key === 'ArrowRight' ? -RESIZE_STEP : 0;
        if (step === 0) return;
        e.preventDefault();
        dock.commitWidth(width + step);
      }}
    />
  );
}
