/**
 * Styles of the outline panel's notes section, rendered in a <style> inside
 * the panel's shadow root by PanelNotes (the panel's own sheet stays the
 * reading view's). Uses the panel's colour variables.
 */
export const PANEL_NOTES_CSS = `
.notes { border-top: 1px solid var(--line); display: flex; flex-direction: column; min-height: 0; max-height: 42%; }
.notes-head { display: flex; align-items: center; gap: 6px; width: 100%; padding: 7px 12px 7px 10px; font-weight: 600; font-size: 13.5px; text-align: left; }
.notes-head:hover { background: var(--hover); }
.notes-count { color: var(--muted); font-weight: 400; font-size: 12px; }
.notes-body { overflow: auto; padding: 0 0 8px; overscroll-behavior: contain; }
.notes-empty { margin: 0; padding: 4px 14px 8px; color: var(--muted); font-size: 12.5px; }
.note-group { padding: 2px 0; }
.note-group-title { margin: 0; padding: 4px 14px 2px; font-size: 12.5px; font-weight: 600; color: var(--muted); overflow-wrap: anywhere; }
.note-group-title .marker { color: var(--fg); }
.note-group.unplaced .note-group-title { color: #b45309; }
.note-hint { margin: 0; padding: 0 14px 4px; font-size: 12px; color: var(--muted); }
.note-list { list-style: none; margin: 0; padding: 0; }
.note-row { display: flex; align-items: flex-start; gap: 6px; padding: 3px 8px 3px 14px; }
.note-row:hover { background: var(--hover); }
.note-dot { flex: none; width: 10px; height: 10px; margin-top: 6px; border-radius: 50%; border: 1px solid rgba(0,0,0,0.15); }
.note-dot.yellow { background: #fde047; } .note-dot.green { background: #86efac; } .note-dot.blue { background: #93c5fd; }
.note-dot.pink { background: #f9a8d4; } .note-dot.purple { background: #c4b5fd; }
.note-main { flex: 1; min-width: 0; display: block; text-align: left; padding: 1px 0; }
.note-quote { display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical; overflow: hidden; font-size: 13px; overflow-wrap: anywhere; }
.note-text { display: block; color: var(--muted); font-size: 12.5px; overflow-wrap: anywhere; white-space: pre-wrap; }
.note-tags { display: block; font-size: 12px; color: var(--accent); }
.note-golden { font-size: 11.5px; color: #b45309; margin-right: 4px; }
.note-edit, .note-reattach { flex: none; font-size: 12px; padding: 1px 6px; border: 1px solid var(--line); border-radius: 5px; margin-top: 2px; }
.note-edit:hover, .note-reattach:hover { background: var(--hover); }
.note-pending { font-size: 11.5px; color: var(--muted); }
`;
