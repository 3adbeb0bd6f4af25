/** Colours and sizes shared by the charts, matching the page's dark big-screen palette (see styles.css). */

export const COLORS = Object.freeze({
  text: '#d6e4ff',
  muted: '#7f93b5',
  axis: 'rgba(127, 147, 181, 0.35)',
  split: 'rgba(127, 147, 181, 0.12)',
  received: '#3aa1ff',
  closed: '#36cfc9',
  replied: '#9b8cff',
  settled: '#ffc53d',
  classA: '#36cfc9',
  classB: '#3aa1ff',
  classC: '#ff9c6e',
  success: '#73d13d',
  failed: '#ff7875',
  tooltip: 'rgba(8, 20, 44, 0.92)',
});

/** The page's rem in pixels, so chart text scales with the CSS between a laptop and a big screen. */
export function rootFontSize() {
  const size = Number.parseFloat(globalThis.getComputedStyle?.(document.documentElement).fontSize);
  return Number.isFinite(size) && size > 0 ? size : 14;
}

export function tooltipBase(rem) {
  return {
    backgroundColor: COLORS.tooltip,
    borderColor: COLORS.axis,
    textStyle: { color: COLORS.text, fontSize: Math.round(rem * 0.9) },
    confine: true,
  };
}

/** Escapes text from the server before it goes into a tooltip, which ECharts renders as HTML. */
export function escapeHtml(text) {
  return String(text ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
