// Bounded in-browser store of the live chart's samples: one time array (unix ms) and one array per channel
// (null = faulted reading, drawn as a gap, never as zero). Oldest samples are dropped past `capacity`.

export class TelemetryBuffer {
  // gapMs: a jump between samples longer than this (missing frames) is drawn as a gap.
  constructor(channelCount, capacity, gapMs) {
    this.capacity = Math.max(100, capacity | 0);
    this.gapMs = gapMs;
    this.reset(channelCount);
  }

  reset(channelCount) {
    this.times = [];
    this.values = Array.from({ length: channelCount }, () => []);
  }

  get length() { return this.times.length; }

  get lastTime() { return this.times.length ? this.times[this.times.length - 1] : null; }

  get firstTime() { return this.times.length ? this.times[0] : null; }

  // Appends the samples later than the last kept one (a batch replayed after a gap fill adds nothing twice); where
  // samples are missing, an all-null row breaks the lines.
  append(times, values) {
    let added = 0;
    for (let i = 0; i < times.length; i++) {
      const t = times[i];
      const last = this.lastTime;
      if (last !== null && t <= last) continue;
      if (last !== null && t - last > this.gapMs) {
        this.times.push(last + 1);
        for (const column of this.values) column.push(null);
      }
      this.times.push(t);
      for (let c = 0; c < this.values.length; c++) {
        const v = values[c] ? values[c][i] : null;
        this.values[c].push(typeof v === 'number' && Number.isFinite(v) ? v : null);
      }
      added++;
    }
    this.trim();
    return added;
  }

  // Drops the oldest samples in chunks, so trimming costs little per batch.
  trim() {
    const excess = this.times.length - this.capacity;
    if (excess <= 0) return;
    const drop = Math.max(excess, Math.floor(this.capacity / 10));
    this.times.splice(0, drop);
    for (const column of this.values) column.splice(0, drop);
  }

  // How many breaks (all-null rows) the kept samples have: 0 after a complete gap fill.
  gapCount() {
    let gaps = 0;
    for (let i = 0; i < this.times.length; i++) if (this.values.every((column) => column[i] === null)) gaps++;
    return gaps;
  }

  lastValue(channel) {
    const column = this.values[channel];
    if (!column) return null;
    for (let i = column.length - 1; i >= 0; i--) if (column[i] !== null) return column[i];
    return null;
  }

  minValue(channel) {
    const column = this.values[channel];
    let min = null;
    if (!column) return null;
    for (const v of column) if (v !== null && (min === null || v < min)) min = v;
    return min;
  }
}

// Min/max buckets (GetOverview) drawn as two rows per bucket: every minimum at the bucket's start, every maximum at
// its middle, so the envelope keeps the extremes. Only buckets before `before` (the start of the full-rate buffer).
export function overviewRows(overview, channelCount, before) {
  const times = [];
  const values = Array.from({ length: channelCount }, () => []);
  if (!overview) return { times, values };
  const half = Math.max(1, Math.floor(overview.bucketMilliseconds / 2));
  for (let i = 0; i < overview.times.length; i++) {
    const t = overview.times[i];
    if (before !== null && t + half >= before) break;
    times.push(t, t + half);
    for (let c = 0; c < channelCount; c++) {
      values[c].push(overview.min[c]?.[i] ?? null, overview.max[c]?.[i] ?? null);
    }
  }
  return { times, values };
}
