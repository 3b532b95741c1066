/**
 * The annotation UI's stylesheet, inside its shadow root only. Sizes in px
 * (rem would follow the page's <html> font size); colours of the swatches
 * match the highlights' tints. The editor's own styles are in its frame
 * (entrypoints/note-frame/style.css).
 */
export const ANNOTATE_CSS = `
:host { all: initial !important; display: contents !important; }
.annotate {
  --bg: #ffffff; --fg: #1f2937; --muted: #6b7280; --line: #d1d5db; --hover: #f3f4f6; --accent: #2f5f8f; --accent-fg: #fff;
  --shadow: 0 6px 24px rgba(15, 23, 42, 0.22);
  font: 13.5px/1.45 system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", "Noto Sans CJK SC", sans-serif;
  color: var(--fg);
}
.annotate.theme-dark { --bg: #1e222b; --fg: #e5e7eb; --muted: #9ca3af; --line: #3b4250; --hover: #2a303b; --accent: #5b8fd0; --accent-fg: #0b1220; --shadow: 0 6px 24px rgba(0,0,0,0.5); }
*, *::before, *::after { box-sizing: border-box; }
button { font: inherit; color: inherit; background: none; border: 0; margin: 0; padding: 0; cursor: pointer; }
button:focus-visible { outline: 2px solid var(--accent); outline-offset: 1px; }
.pop { position: fixed; z-index: 2147483001; }
.toolbar { display: flex; align-items: center; gap: 2px; padding: 4px 6px; height: 40px; background: var(--bg); border: 1px solid var(--line); border-radius: 10px; box-shadow: var(--shadow); }
.color { width: 28px; height: 28px; border-radius: 6px; display: inline-flex; align-items: center; justify-content: center; }
.color:hover, .text:hover { background: var(--hover); }
.dot { display: inline-block; width: 16px; height: 16px; border-radius: 50%; border: 1px solid rgba(0,0,0,0.15); }
.color--yellow .dot { background: #fde047; }
.color--green .dot { background: #86efac; }
.color--blue .dot { background: #93c5fd; }
.color--pink .dot { background: #f9a8d4; }
.color--purple .dot { background: #c4b5fd; }
.sep { width: 1px; height: 20px; background: var(--line); margin: 0 4px; }
.text { height: 28px; padding: 0 8px; border-radius: 6px; white-space: nowrap; }
.text[data-copy-status="copied"] { color: #0f766e; }
.text[data-copy-status="failed"] { color: #b91c1c; }
.editor-frame { border: 0; border-radius: 10px; box-shadow: var(--shadow); background: transparent; color-scheme: normal; }
.notice { position: fixed; left: 50%; bottom: 24px; transform: translateX(-50%); z-index: 2147483001; display: flex; align-items: center; gap: 4px; padding: 8px 14px; border-radius: 8px; background: #1f2937; color: #f9fafb; box-shadow: var(--shadow); }
.undo { color: #93c5fd; font-weight: 600; text-decoration: underline; }
`;
