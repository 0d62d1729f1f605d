// How old the data on a live view is, and why (pure logic, no DOM: the browser test drives it with a fake clock).
// A view is STALE when no hub message (batch or heartbeat) arrived for STALE_AFTER_MS, when the Blazor circuit that
// renders the tiles is down, or when the hub's heartbeat says the controller stopped publishing frames.

export const STALE_AFTER_MS = 2000;

// A heartbeat saying the controller is silent outlives batches for this long (no flicker while it recovers).
const CONTROLLER_NOTICE_MS = 1000;

export function freshState(nowMs) {
  return { lastMessageAt: nowMs, controller: null, circuitDownSince: null };
}

// A telemetry batch: frames flow, so the controller publishes (unless a heartbeat just said otherwise).
export function heardBatch(state, nowMs) {
  state.lastMessageAt = nowMs;
  if (state.controller && nowMs - state.controller.at >= CONTROLLER_NOTICE_MS) state.controller = null;
}

// A heartbeat { controllerPublishing, newestFrameAgeMilliseconds }.
export function heardHeartbeat(state, beat, nowMs) {
  state.lastMessageAt = nowMs;
  state.controller = beat && beat.controllerPublishing === false
    ? { at: nowMs, frameAgeMs: typeof beat.newestFrameAgeMilliseconds === 'number' ? beat.newestFrameAgeMilliseconds : null }
    : null;
}

export function circuitChanged(state, down, nowMs) {
  if (down && state.circuitDownSince === null) state.circuitDownSince = nowMs;
  if (!down) state.circuitDownSince = null;
}

// -> { stale, cause: 'network' | 'controller' | null, ageSeconds (whole seconds, or null when unknown) }.
// The network wins: with the link gone nothing is known of the controller.
export function assess(state, nowMs) {
  const silentMs = nowMs - state.lastMessageAt;
  if (silentMs > STALE_AFTER_MS || state.circuitDownSince !== null) {
    const since = Math.min(silentMs > STALE_AFTER_MS ? state.lastMessageAt : Infinity, state.circuitDownSince ?? Infinity);
    return { stale: true, cause: 'network', ageSeconds: Math.max(0, Math.floor((nowMs - since) / 1000)) };
  }
  if (state.controller) {
    const age = state.controller.frameAgeMs === null ? null : state.controller.frameAgeMs + (nowMs - state.controller.at);
    return { stale: true, cause: 'controller', ageSeconds: age === null ? null : Math.max(0, Math.floor(age / 1000)) };
  }
  return { stale: false, cause: null, ageSeconds: 0 };
}

// "4 s", "2 min 05 s"; "" when unknown.
export function formatAge(seconds) {
  if (seconds === null || seconds === undefined) return '';
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  return `${minutes} min ${String(seconds % 60).padStart(2, '0')} s`;
}

export function staleMark(verdict) {
  if (!verdict.stale) return '';
  return verdict.ageSeconds === null ? 'STALE' : `STALE ${formatAge(verdict.ageSeconds)}`;
}

export function networkBannerText(verdict) {
  return `Connection to the console lost ${formatAge(verdict.ageSeconds)} ago: the values shown are not live. Gas controls are disabled.`;
}
