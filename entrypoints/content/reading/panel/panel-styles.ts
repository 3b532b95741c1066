/**
 * The panel's stylesheet, loaded into its shadow root only: page CSS cannot
 * reach in and none of this reaches out. Sizes are in px (not rem: rem would
 * follow the page's <html> font size). The panel's width is set inline by its
 * docking (dock-layout.ts): beside the text, never over it, except when the
 * reader opens the strip of a narrow window.
 */
import { SECTION_CSS } from './section-styles.ts';
import { MARKS_CSS } from './marks-styles.ts';

/** The whole panel's CSS, the speech headings' rules (section-styles.ts) and the marks' legend and chips (marks-styles.ts) included. */
export const PANEL_CSS = `
:host { all: initial !important; display: contents !important; }
.reading {
  --bg: #ffffff; --fg: #1f2937; --muted: #6b7280; --line: #e5e7eb; --hover: #f3f4f6;
  --accent: #2f5f8f; --accent-fg: #ffffff; --current: #e8f0fb; --current-bar: #2f6fc0;
  --d1: #3b82f6; --d2: #14b8a6; --d3: #f59e0b; --d4: #8b5cf6;
  --shadow: 0 6px 24px rgba(15, 23, 42, 0.18);
  font: 14px/1.5 system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", "Noto Sans CJK SC", sans-serif;
  color: var(--fg);
  -webkit-font-smoothing: antialiased;
}
.reading.theme-dark {
  --bg: #1e222b; --fg: #e5e7eb; --muted: #9ca3af; --line: #343a46; --hover: #2a303b;
  --accent: #5b8fd0; --accent-fg: #0b1220; --current: #263246; --current-bar: #7fb0f0;
  --d1: #60a5fa; --d2: #2dd4bf; --d3: #fbbf24; --d4: #a78bfa;
  --shadow: 0 6px 24px rgba(0, 0, 0, 0.5);
}
*, *::before, *::after { box-sizing: border-box; }
button { font: inherit; color: inherit; background: none; border: 0; margin: 0; padding: 0; cursor: pointer; }
button:focus-visible, summary:focus-visible { outline: 2px solid var(--current-bar); outline-offset: 1px; border-radius: 4px; }
button:disabled { opacity: 0.45; cursor: default; }

.tab {
  position: fixed; right: 0; top: 38vh; z-index: 2147483000;
  display: flex; flex-direction: column; align-items: center; gap: 2px;
  padding: 8px 7px; border-radius: 10px 0 0 10px;
  background: var(--accent); color: var(--accent-fg); box-shadow: var(--shadow);
  font-size: 13px; line-height: 1.2; opacity: 0.92;
}
.tab:hover { opacity: 1; }
.tab-label { font-weight: 600; letter-spacing: 1px; }
.tab-count { font-variant-numeric: tabular-nums; font-size: 12px; }

.panel {
  position: fixed; top: 0; right: 0; bottom: 0; z-index: 2147483000;
  width: 360px; max-width: 100vw; display: flex; flex-direction: column;
  background: var(--bg); color: var(--fg); border-left: 1px solid var(--line);
}
/* Docked beside the text there is nothing under it to lift it off; over the page it casts a shadow. */
.panel-overlay { box-shadow: var(--shadow); }
.resize { position: absolute; top: 0; bottom: 0; left: -5px; width: 9px; cursor: col-resize; touch-action: none; z-index: 1; }
.resize::after { content: ""; position: absolute; top: 0; bottom: 0; left: 4px; width: 1px; background: transparent; transition: background 0.15s; }
.resize:hover::after, .resize:focus-visible::after { background: var(--accent); width: 3px; left: 3px; }
.resize:focus-visible { outline: none; }
.strip {
  position: fixed; top: 0; right: 0; bottom: 0; z-index: 2147483000; width: 36px;
  background: var(--bg); border-left: 1px solid var(--line);
}
.strip-open {
  display: flex; flex-direction: column; align-items: center; gap: 4px; width: 100%; height: 100%; padding: 38vh 0 12px;
  color: var(--accent); font-size: 13px; line-height: 1.2;
}
.strip-open:hover { background: var(--hover); }
.strip-label { writing-mode: vertical-rl; font-weight: 600; letter-spacing: 2px; }
.head { display: flex; align-items: flex-start; gap: 8px; padding: 12px 12px 8px 14px; border-bottom: 1px solid var(--line); }
.head-text { flex: 1; min-width: 0; }
.doc-title { margin: 0; font-size: 15px; font-weight: 600; line-height: 1.4; overflow: hidden; text-overflow: ellipsis; display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical; }
.counts { margin: 2px 0 0; color: var(--muted); font-size: 12.5px; }
.close { flex: none; width: 28px; height: 28px; border-radius: 6px; font-size: 20px; line-height: 28px; color: var(--muted); }
.close:hover { background: var(--hover); color: var(--fg); }

.toolbar { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 12px; padding: 8px 12px 8px 14px; border-bottom: 1px solid var(--line); font-size: 13px; }
.toolbar-gap { flex: 1; }
.switch { display: inline-flex; align-items: center; gap: 6px; }
.switch-track { position: relative; width: 28px; height: 16px; border-radius: 8px; background: var(--line); transition: background 0.15s; }
.switch-thumb { position: absolute; top: 2px; left: 2px; width: 12px; height: 12px; border-radius: 50%; background: #fff; box-shadow: 0 1px 2px rgba(0,0,0,0.3); transition: left 0.15s; }
.switch[aria-checked="true"] .switch-track { background: var(--accent); }
.switch[aria-checked="true"] .switch-thumb { left: 14px; }
.text-button { padding: 3px 8px; border-radius: 6px; border: 1px solid var(--line); font-size: 12.5px; }
.text-button:hover:not(:disabled) { background: var(--hover); }
.copy[data-copy-status="copied"] { border-color: var(--d2); }
.copy[data-copy-status="failed"] { border-color: #dc2626; }

.views { display: flex; gap: 4px; padding: 4px 12px 0 14px; border-bottom: 1px solid var(--line); font-size: 13px; }
.view-tab { padding: 4px 8px; border-bottom: 2px solid transparent; color: var(--muted); }
.view-tab[aria-selected="true"] { color: var(--fg); border-bottom-color: var(--accent); font-weight: 600; }
.view-count { margin-left: 4px; padding: 0 5px; border-radius: 8px; background: var(--hover); font-size: 11.5px; font-weight: 400; font-variant-numeric: tabular-nums; }
.notes-view { padding: 0; }
.notes-empty { margin: 12px 14px; color: var(--muted); font-size: 13px; }
.check { padding: 8px 12px 8px 14px; font-size: 13px; }
.check-scheme { display: flex; gap: 6px; margin-bottom: 8px; }
.check-scheme [aria-checked="true"] { border-color: var(--accent); color: var(--accent); }
.check-clean, .check-count { margin: 4px 0 8px; color: var(--muted); }
.findings { list-style: none; margin: 0; padding: 0; }
.finding { display: block; width: 100%; text-align: left; padding: 6px 8px; border-radius: 6px; border-left: 3px solid #dc2626; margin-bottom: 6px; }
.finding:hover { background: var(--hover); }
.finding-head { display: flex; gap: 6px; align-items: baseline; }
.finding-place { color: var(--muted); font-size: 12px; }
.finding-marker { font-weight: 600; }
.finding-rule { font-size: 12px; color: #b91c1c; }
.finding-message, .finding-usual { display: block; overflow-wrap: anywhere; }
.finding-usual { color: var(--muted); font-size: 12px; }
.tree { flex: 1; overflow: auto; padding: 4px 0 12px; overscroll-behavior: contain; }
.section { padding: 2px 0; }
.section-head { margin: 0; font-size: 13.5px; font-weight: 600; }
.twisty-glyph { flex: none; width: 14px; color: var(--muted); font-size: 11px; }
.section-title { flex: 1; min-width: 0; overflow-wrap: anywhere; }
.section-count { flex: none; color: var(--muted); font-weight: 400; font-size: 12px; }

.points { list-style: none; margin: 0; padding: 0; }
.points .points { padding-left: 14px; }
.row { display: flex; align-items: flex-start; border-left: 3px solid transparent; padding: 0 8px 0 6px; }
.row:hover { background: var(--hover); }
.row.current { background: var(--current); border-left-color: var(--current-bar); }
.twisty, .twisty-space { flex: none; width: 18px; height: 26px; line-height: 26px; text-align: center; color: var(--muted); font-size: 11px; }
.twisty:hover { color: var(--fg); }
.go { flex: 1; min-width: 0; display: block; text-align: left; padding: 3px 2px; line-height: 1.45; overflow-wrap: anywhere; }
.marker { font-weight: 600; margin-right: 2px; }
.depth-1 > .row .marker { color: var(--d1); }
.depth-2 > .row .marker { color: var(--d2); }
.depth-3 > .row .marker { color: var(--d3); }
.depth-4 > .row .marker { color: var(--d4); }
.theme-light .depth-1 > .row .marker { color: #1d5fbf; }
.theme-light .depth-2 > .row .marker { color: #0f766e; }
.theme-light .depth-3 > .row .marker { color: #a15c07; }
.theme-light .depth-4 > .row .marker { color: #6d28d9; }
.depth-1 > .row .go { font-weight: 600; }
.untitled { color: var(--muted); }
.inline > .row .go { font-size: 13.5px; }
.keywords { display: flex; flex-wrap: wrap; gap: 3px; }
.row > .keywords { flex: none; max-width: 42%; justify-content: flex-end; padding: 5px 0 3px 4px; }
.section-head .keywords { padding: 0 12px 4px 30px; }
.keyword { padding: 0 5px; border-radius: 8px; background: var(--hover); border: 1px solid var(--line); color: var(--muted); font-size: 11px; font-weight: 400; line-height: 16px; white-space: nowrap; }

.help { border-top: 1px solid var(--line); padding: 6px 14px 10px; font-size: 12.5px; color: var(--muted); }
.help summary { cursor: pointer; padding: 2px 0; }
.help dl { margin: 6px 0 0; display: grid; gap: 3px; max-height: 30vh; overflow: auto; }
.shortcut { display: flex; gap: 10px; }
.shortcut dt { flex: none; width: 96px; }
.shortcut dd { margin: 0; color: var(--fg); }
kbd { font: 11.5px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; padding: 1px 5px; border: 1px solid var(--line); border-bottom-width: 2px; border-radius: 4px; background: var(--hover); color: var(--fg); }
/* Short viewports (200% zoom, small laptops): a one-line title, tighter bars, a shorter help list, so the tree keeps its room. */
@media (max-height: 560px) {
  .head { padding: 3px 6px 2px 12px; gap: 4px; align-items: center; }
  .head-text { display: flex; align-items: baseline; gap: 8px; }
  .doc-title { flex: 1; min-width: 0; -webkit-line-clamp: 1; font-size: 13.5px; line-height: 1.35; }
  .counts { flex: none; margin: 0; font-size: 12px; line-height: 1.3; }
  .close { width: 24px; height: 24px; line-height: 24px; }
  /* Tight rows of controls that wrap: scrolled sideways, the last buttons were out of sight and a reader never found them. */
  .toolbar { flex-wrap: wrap; white-space: nowrap; padding: 3px 8px 3px 12px; gap: 3px 8px; font-size: 12.5px; }
  .toolbar > * { flex: none; }
  .toolbar-gap { display: none; }
  .text-button { padding: 1px 6px; }
  .views { padding: 0 8px 0 12px; }
  .view-tab { padding: 2px 6px; }
  .row .go { padding: 1px 2px; line-height: 1.35; display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical; overflow: hidden; }
  /* Rows before chips: at 200% zoom a chip column would wrap every title into four lines. */
  .row > .keywords, .section-head .keywords { display: none; }
  .section-toggle { padding: 3px 10px 2px 8px; }
  .twisty, .twisty-space { height: 22px; line-height: 22px; }
  .help { padding: 2px 12px 4px; }
  .help dl { max-height: 18vh; }
}
@media (prefers-reduced-motion: reduce) { .switch-track, .switch-thumb { transition: none; } }
${SECTION_CSS}
${MARKS_CSS}`;
