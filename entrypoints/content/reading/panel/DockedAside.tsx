import type { ComponentChildren } from 'preact';
import { ResizeHandle } from './ResizeHandle.tsx';
import type { Dock } from './use-dock.ts';
import { t } from '../../../../i18n/t.ts';

export type DockedAsideProps = {
  dock: Dock;
  /** Closes the whole panel (back to its tab). */
  onClosePanel: () => void;
  /** The aside's accessible name. */
  label: string;
  /** The head's text: the title and its one line below. */
  heading: ComponentChildren;
  /** The notes-only panel marks itself, so tests and styles tell it from the outline panel. */
  notesOnly?: boolean;
  children: ComponentChildren;
};

/**
 * The open panel's frame, shared by the outline panel and the notes-only one:
 * docked beside the text (with its resize handle) or over the page, a head
 * with a close button, Escape to close. Over the page (opened from a narrow
 * window's strip) closing goes back to the strip; docked, it closes the panel.
 */
export function DockedAside({ dock, onClosePanel, label, heading, notesOnly, children }: DockedAsideProps) {
  const { mode, width } = dock.layout;
  const close = () => (mode === 'overlay' ? dock.setOverlay(false) : onClosePanel());
  return (
    <aside
      class={`panel panel-${mode}`}
      data-panel
      data-notes-only={notesOnly ? '' : undefined}
      data-dock={mode}
      style={{ width: `${width}px` }}
      aria-label={label}
      onKeyDown={(e) => {
        if (e.key === 'Escape') close();
      }}
    >
      {mode === 'docked' && <ResizeHandle dock={dock} />}
      <header class="head">
        <div class="head-text">{heading}</div>
        <button type="button" class="close" data-panel-close aria-label={t('reading_closePanel')} onClick={close}>
          <span aria-hidden="true">×</span>
        </button>
      </header>
      {children}
    </aside>
  );
}
