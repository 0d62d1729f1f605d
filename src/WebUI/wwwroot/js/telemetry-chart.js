// Live chart of every probe tip and thermal sensor, fed by the SignalR hub /hubs/telemetry (never through Blazor).
// mountLiveChart(element, { windowMinutes: 10 }) -> { dispose() }. Sets element.dataset.state to
// connecting|connected|reconnecting|disconnected, element.dataset.stale to true|false (telemetry-watch.js, which also
// marks the enclosing .console-board), and exposes element.cryowebChart for tests.
import uPlot from '/lib/uplot/uPlot.esm.js';
import { TelemetryBuffer, overviewRows } from './telemetry-buffer.js';
import { connectTelemetry } from './telemetry-connection.js';
import { DrawLatency } from './draw-latency.js';
import { AXIS, GRID, GUIDE, addStyles, button, staleMark } from './telemetry-chart-ui.js';
import { channelColour, channelWidth } from './telemetry-palette.js';
import { axisLabels, drawGuideLines, temperatureRange, guideAxis, temperatureAxis, timeAxisOptions, timeZoneOf } from './telemetry-axes.js';
import { createLegend } from './telemetry-legend.js';
import { watchLiveData } from './telemetry-watch.js';

const HUB_URL = '/hubs/telemetry';
const OVERVIEW_REFRESH_MS = 10000;
const MAX_HELD = 200; // batches held while a gap fill runs (30 s)

export function mountLiveChart(element, options = {}) {
  const windowMs = Math.max(1, Number(options.windowMinutes) || 10) * 60000;
  addStyles();
  element.classList.add('telemetry-chart');
  element.dataset.state = 'connecting';

  const bar = document.createElement('div');
  bar.className = 'telemetry-chart-bar';
  // The plot lives in an absolutely placed box, so its size follows the container and never its own content.
  const plotBox = document.createElement('div');
  plotBox.className = 'telemetry-chart-plot';
  const plotHost = document.createElement('div');
  plotBox.appendChild(plotHost);
  element.append(bar, plotBox);
  const legend = createLegend(element);
  const zone = timeZoneOf(element);

  let series = null;          // TelemetrySeries from the hub
  let buffer = null;          // full-rate samples
  let overview = null;        // GetOverview answer (procedure view)
  let procedureId = null;
  let view = 'window';        // 'window' (last windowMinutes) or 'procedure'
  let follow = true;          // x range follows the newest sample
  let plot = null;
  let redrawPending = false;
  let filling = false;        // a gap fill is running: batches wait in `held`
  let held = [];
  let connection = null;
  let overviewTimer = null;
  let disposed = false;
  const drawLatency = new DrawLatency();

  const windowButton = button(bar, `${windowMs / 60000} min`, 'Show the last minutes', () => setView('window'));
  const procedureButton = button(bar, 'Procedure', 'Show the whole procedure', () => setView('procedure'));
  button(bar, '◀', 'Pan back', () => pan(-0.5));
  button(bar, '▶', 'Pan forward', () => pan(0.5));
  button(bar, '+', 'Zoom in (touch screens cannot drag to zoom)', () => zoom(0.5));
  button(bar, '−', 'Zoom out', () => zoom(2));
  const followButton = button(bar, 'Follow live', 'Back to the live view', () => { follow = true; scheduleRedraw(); markButtons(); });
  const stale = staleMark(bar);

  function markButtons() {
    windowButton.setAttribute('aria-pressed', String(view === 'window'));
    procedureButton.setAttribute('aria-pressed', String(view === 'procedure'));
    followButton.setAttribute('aria-pressed', String(follow));
  }

  function channelIndex(label) {
    if (!series) return -1;
    return series.channels.findIndex((c) => c.name === label || c.label === label);
  }

  const guides = () => series?.guideLinesCelsius ?? [];

  function buildPlot() {
    if (plot) plot.destroy();
    drawLatency.reset();
    const lines = series.channels.map((c) => ({
      label: c.label,
      stroke: channelColour(c.channel),
      show: c.inUse !== false, // a channel not in the running procedure is hidden, as its tile is
      width: channelWidth(c.isProbeTip),
      spanGaps: false,
      points: { show: false },
      value: (u, v) => (v === null || v === undefined ? '—' : `${v.toFixed(1)} °C`),
    }));
    legend.build(series.channels.map((c, i) => ({ label: c.label, colour: lines[i].stroke, hidden: c.inUse === false })));
    const axis = { stroke: AXIS, grid: { stroke: GRID }, ticks: { stroke: GRID } };
    const time = timeAxisOptions(zone, axis, 1);
    plot = new uPlot({
      ...plotSize(),
      ms: 1,
      tzDate: time.tzDate,
      series: [{ label: 'Time' }, ...lines],
      axes: [time.axis, temperatureAxis(axis), guideAxis(guides, GUIDE)],
      // The y range always takes in the guide lines, so 0 / -20 / -40 °C stay in view before the freeze starts.
      scales: { x: { time: true }, y: { range: (u, min, max) => temperatureRange(min, max, guides()) } },
      cursor: { drag: { x: true, y: false, setScale: true } },
      // The legend below shows the latest values without hovering (telemetry-legend.js).
      legend: { show: false },
      hooks: {
        draw: [(u) => drawGuideLines(u, guides(), GUIDE), (u) => drawLatency.record(u.data[0])],
        setSelect: [() => { follow = false; markButtons(); }],
      },
    }, emptyData(), plotHost);
    requestAnimationFrame(() => { if (plot) plot.setSize(plotSize()); });
  }

  // The plot box's size (the legend sits below it, outside the box).
  function plotSize() {
    return { width: Math.max(200, plotBox.clientWidth), height: Math.max(120, plotBox.clientHeight - 4) };
  }

  function newestValues() {
    const last = buffer && buffer.length ? buffer.length - 1 : -1;
    return (series?.channels ?? []).map((c, i) => (last < 0 ? null : buffer.values[i][last]));
  }

  function emptyData() {
    return [[], ...(series?.channels ?? []).map(() => [])];
  }

  function chartData() {
    if (view === 'procedure') {
      const older = overviewRows(overview, series.channels.length, buffer.firstTime);
      return [older.times.concat(buffer.times), ...buffer.values.map((v, c) => older.values[c].concat(v))];
    }
    return [buffer.times, ...buffer.values];
  }

  function redraw() {
    redrawPending = false;
    if (!plot || !buffer || disposed) return;
    const data = chartData();
    plot.setData(data, false);
    legend.update(newestValues());
    const times = data[0];
    if (follow && times.length) {
      const last = times[times.length - 1];
      const first = view === 'procedure' ? times[0] : Math.max(times[0], last - windowMs);
      plot.setScale('x', { min: first, max: Math.max(last, first + 1000) });
    }
  }

  function scheduleRedraw() {
    if (redrawPending) return;
    redrawPending = true;
    requestAnimationFrame(redraw);
  }

  function pan(fraction) {
    if (!plot) return;
    const { min, max } = plot.scales.x;
    if (min === null || max === null) return;
    const shift = (max - min) * fraction;
    follow = false;
    markButtons();
    plot.setScale('x', { min: min + shift, max: max + shift });
  }

  function zoom(factor) {
    if (!plot) return;
    const { min, max } = plot.scales.x;
    if (min === null || max === null) return;
    const middle = (min + max) / 2;
    const half = Math.max(1000, ((max - min) * factor) / 2);
    follow = false;
    markButtons();
    plot.setScale('x', { min: middle - half, max: middle + half });
  }

  function onWheel(e) {
    if (!plot) return;
    e.preventDefault();
    pan(Math.sign(e.deltaY || e.deltaX) * 0.1);
  }

  async function setView(next) {
    view = next;
    follow = true;
    markButtons();
    clearInterval(overviewTimer);
    overviewTimer = null;
    if (view === 'procedure') {
      await loadOverview();
      overviewTimer = setInterval(loadOverview, OVERVIEW_REFRESH_MS);
    }
    scheduleRedraw();
  }

  async function loadOverview() {
    if (!connection || connection.state !== 'Connected') return;
    const points = Math.min(4000, Math.max(2, Math.round(plotBox.clientWidth) || 1000));
    overview = await connection.invoke('GetOverview', points);
    scheduleRedraw();
  }

  function onBatch(batch) {
    watch.batch();
    if (!buffer) return;
    if (filling) { held.push(batch); held.splice(0, held.length - MAX_HELD); return; }
    if ((batch.procedureId ?? null) !== procedureId) { refill(false); return; }
    if (batch.lostFrames > 0) {
      // Some samples never reached us: the server's history may still have them (a stalled send), so fill first.
      held.push(batch);
      refill(true);
      return;
    }
    buffer.append(batch.times, batch.values);
    scheduleRedraw();
  }

  function refill(keepBuffer) {
    reload(connection, keepBuffer).catch((e) => console.warn('telemetry: gap fill failed', e));
  }

  // Series, then every full-rate sample after the newest one held (all of them on first load or a new procedure).
  async function reload(conn, keepBuffer = false) {
    if (filling) return;
    filling = true;
    try {
      series = await conn.invoke('GetSeries');
      const capacity = Math.ceil((series.fullRateMinutes * 60000) / Math.max(10, series.sampleIntervalMilliseconds)) + 100;
      const sameProcedure = (series.procedureId ?? null) === procedureId && buffer && buffer.values.length === series.channels.length;
      if (!keepBuffer || !sameProcedure) {
        buffer = new TelemetryBuffer(series.channels.length, capacity, 2.5 * series.sampleIntervalMilliseconds);
        procedureId = series.procedureId ?? null;
        overview = null;
        buildPlot();
      }
      const since = buffer.lastTime ?? 0;
      const slice = await conn.invoke('GetHistory', since);
      buffer.append(slice.times, slice.values);
      const waiting = held;
      held = [];
      filling = false;
      for (const batch of waiting) {
        if ((batch.procedureId ?? null) === procedureId) buffer.append(batch.times, batch.values);
      }
      if (view === 'procedure') await loadOverview();
      scheduleRedraw();
    } finally {
      filling = false;
    }
  }

  const resizer = new ResizeObserver(() => {
    if (plot) plot.setSize(plotSize());
  });
  resizer.observe(plotBox);
  plotBox.addEventListener('wheel', onWheel, { passive: false });
  markButtons();

  const watch = watchLiveData({
    board: element.closest('.console-board'),
    onChange: (verdict, text) => {
      element.dataset.stale = String(verdict.stale);
      const words = verdict.cause === 'controller' ? `${text}: the controller is not sending data` : text;
      if (stale.textContent !== words) stale.textContent = words;
    },
  });

  const link = connectTelemetry(HUB_URL, {
    onBatch,
    onHeartbeat: (beat) => watch.heartbeat(beat),
    onState: (state) => { if (!disposed) element.dataset.state = state; },
    onReady: (conn, reconnected) => { connection = conn; return reload(conn, reconnected); },
  });

  element.cryowebChart = {
    seriesLabels: () => (series ? series.channels.map((c) => c.name) : []),
    lastValue: (label) => (buffer ? buffer.lastValue(channelIndex(label)) : null),
    minValue: (label) => (buffer ? buffer.minValue(channelIndex(label)) : null),
    pointCount: () => (buffer ? buffer.length : 0),
    gapCount: () => (buffer ? buffer.gapCount() : 0),
    drawLatenciesMs: () => drawLatency.values(),
    staleness: () => watch.verdict(),
    timeZone: () => zone,
    strokes: () => (plot ? plot.series.slice(1).map((s, i) => (typeof s.stroke === 'function' ? s.stroke(plot, i + 1) : s.stroke)) : []),
    axisLabels: (index) => axisLabels(plot, index),
  };

  return {
    dispose() {
      disposed = true;
      link.stop();
      watch.dispose();
      legend.remove();
      clearInterval(overviewTimer);
      resizer.disconnect();
      plotBox.removeEventListener('wheel', onWheel);
      if (plot) plot.destroy();
      bar.remove();
      delete element.dataset.stale;
      plotBox.remove();
      delete element.cryowebChart;
      element.dataset.state = 'disconnected';
    },
  };
}
