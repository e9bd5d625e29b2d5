import { describe, expect, it } from 'vitest';
import { makeEvent } from '../../test/unit/makeEvent';
import { dayNumber as d } from '../domain/dayNumber';
import { attachPlayback, type Clock } from './playback';
import { createViewerStore } from './viewerStore';

// Issue 17: removing playback's lead-in survived the unit tests.

/** Frames every `frameMs`, only when the test advances. */
function fakeClock(): Clock & { advanceTo(t: number, frameMs?: number): void; t: number } {
  const frames = new Map<number, (t: number) => void>();
  let next = 1;
  const clock = {
    t: 0,
    now: () => clock.t,
    requestFrame(cb: (t: number) => void) { frames.set(next, cb); return next++; },
    cancelFrame(id: number) { frames.delete(id); },
    advanceTo(end: number, frameMs = 20) {
      while (clock.t < end) {
        clock.t = Math.min(end, clock.t + frameMs);
        const due = [...frames.values()];
        frames.clear();
        for (const cb of due) cb(clock.t);
      }
    },
  };
  return clock;
}

describe('event-by-event playback', () => {
  it('holds the first event on screen for a lead-in before the first step, then steps each interval', () => {
    const store = createViewerStore({ mode: 'explore', lang: 'en' });
    store.getState().setEvents(['2024-01-01', '2024-02-01', '2024-03-01'].map((date, i) => makeEvent({ id: `e${i}`, date })));
    const clock = fakeClock();
    attachPlayback(store, clock);
    store.getState().setPlaying(true);
    expect(store.getState().cursor).toBe(d(2024, 1, 1));
    clock.advanceTo(580);
    expect(store.getState().cursor, 'stepped before the lead-in ended').toBe(d(2024, 1, 1));
    clock.advanceTo(600);
    expect(store.getState().cursor).toBe(d(2024, 2, 1));
    clock.advanceTo(600 + 3480);
    expect(store.getState().cursor).toBe(d(2024, 2, 1));
    clock.advanceTo(600 + 3500);
    expect(store.getState().cursor).toBe(d(2024, 3, 1));
  });

  it('gives the same lead-in when playing again from the middle', () => {
    const store = createViewerStore({ mode: 'explore', lang: 'en' });
    store.getState().setEvents(['2024-01-01', '2024-02-01', '2024-03-01'].map((date, i) => makeEvent({ id: `e${i}`, date })));
    store.getState().setCursor(d(2024, 1, 15));
    const clock = fakeClock();
    attachPlayback(store, clock);
    clock.t = 10_000;
    store.getState().setPlaying(true);
    clock.advanceTo(10_580);
    expect(store.getState().cursor).toBe(d(2024, 1, 15));
    clock.advanceTo(10_600);
    expect(store.getState().cursor).toBe(d(2024, 2, 1));
  });
});
