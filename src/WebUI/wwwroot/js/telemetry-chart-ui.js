// Look of the live chart: dark-theme colours readable on rgb(15,23,32), its styles (added once) and toolbar buttons.

export const TIP_COLOURS = ['#4fc3f7', '#ffb74d', '#f06292', '#aed581'];
export const SENSOR_COLOURS = ['#fff176', '#ce93d8', '#80cbc4', '#ff8a65', '#90a4ae', '#e6ee9c', '#b39ddb', '#ffcc80'];
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
.telemetry-chart .u-legend { color: ${AXIS}; font-size: 14px; }
.telemetry-chart .u-legend .u-off { opacity: 0.35; }`);
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
