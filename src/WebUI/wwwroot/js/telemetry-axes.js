// Axes of the live and review charts: times in the console's time zone (an IANA id from data-time-zone, else
// Europe/Paris) on a 24-hour clock, spaced so labels never overlap at 820 px; temperatures on the left; the guide
// temperatures (0 / -20 / -40 °C) labelled in a gutter on the right, never on the curves.
import uPlot from '/lib/uplot/uPlot.esm.js';

export const DEFAULT_TIME_ZONE = 'Europe/Paris';

// Tick steps of the time axis, whole seconds and up (labels are whole seconds: two ticks never read the same).
const TIME_STEPS_MS = [1e3, 2e3, 5e3, 1e4, 15e3, 3e4, 6e4, 12e4, 3e5, 6e5, 9e5, 18e5, 36e5, 72e5, 108e5, 216e5, 432e5, 864e5];

// The time zone an element asks for (its own or an ancestor's data-time-zone), if the browser knows it.
export function timeZoneOf(element) {
  const zone = element?.closest?.('[data-time-zone]')?.dataset.timeZone || DEFAULT_TIME_ZONE;
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: zone });
    return zone;
  } catch {
    return DEFAULT_TIME_ZONE;
  }
}

// scale: 1 when x values are unix ms (live chart, ms: 1), 1000 when they are unix seconds (review chart).
export function timeAxisOptions(zone, style, scale) {
  const withSeconds = new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });
  const minutes = new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return {
    tzDate: (ts) => uPlot.tzDate(new Date(ts * scale), zone),
    axis: {
      ...style,
      space: 96,
      incrs: TIME_STEPS_MS.map((ms) => ms / scale),
      label: `Time (${zone})`,
      labelSize: 22,
      labelFont: '13px system-ui, sans-serif',
      font: '13px system-ui, sans-serif',
      values: (u, splits, axisIdx, foundSpace, foundIncr) => {
        const format = foundIncr * scale < 60000 ? withSeconds : minutes;
        return splits.map((t) => format.format(new Date(t * scale)));
      },
    },
  };
}

export function temperatureAxis(style) {
  return { ...style, label: '°C', labelSize: 22, size: 48, space: 36, font: '13px system-ui, sans-serif', values: (u, ticks) => ticks.map((t) => `${t}`) };
}

// The right-hand gutter: one label per guide temperature, beside (not on) its dashed line.
export function guideAxis(guides, colour) {
  return {
    scale: 'y',
    side: 1,
    size: 64,
    stroke: colour,
    font: '13px system-ui, sans-serif',
    grid: { show: false },
    ticks: { show: true, stroke: colour, size: 6 },
    splits: () => guides(),
    values: (u, splits) => spacedLabels(splits, (v) => u.valToPos(v, 'y'), 14),
  };
}

// Labels for the guide values, in their order of precedence; a label closer than minGapPx to one already kept is left
// blank (its dashed line stays), so the labels never overlap on a short chart.
export function spacedLabels(values, toPx, minGapPx) {
  const kept = [];
  return values.map((v) => {
    const px = toPx(v);
    if (kept.some((k) => Math.abs(k - px) < minGapPx)) return '';
    kept.push(px);
    return `${v} °C`;
  });
}

// The y range always takes in the guide lines, so 0 / -20 / -40 °C stay in view before the freeze starts.
export function temperatureRange(min, max, guides) {
  const low = Math.min(min ?? 0, ...guides, 0) - 5;
  const high = Math.max(max ?? 0, ...guides, 20) + 5;
  return [Math.floor(low / 10) * 10, Math.ceil(high / 10) * 10];
}

// Dashed guide lines across the plot, no text (the labels are in the gutter).
export function drawGuideLines(u, guides, colour) {
  const { ctx, bbox } = u;
  ctx.save();
  ctx.strokeStyle = colour;
  ctx.lineWidth = Math.max(1, devicePixelRatio);
  ctx.setLineDash([6 * devicePixelRatio, 4 * devicePixelRatio]);
  for (const celsius of guides) {
    const y = Math.round(u.valToPos(celsius, 'y', true));
    if (y < bbox.top || y > bbox.top + bbox.height) continue;
    ctx.beginPath();
    ctx.moveTo(bbox.left, y);
    ctx.lineTo(bbox.left + bbox.width, y);
    ctx.stroke();
  }
  ctx.restore();
}

// Test hook: the labels uPlot drew on axis `index` with their positions in CSS px ({ text, x, y }), and the axis side.
export function axisLabels(plot, index) {
  const axis = plot?.axes[index];
  if (!axis || !axis._splits || !axis._values) return { side: null, labels: [] };
  const key = axis.scale ?? (index === 0 ? 'x' : 'y');
  const labels = axis._splits.map((v, i) => ({
    text: String(axis._values[i] ?? ''),
    x: key === 'x' ? plot.valToPos(v, 'x') : null,
    y: key === 'x' ? null : plot.valToPos(v, key),
  }));
  return { side: axis.side, labels, plotLeft: plot.bbox.left / devicePixelRatio, plotWidth: plot.bbox.width / devicePixelRatio };
}
