// Priority-coded alarm sound (IEC 60601-1-8 style bursts) through Web Audio; one sound for the whole page.
// High: a burst of 10 pulses (3 + 2, pause, 3 + 2) repeated every 5 s. Medium: 3 pulses every 8 s.
// Low: 2 pulses every 20 s. Browsers start audio only after a user gesture: unlock() from a click, or the first
// pointer/key press anywhere on the page unlocks it.

const PULSE_SECONDS = 0.15;
const PULSE_SPACING_SECONDS = 0.1;
const GROUP_GAP_SECONDS = 0.35;
const PATTERNS = {
  High: { groups: [3, 2, 3, 2], pauseAfter: [1], intervalSeconds: 5, frequency: 880 },
  Medium: { groups: [3], pauseAfter: [], intervalSeconds: 8, frequency: 660 },
  Low: { groups: [2], pauseAfter: [], intervalSeconds: 20, frequency: 523 },
};

let context = null;
let current = null; // the priority asked for
let timer = null;

function audioContext() {
  if (!context) {
    const Ctor = window.AudioContext || window.webkitAudioContext;
    if (!Ctor) {
      return null;
    }
    context = new Ctor();
  }
  return context;
}

export function isUnlocked() {
  return context !== null && context.state === 'running';
}

export async function unlock() {
  const ctx = audioContext();
  if (!ctx) {
    return false;
  }
  try {
    await ctx.resume();
  } catch {
    return false;
  }
  if (current) {
    restart();
  }
  return ctx.state === 'running';
}

// IEC 60601-1-8 wants a pulse with at least four harmonics within 15 dB of the fundamental (a pitch that is easy
// to locate and hear in a noisy room); a triangle wave's harmonics fall 19 dB and more below it. Harmonics 2 to 5 at
// 0.5 to 0.3 of the fundamental are 6 to 10.5 dB down.
const HARMONIC_AMPLITUDES = [0, 1, 0.5, 0.45, 0.35, 0.3];
let pulseWave = null;

function wave(ctx) {
  if (!pulseWave) {
    const imaginary = new Float32Array(HARMONIC_AMPLITUDES);
    pulseWave = ctx.createPeriodicWave(new Float32Array(HARMONIC_AMPLITUDES.length), imaginary);
  }
  return pulseWave;
}

function pulse(ctx, at, frequency) {
  const oscillator = ctx.createOscillator();
  const gain = ctx.createGain();
  oscillator.setPeriodicWave(wave(ctx));
  oscillator.frequency.value = frequency;
  gain.gain.setValueAtTime(0, at);
  gain.gain.linearRampToValueAtTime(0.4, at + 0.02);
  gain.gain.setValueAtTime(0.4, at + PULSE_SECONDS - 0.03);
  gain.gain.linearRampToValueAtTime(0, at + PULSE_SECONDS);
  oscillator.connect(gain).connect(ctx.destination);
  oscillator.start(at);
  oscillator.stop(at + PULSE_SECONDS + 0.01);
}

function burst(pattern) {
  const ctx = audioContext();
  if (!ctx || ctx.state !== 'running') {
    return;
  }
  let at = ctx.currentTime + 0.05;
  pattern.groups.forEach((count, group) => {
    for (let i = 0; i < count; i++) {
      pulse(ctx, at, pattern.frequency);
      at += PULSE_SECONDS + PULSE_SPACING_SECONDS;
    }
    at += pattern.pauseAfter.includes(group) ? 1.0 : GROUP_GAP_SECONDS;
  });
}

function restart() {
  clearInterval(timer);
  timer = null;
  const pattern = PATTERNS[current];
  if (!pattern) {
    return;
  }
  burst(pattern);
  timer = setInterval(() => burst(pattern), pattern.intervalSeconds * 1000);
}

/** Sounds the bursts of `priority` ('High' | 'Medium' | 'Low'), or stops the sound for null/anything else. */
export function setAlarmSound(priority) {
  const next = PATTERNS[priority] ? priority : null;
  if (next === current) {
    return;
  }
  current = next;
  restart();
}

function unlockOnFirstGesture() {
  unlock();
  window.removeEventListener('pointerdown', unlockOnFirstGesture, true);
  window.removeEventListener('keydown', unlockOnFirstGesture, true);
}

window.addEventListener('pointerdown', unlockOnFirstGesture, true);
window.addEventListener('keydown', unlockOnFirstGesture, true);
