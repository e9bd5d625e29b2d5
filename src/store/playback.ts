import { stepCursor } from '../domain/timeline';
import { speedById } from './speeds';
import type { ViewerStore } from './viewerStore';

export interface Clock {
  now(): number;
  requestFrame(cb: (t: number) => void): number;
  cancelFrame(id: number): void;
}

const browserClock: Clock = {
  now: () => performance.now(),
  requestFrame: (cb) => requestAnimationFrame(cb),
  cancelFrame: (id) => cancelAnimationFrame(id),
};

/**
 * Drives the cursor while `playing` is true, outside React's render cycle
 * (issue 4): a frame loop writes the store; only the components whose
 * selected slice changed re-render. Stops at the end, or loops.
 * Returns a function that stops listening.
 */
export function attachPlayback(store: ViewerStore, clock: Clock = browserClock): () => void {
  let frame: number | null = null;
  let last = 0;
  let carry = 0; // fractional days not yet applied
  let nextStepAt = 0;

  const tick = (t: number) => {
    frame = null;
    const s = store.getState();
    if (!s.playing || !s.span) return;
    const speed = speedById(s.speed);
    if (speed.kind === 'step') {
      if (t >= nextStepAt) {
        if (!s.step(1)) {
          if (s.loop) s.setCursor(s.span.start);
          else { s.setPlaying(false); return; }
        }
        nextStepAt = t + speed.intervalMs;
      }
    } else {
      carry += ((t - last) / 1000) * speed.daysPerSecond;
      const whole = Math.floor(carry);
      carry -= whole;
      if (whole > 0) {
        if (s.cursor >= s.span.end) {
          if (s.loop) s.setCursor(s.span.start);
          else { s.setPlaying(false); return; }
        } else {
          s.setCursor(Math.min(s.span.end, s.cursor + whole));
        }
      }
    }
    last = t;
    frame = clock.requestFrame(tick);
  };

  const start = () => {
    if (frame !== null) return;
    const s = store.getState();
    // Playing from the end starts again from the beginning. "The end" for event-by-event
    // playback is the last event's start, which is before the span's end when that event is
    // dated only to a month, a year or a span of days.
    const atEnd = s.span && (s.cursor >= s.span.end || (speedById(s.speed).kind === 'step' && stepCursor(s.filtered, s.cursor, 1) === null));
    if (s.span && atEnd) s.setCursor(s.span.start);
    // From the first step (where the end starts again), that step is told first and held a whole
    // interval, as every other step is (reader review: it flashed by for 0.6 s, unread).
    const speed = speedById(s.speed);
    const fromFirst = stepCursor(s.filtered, store.getState().cursor, -1) === null;
    last = clock.now();
    carry = 0;
    nextStepAt = last + (speed.kind === 'step' ? (fromFirst ? speed.intervalMs : 600) : 0);
    frame = clock.requestFrame(tick);
  };
  const stop = () => {
    if (frame !== null) clock.cancelFrame(frame);
    frame = null;
  };

  const unsubscribe = store.subscribe((s) => s.playing, (playing) => { if (playing) start(); else stop(); });
  if (store.getState().playing) start();
  return () => { unsubscribe(); stop(); };
}
