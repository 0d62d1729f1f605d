// The chart's SignalR connection to /hubs/telemetry: loads the global `signalR` client once if the page has not,
// reconnects forever with back-off, and reports its state.

const SIGNALR_SRC = '/lib/signalr/signalr.min.js';
let loading = null;

export function loadSignalR() {
  if (window.signalR) return Promise.resolve(window.signalR);
  if (!loading) {
    loading = new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = SIGNALR_SRC;
      script.async = true;
      script.onload = () => (window.signalR ? resolve(window.signalR) : reject(new Error('signalR did not load')));
      script.onerror = () => { loading = null; script.remove(); reject(new Error(`could not load ${SIGNALR_SRC}`)); };
      document.head.appendChild(script);
    });
  }
  return loading;
}

// handlers: { onBatch(batch), onHeartbeat(beat), onState(state), onReady(connection, reconnected) }; returns { stop() }.
export function connectTelemetry(url, handlers) {
  let stopped = false;
  let connection = null;
  let retryTimer = null;

  const retryDelay = { nextRetryDelayInMilliseconds: (ctx) => Math.min(10000, 500 * 2 ** Math.min(ctx.previousRetryCount, 5)) };

  async function start() {
    if (stopped) return;
    handlers.onState('connecting');
    try {
      const signalR = await loadSignalR();
      if (!connection) {
        connection = new signalR.HubConnectionBuilder()
          .withUrl(url)
          .withAutomaticReconnect(retryDelay)
          .configureLogging(signalR.LogLevel.Warning)
          .build();
        connection.on('telemetry', (batch) => handlers.onBatch(batch));
        connection.on('heartbeat', (beat) => handlers.onHeartbeat?.(beat));
        connection.onreconnecting(() => handlers.onState('reconnecting'));
        connection.onreconnected(() => ready(true));
        connection.onclose(() => {
          handlers.onState('disconnected');
          schedule();
        });
      }
      await connection.start();
      await ready(false);
    } catch (e) {
      console.warn('telemetry: connection failed', e);
      handlers.onState('disconnected');
      schedule();
    }
  }

  async function ready(reconnected) {
    if (stopped) return;
    try {
      await handlers.onReady(connection, reconnected);
      handlers.onState('connected');
    } catch (e) {
      console.warn('telemetry: loading history failed', e);
      handlers.onState('connected');
    }
  }

  function schedule() {
    if (stopped || retryTimer) return;
    retryTimer = setTimeout(() => { retryTimer = null; start(); }, 3000);
  }

  start();
  return {
    stop() {
      stopped = true;
      clearTimeout(retryTimer);
      if (connection) connection.stop().catch(() => {});
    },
  };
}
