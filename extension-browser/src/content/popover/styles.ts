// The popover's own stylesheet, inside its shadow root: page CSS cannot reach in, and `all:
// initial` on the host keeps inherited page styles (fonts, colours, transforms) out.
export const POPOVER_CSS = `
:host { all: initial; position: fixed; z-index: 2147483647; top: 0; left: 0; }
:host([hidden]) { display: none; }
[data-exkb-popover] {
  --bg: #ffffff; --fg: #1b1b1f; --muted: #5c5c66; --line: #d4d4dc; --accent: #0f5cc0; --code-bg: #f3f4f7; --warn: #9a3b00;
  box-sizing: border-box; width: min(420px, calc(100vw - 12px)); max-height: min(70vh, 520px); overflow: auto;
  padding: 12px 14px; border: 1px solid var(--line); border-radius: 8px; background: var(--bg); color: var(--fg);
  box-shadow: 0 6px 24px rgba(0, 0, 0, 0.18); font: 13px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; text-align: start;
}
@media (prefers-color-scheme: dark) {
  [data-exkb-popover] { --bg: #1f2128; --fg: #e8e8ee; --muted: #a4a4b0; --line: #3a3d47; --accent: #7ab4ff; --code-bg: #2a2d36; --warn: #ffb27a; }
}
[data-exkb-popover]:focus { outline: none; }
[data-exkb-popover]:focus-visible { outline: 2px solid var(--accent); outline-offset: -2px; }
h2 { margin: 0 0 6px; font-size: 14px; line-height: 1.3; }
p { margin: 4px 0; }
.label { font-weight: 600; }
.lint { margin: 0 0 8px; padding: 6px 8px; border-inline-start: 3px solid var(--warn); background: var(--code-bg); }
.rule { color: var(--muted); font-family: ui-monospace, Consolas, monospace; font-size: 12px; }
.code { position: relative; margin: 8px 0; }
pre { margin: 0; padding: 8px 10px; padding-inline-end: 64px; overflow: auto; max-height: 160px; border-radius: 6px; background: var(--code-bg);
  font: 12px/1.4 ui-monospace, Consolas, monospace; white-space: pre; }
button { font: inherit; cursor: pointer; }
.copy { position: absolute; top: 6px; inset-inline-end: 6px; padding: 2px 8px; border: 1px solid var(--line); border-radius: 4px; background: var(--bg); color: var(--fg); }
.others { margin: 8px 0 0; padding: 0; list-style: none; }
.others button { padding: 0; border: 0; background: none; color: var(--accent); text-align: start; text-decoration: underline; }
a { color: var(--accent); }
.status { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
button:focus-visible, a:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
`;

/** The marks' look, added to the page once: a dotted underline that keeps the page's own text style. */
export const MARK_CSS = `
[data-exkb-entry].exkb-mark { text-decoration: underline dotted #c05a00 2px; text-underline-offset: 2px; cursor: help; border-radius: 2px; }
[data-exkb-entry].exkb-mark:hover { background: rgba(255, 170, 60, 0.22); }
[data-exkb-entry].exkb-mark:focus-visible { outline: 2px solid #0f5cc0; outline-offset: 1px; }
[data-exkb-entry].exkb-lint { text-decoration: underline wavy #d0312d 1px; }
[data-exkb-entry].exkb-lint[data-exkb-severity="warning"] { text-decoration-color: #c08a00; }
[data-exkb-entry].exkb-lint[data-exkb-severity="info"], [data-exkb-entry].exkb-lint[data-exkb-severity="hint"] { text-decoration-color: #2f6fd0; }
@media (prefers-color-scheme: dark) {
  [data-exkb-entry].exkb-mark { text-decoration-color: #ffb27a; }
  [data-exkb-entry].exkb-mark:focus-visible { outline-color: #7ab4ff; }
}
`;
