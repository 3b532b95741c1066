/**
 * Styles of the outline panel's notes section, rendered in a <style> inside
 * the panel's shadow root by PanelNotes (the panel's own sheet stays the
 * reading view's). Uses the panel's colour variables. The list itself is drawn
 * in its frame (entrypoints/note-frame/style.css).
 */
export const PANEL_NOTES_CSS = `
.notes { border-top: 1px solid var(--line); display: flex; flex-direction: column; min-height: 0; max-height: 42%; }
.notes-head { display: flex; align-items: center; gap: 6px; width: 100%; padding: 7px 12px 7px 10px; font-weight: 600; font-size: 13.5px; text-align: left; }
.notes-head:hover { background: var(--hover); }
.notes-count { color: var(--muted); font-weight: 400; font-size: 12px; }
.notes-body { overflow: auto; padding: 0; overscroll-behavior: contain; min-height: 0; }
.notes-frame { display: block; width: 100%; border: 0; color-scheme: normal; }
`;
