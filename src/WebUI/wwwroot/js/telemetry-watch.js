// The live page's staleness watch: one per live chart, fed by its hub connection (batches and heartbeats) and by the
// Blazor circuit's state (the classes blazor.web.js puts on #components-reconnect-modal). Every 250 ms it marks the
// board: data-stale="true|false" and data-stale-cause="network|controller" on .console-board, the age in the CSS
// variable --stale-text (the tiles' STALE marks are drawn from it), the network banner's text, and the gas controls
// disabled. Blazor owns those buttons' `disabled`: the watch remembers which ones it disabled itself
// (data-stale-disabled) and follows Blazor's own changes while stale, so it never enables a button Blazor disabled.
import { assess, circuitChanged, freshState, heardBatch, heardHeartbeat, networkBannerText, staleMark } from './telemetry-staleness.js';

const CHECK_EVERY_MS = 250;
const GAS_SUFFIXES = ['-freeze', '-stick', '-active-thaw', '-start-protocol', '-resume', '-extend'];
// The "Yes" of a question open on a probe tile is disabled too: every tile question starts or shapes gas ("No" stays).
export const GAS_CONTROLS = ['.gas-control', '.probe-tile button[data-testid="confirm-yes"]',
  ...GAS_SUFFIXES.map((s) => `.probe-tile button[data-testid$="${s}"]`)].join(', ');
const CIRCUIT_DOWN = ['components-reconnect-show', 'components-reconnect-retrying', 'components-reconnect-failed',
  'components-reconnect-rejected', 'components-reconnect-paused', 'components-reconnect-resume-failed'];

let styled = false;
function addStyles() {
  if (styled) return;
  styled = true;
  // A constructed sheet: the Content-Security-Policy allows no inline style elements.
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`
.connection-lost { display: none; }
.console-board[data-stale-cause="network"] .connection-lost { display: block; padding: 0.9rem 1rem; font-weight: 700; font-size: 1.1rem;
  background: #b71c1c; color: #fff; border: 3px solid #ffeb3b; border-radius: 8px; }
.console-board[data-stale="true"] .tile:not(.chart-tile) { position: relative; outline: 3px dashed #ffab00; outline-offset: -3px; }
.console-board[data-stale="true"] .tile:not(.chart-tile)::after { content: var(--stale-text, "STALE"); position: absolute; top: -0.7rem; left: 50%;
  transform: translateX(-50%); background: #ffab00; color: #000; font-weight: 900; font-size: 0.95rem; padding: 0.05rem 0.6rem; border-radius: 6px;
  white-space: nowrap; pointer-events: none; }
.console-board[data-stale="true"] :is(.tip, .temperature, .supply-psi) { color: #b0bec5; }`);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

// options: { board (.console-board or null), onChange(verdict, markText), now() }; returns
// { batch(), heartbeat(beat), verdict(), check() (re-assess now), dispose() }.
export function watchLiveData({ board, onChange, now = () => Date.now() }) {
  addStyles();
  const state = freshState(now());
  const modal = document.getElementById('components-reconnect-modal');
  let stale = false;
  let lastText = null;

  function circuitDown() {
    return !!modal && CIRCUIT_DOWN.some((c) => modal.classList.contains(c));
  }

  function disableGas() {
    for (const b of board.querySelectorAll(GAS_CONTROLS)) {
      if (!b.disabled) { b.disabled = true; b.dataset.staleDisabled = 'true'; }
    }
    gasWatch.takeRecords(); // our own changes are not Blazor's
  }

  function enableGas() {
    for (const b of board.querySelectorAll('[data-stale-disabled]')) {
      b.disabled = false;
      delete b.dataset.staleDisabled;
    }
    gasWatch.takeRecords();
  }

  // While stale: a button Blazor disabled stays Blazor's; one Blazor enabled, or a new one, is disabled again.
  const gasWatch = new MutationObserver((records) => {
    if (!stale || !board) return;
    for (const r of records) {
      if (r.type !== 'attributes' || !(r.target instanceof Element) || !r.target.matches(GAS_CONTROLS)) continue;
      if (r.target.disabled) delete r.target.dataset.staleDisabled;
    }
    disableGas();
  });

  function apply(verdict) {
    const text = staleMark(verdict);
    if (board) {
      board.dataset.stale = String(verdict.stale);
      if (verdict.stale) board.dataset.staleCause = verdict.cause; else delete board.dataset.staleCause;
      if (text !== lastText) board.style.setProperty('--stale-text', JSON.stringify(text || 'STALE'));
      const banner = board.querySelector('.connection-lost');
      if (banner && verdict.cause === 'network') {
        const words = networkBannerText(verdict);
        if (banner.textContent !== words) banner.textContent = words;
      }
      if (verdict.stale && !stale) { stale = true; disableGas(); } else if (!verdict.stale && stale) { stale = false; enableGas(); }
    }
    stale = verdict.stale;
    lastText = text;
    onChange?.(verdict, text);
  }

  function update() {
    circuitChanged(state, circuitDown(), now());
    apply(assess(state, now()));
  }

  const modalWatch = modal ? new MutationObserver(update) : null;
  modalWatch?.observe(modal, { attributes: true, attributeFilter: ['class'] });
  if (board) gasWatch.observe(board, { subtree: true, childList: true, attributes: true, attributeFilter: ['disabled'] });
  const timer = setInterval(update, CHECK_EVERY_MS);
  update();

  return {
    batch() { heardBatch(state, now()); if (stale) update(); },
    heartbeat(beat) { heardHeartbeat(state, beat, now()); update(); },
    verdict: () => assess(state, now()),
    check: update,
    dispose() {
      clearInterval(timer);
      modalWatch?.disconnect();
      if (board) {
        enableGas();
        gasWatch.disconnect();
        delete board.dataset.stale;
        delete board.dataset.staleCause;
      }
    },
  };
}
