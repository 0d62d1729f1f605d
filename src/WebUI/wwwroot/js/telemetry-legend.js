// The live chart's legend: every channel with its colour, name and LATEST value, always shown (touch screens have no
// hover), updated with each batch; "—" when the newest reading is invalid (a faulted thermocouple is never a value).

export function createLegend(parent) {
  const list = document.createElement('ul');
  list.className = 'telemetry-legend';
  list.dataset.testid = 'chart-legend';
  list.setAttribute('aria-label', 'Latest readings');
  parent.appendChild(list);
  let cells = [];

  return {
    // channels: [{ label, colour, hidden }]
    build(channels) {
      list.replaceChildren();
      cells = channels.map((c, i) => {
        const item = document.createElement('li');
        item.dataset.channel = String(i);
        if (c.hidden === true) item.style.display = 'none'; // the list's own display rule would override [hidden]
        const swatch = document.createElement('span');
        swatch.className = 'telemetry-legend-swatch';
        swatch.style.background = c.colour;
        const name = document.createElement('bdi');
        name.className = 'telemetry-legend-name';
        name.textContent = c.label;
        const value = document.createElement('span');
        value.className = 'telemetry-legend-value';
        value.dataset.testid = `chart-legend-value-${i}`;
        value.textContent = '—';
        item.append(swatch, name, value);
        list.appendChild(item);
        return value;
      });
    },
    // values: the newest reading of each channel (number or null).
    update(values) {
      for (let i = 0; i < cells.length; i++) {
        const v = values[i];
        const text = typeof v === 'number' && Number.isFinite(v) ? `${v.toFixed(1)} °C` : '—';
        if (cells[i].textContent !== text) cells[i].textContent = text;
      }
    },
    remove() { list.remove(); },
  };
}
