/**
 * The stylesheet of a speech's heading in the panel: the twisty, the title
 * that jumps, the count, and the "⋯" menu with its items (appended to PANEL_CSS,
 * so it uses the panel's colour variables in both themes).
 */
export const SECTION_CSS = `
.section-line { display: flex; align-items: flex-start; gap: 2px; padding: 4px 8px 2px 9px; }
.section-line:hover { background: var(--hover); }
.section-line > .twisty, .section-line > .twisty-space { height: 24px; line-height: 24px; }
.section-go { flex: 1; min-width: 0; display: flex; align-items: baseline; gap: 6px; padding: 2px 2px; text-align: left; border-radius: 4px; }
.section-go:hover .section-title { text-decoration: underline; text-underline-offset: 3px; }
.section.empty .section-title { color: var(--muted); }
.section-more { position: relative; flex: none; display: inline-flex; align-items: center; gap: 4px; font-weight: 400; }
.section-status { font-size: 12px; color: var(--muted); white-space: nowrap; }
.section-status:empty { display: none; }
.more-button { width: 24px; height: 24px; border-radius: 6px; color: var(--muted); font-size: 16px; line-height: 22px; letter-spacing: -1px; }
.more-button:hover, .more-button[aria-expanded="true"] { background: var(--line); color: var(--fg); }
.section-menu {
  position: absolute; top: 100%; right: 0; z-index: 1; min-width: 168px; max-width: 260px; margin-top: 2px; padding: 4px;
  display: flex; flex-direction: column; background: var(--bg); border: 1px solid var(--line); border-radius: 8px; box-shadow: var(--shadow);
  font-size: 13px; font-weight: 400;
}
.menu-item { display: block; width: 100%; padding: 5px 10px; border-radius: 5px; text-align: left; white-space: nowrap; }
.menu-item:hover:not([aria-disabled="true"]), .menu-item:focus-visible { background: var(--hover); }
.menu-item[aria-disabled="true"] { color: var(--muted); cursor: default; }
.menu-note { margin: 4px 6px 2px; padding-top: 4px; border-top: 1px solid var(--line); color: var(--muted); font-size: 12px; line-height: 1.45; white-space: normal; }
`;
