/**
 * The panel's rules for what the marks part adds: the 图例 strip, and keyword
 * chips on a line of their own with a fixed height (reserved before jieba
 * answers, so rows never move when the chips arrive). Appended after the
 * panel's own stylesheet, so these win over its chip rules.
 */
export const MARKS_CSS = `
.row { flex-wrap: wrap; }
.row > .keywords { flex: 0 0 100%; max-width: none; height: 18px; padding: 0 0 2px 20px; overflow: hidden; flex-wrap: nowrap; justify-content: flex-start; }
.section-head .keywords { height: 20px; padding: 0 12px 4px 30px; overflow: hidden; flex-wrap: nowrap; }

.legend { border-bottom: 1px solid var(--line); padding: 2px 12px 2px 14px; font-size: 12.5px; color: var(--muted); }
.legend summary { cursor: pointer; padding: 2px 0; }
.legend-body { padding: 2px 0 6px; color: var(--fg); }
.legend-head { margin: 4px 0 2px; color: var(--muted); font-size: 12px; }
.legend-list { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 4px 12px; }
.legend-item { display: inline-flex; align-items: baseline; gap: 6px; line-height: 22px; }
.legend-name { color: var(--muted); }
.legend-sample { font-size: 13.5px; }
.legend-mine .legend-sample { padding: 0 2px; }
`;
