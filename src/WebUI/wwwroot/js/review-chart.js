// Review chart: the whole curves of one recorded procedure, drawn by uPlot from /api/procedures/{id}/curves.
// The server min/max-decimates long records; zooming in re-fetches the visible range, at full resolution once it
// holds fewer samples than the requested points. Guide lines at 0 / -20 / -40 C; timeline markers on the time axis.
// Colours per channel index from telemetry-palette.js (the same as live); times in the console's time zone
// (data-time-zone), guide temperatures labelled in a right-hand gutter (telemetry-axes.js).
import uPlot from '/lib/uplot/uPlot.esm.js';
import { channelColour } from './telemetry-palette.js';
import { drawGuideLines, guideAxis, temperatureAxis, timeAxisOptions, timeZoneOf } from './telemetry-axes.js';

const GUIDES = [0, -20, -40];
const GUIDE_COLOUR = '#5c7a99';
const MARKER_COLOURS = { alarm: '#ff5d5d', command: '#8fb3ff', probe: '#7a8a99' };
const PRIORITY_COLOURS = { High: '#ff3b3b', Medium: '#ffb703', Low: '#4cc9f0' };
const AXIS = { stroke: '#9fb3c8', grid: { stroke: '#24384c', width: 1 }, ticks: { stroke: '#24384c' } };

async function fetchCurves(procedureId, points, fromMs, toMs, signal) {
    const query = new URLSearchParams({ points: String(points) });
    if (fromMs != null) query.set('fromMs', String(Math.floor(fromMs)));
    if (toMs != null) query.set('toMs', String(Math.ceil(toMs)));
    const response = await fetch(`/api/procedures/${procedureId}/curves?${query}`, { credentials: 'same-origin', signal });
    if (!response.ok) throw new Error(`curves: HTTP ${response.status}`);
    return response.json();
}

// uPlot wants [x seconds, ...series] with null for gaps.
function toPlotData(curves) {
    return [curves.timesMs.map(ms => ms / 1000), ...curves.values.map(v => v.slice())];
}

function drawGuidesAndMarkers(u, markers) {
    const ctx = u.ctx;
    const { left, top, width, height } = u.bbox;
    drawGuideLines(u, GUIDES, GUIDE_COLOUR);
    ctx.save();
    ctx.lineWidth = devicePixelRatio;
    for (const m of markers) {
        const x = u.valToPos(m.timeMs / 1000, 'x', true);
        if (x < left || x > left + width) continue;
        ctx.strokeStyle = (m.priority && PRIORITY_COLOURS[m.priority]) || MARKER_COLOURS[m.kind] || '#7a8a99';
        ctx.beginPath(); ctx.moveTo(x, top + height); ctx.lineTo(x, top + height - 10 * devicePixelRatio); ctx.stroke();
        if (m.kind === 'alarm') {
            ctx.globalAlpha = 0.35;
            ctx.beginPath(); ctx.moveTo(x, top); ctx.lineTo(x, top + height); ctx.stroke();
            ctx.globalAlpha = 1;
        }
    }
    ctx.restore();
}

export function mountReviewChart(element, options) {
    const procedureId = options.procedureId;
    const points = options.points || 1500;
    const markers = options.markers || [];
    let whole = null;          // the curves of the whole procedure, kept to zoom back out
    let shown = null;          // the curves on screen
    let plot = null;
    let pending = null;        // AbortController of the fetch under way
    let debounce = 0;
    let disposed = false;

    element.dataset.state = 'loading';
    element.classList.add('review-chart-host');

    const size = () => ({ width: Math.max(320, element.clientWidth || 800), height: Math.max(240, Math.round((element.clientWidth || 800) * 0.38)) });

    function build(curves) {
        const series = [{ label: 'time' }, ...curves.channels.map((name, i) => ({
            label: name, stroke: channelColour(i), width: 1.5, spanGaps: false,
            value: (u, v) => v == null ? '—' : `${v.toFixed(1)} °C`,
        }))];
        const time = timeAxisOptions(timeZoneOf(element), AXIS, 1000);
        const opts = {
            ...size(),
            tzDate: time.tzDate,
            series,
            scales: { x: { time: true }, y: { range: (u, min, max) => [Math.min(min ?? -50, -50) - 5, Math.max(max ?? 20, 20) + 5] } },
            axes: [time.axis, temperatureAxis(AXIS), guideAxis(() => GUIDES, GUIDE_COLOUR)],
            cursor: { drag: { x: true, y: false, setScale: true } },
            legend: { live: true },
            hooks: {
                draw: [u => drawGuidesAndMarkers(u, markers)],
                setScale: [(u, key) => { if (key === 'x') onZoom(u.scales.x.min, u.scales.x.max); }],
            },
        };
        plot = new uPlot(opts, toPlotData(curves), element);
        plot.over.addEventListener('dblclick', () => resetZoom());
    }

    function show(curves, keepScale) {
        shown = curves;
        if (!plot) { build(curves); return; }
        plot.setData(toPlotData(curves), !keepScale);
    }

    // A zoom narrower than what is on screen, on decimated data, asks the server for the visible range.
    function onZoom(minS, maxS) {
        if (!whole || minS == null || maxS == null) return;
        clearTimeout(debounce);
        debounce = setTimeout(() => load(minS * 1000, maxS * 1000), 150);
    }

    async function load(fromMs, toMs) {
        const times = whole ? whole.timesMs : [];
        const wholeRange = times.length > 0 && fromMs <= times[0] && toMs >= times[times.length - 1];
        if (wholeRange) { if (shown !== whole) show(whole, true); return; }
        if (shown && !shown.decimated && fromMs >= shown.fromMs && toMs <= shown.toMs) return;  // already full resolution
        pending?.abort();
        pending = new AbortController();
        try {
            element.dataset.state = 'loading';
            const curves = await fetchCurves(procedureId, points, fromMs, toMs, pending.signal);
            if (disposed) return;
            show(curves, true);
            element.dataset.state = 'ready';
        } catch (e) {
            if (e.name !== 'AbortError') { element.dataset.state = 'error'; console.error(e); }
        }
    }

    function zoomTo(fromMs, toMs) {
        if (!plot) return;
        plot.setScale('x', { min: fromMs / 1000, max: toMs / 1000 });
    }

    function resetZoom() {
        if (!plot || !whole) return;
        show(whole, true);
        plot.setScale('x', { min: whole.timesMs[0] / 1000, max: whole.timesMs[whole.timesMs.length - 1] / 1000 });
    }

    const resize = new ResizeObserver(() => { if (plot) plot.setSize(size()); });
    resize.observe(element);

    (async () => {
        try {
            whole = await fetchCurves(procedureId, points, null, null);
            if (disposed) return;
            show(whole, false);
            element.dataset.state = whole.timesMs.length ? 'ready' : 'empty';
        } catch (e) {
            element.dataset.state = 'error';
            console.error(e);
        }
    })();

    // Test hook, like the live chart's.
    element.cryowebReviewChart = {
        seriesLabels: () => shown ? shown.channels.slice() : [],
        pointCount: () => shown ? shown.timesMs.length : 0,
        strokes: () => plot ? plot.series.slice(1).map((s, i) => typeof s.stroke === 'function' ? s.stroke(plot, i + 1) : s.stroke) : [],
        decimated: () => !!shown?.decimated,
        xRangeMs: () => plot ? [plot.scales.x.min * 1000, plot.scales.x.max * 1000] : null,
        minValue: label => {
            const i = shown ? shown.channels.indexOf(label) : -1;
            return i < 0 ? null : Math.min(...shown.values[i].filter(v => v != null));
        },
    };

    return {
        zoomTo,
        resetZoom,
        dispose() {
            disposed = true;
            clearTimeout(debounce);
            pending?.abort();
            resize.disconnect();
            plot?.destroy();
            plot = null;
            delete element.cryowebReviewChart;
        },
    };
}
