// Look of the live chart: dark-theme colours readable on rgb(15,23,32), its styles (added once) and toolbar buttons.
// Channel colours are in telemetry-palette.js (shared with the review chart).

export const AXIS = '#c8d3de';
export const GRID = 'rgba(200, 211, 222, 0.12)';
export const GUIDE = 'rgba(200, 211, 222, 0.55)';

let styled = false;
export function addStyles() {
  if (styled) return;
  styled = true;
  // A constructed sheet, not a <style> element: the Content-Security-Policy allows no inline style elements.
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`
.telemetry-chart { display: flex; flex-direction: column; height: 100%; min-height: 320px; color: ${AXIS}; }
.telemetry-chart-bar { display: flex; flex-wrap: wrap; gap: 6px; padding: 4px 0; }
.telemetry-chart-bar button { min-height: 40px; min-width: 48px; padding: 0 12px; border-radius: 6px;
  border: 1px solid #3a4a5c; background: #1c2a38; color: ${AXIS}; font-size: 15px; }
.telemetry-chart-bar button[aria-pressed="true"] { background: #2f4a66; border-color: #6fa8dc; }
.telemetry-chart-plot { flex: 1 1 auto; min-height: 240px; position: relative; overflow: hidden; }
.telemetry-chart-plot > div { position: absolute; inset: 0; }
.telemetry-chart-stale { display: none; align-self: center; margin-left: auto; padding: 0.35rem 0.75rem; border-radius: 6px;
  background: #ffab00; color: #000; font-weight: 900; }
.telemetry-chart[data-stale="true"] .telemetry-chart-stale { display: inline-block; }
.telemetry-chart[data-stale="true"] .telemetry-chart-plot { opacity: 0.6; }
.telemetry-legend { list-style: none; margin: 0; padding: 4px 0 0; display: flex; flex-wrap: wrap; gap: 4px 14px; font-size: 14px; }
.telemetry-legend li { display: inline-flex; align-items: center; gap: 6px; min-height: 24px; }
.telemetry-legend-swatch { width: 14px; height: 4px; border-radius: 2px; flex: none; }
.telemetry-legend-value { font-variant-numeric: tabular-nums; font-weight: 700; color: #fff; min-width: 5.2em; }`);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

export function button(bar, text, title, onClick) {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = text;
  b.title = title;
  b.addEventListener('click', onClick);
  bar.appendChild(b);
  return b;
}

// The chart's STALE mark at the end of its toolbar (shown by CSS while element.dataset.stale is "true").
export function staleMark(bar) {
  const mark = document.createElement('span');
  mark.className = 'telemetry-chart-stale';
  mark.dataset.testid = 'chart-stale';
  mark.setAttribute('role', 'status');
  bar.appendChild(mark);
  return mark;
}
