// Sample-to-screen latency of a live chart: for every sample drawn for the first time, the wall-clock time of that
// draw minus the sample's own time (both unix ms, the console's clock and the browser's are the same machine's or
// NTP-synchronised). Keeps the newest `capacity` figures; the benchmark reads them through element.cryowebChart.
export class DrawLatency {
  constructor(capacity = 20000) {
    this.capacity = capacity;
    this.latencies = [];
    this.lastDrawn = null;
  }

  // times: the chart's x values (ascending unix ms) just drawn.
  record(times) {
    if (!times.length) return;
    const newest = times[times.length - 1];
    if (this.lastDrawn === null) {
      // The first draw shows history loaded on connect, not live samples.
      this.lastDrawn = newest;
      return;
    }
    const now = Date.now();
    for (let i = times.length - 1; i >= 0 && times[i] > this.lastDrawn; i--) {
      this.latencies.push(now - times[i]);
    }
    if (this.latencies.length > this.capacity) this.latencies.splice(0, this.latencies.length - this.capacity);
    this.lastDrawn = Math.max(this.lastDrawn, newest);
  }

  // A new procedure or a rebuilt chart starts again from its first draw.
  reset() {
    this.lastDrawn = null;
  }

  values() {
    return this.latencies.slice();
  }
}
