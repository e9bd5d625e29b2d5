// @vitest-environment node
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
  it('holds the first event on screen a whole interval before the first step (reader review), then steps each interval', () => {
    const store = createViewerStore({ mode: 'explore', lang: 'en' });
    store.getState().setEvents(['2024-01-01', '2024-02-01', '2024-03-01'].map((date, i) => makeEvent({ id: `e${i}`, date })));
    const clock = fakeClock();
    attachPlayback(store, clock);
    store.getState().setPlaying(true);
    expect(store.getState().cursor).toBe(d(2024, 1, 1));
    clock.advanceTo(3480);
    expect(store.getState().cursor, 'stepped before the first event had its interval').toBe(d(2024, 1, 1));
    clock.advanceTo(3500);
    expect(store.getState().cursor).toBe(d(2024, 2, 1));
    clock.advanceTo(3500 + 3480);
    expect(store.getState().cursor).toBe(d(2024, 2, 1));
    clock.advanceTo(3500 + 3500);
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

  it('starts at once when attached to a store that is already playing', () => {
    const store = createViewerStore({ mode: 'explore', lang: 'en' });
    store.getState().setEvents(['2024-01-01', '2024-02-01'].map((date, i) => makeEvent({ id: `e${i}`, date })));
    store.getState().setCursor(d(2024, 1, 1));
    store.getState().setPlaying(true);
    const clock = fakeClock();
    attachPlayback(store, clock);
    clock.advanceTo(3500); // on the first event: held a whole interval
    expect(store.getState().cursor).toBe(d(2024, 2, 1));
  });
});

describe('continuous playback', () => {
  const continuous = (loop: boolean) => {
    const store = createViewerStore({ mode: 'explore', lang: 'en' });
    store.getState().setEvents(['2024-01-01', '2024-03-01'].map((date, i) => makeEvent({ id: `e${i}`, date })));
    store.getState().setCursor(d(2024, 1, 1));
    store.getState().setSpeed('slow'); // 30 days a second
    store.getState().setLoop(loop);
    const clock = fakeClock();
    attachPlayback(store, clock);
    store.getState().setPlaying(true);
    return { store, clock };
  };

  it('moves from the first frames, with no lead-in', () => {
    const { store, clock } = continuous(false);
    clock.advanceTo(200);
    // 0.2 s at 30 days a second: about 6 days (whole days only, rounding down).
    expect(store.getState().cursor).toBeGreaterThanOrEqual(d(2024, 1, 1) + 5);
    expect(store.getState().cursor).toBeLessThanOrEqual(d(2024, 1, 1) + 6);
  });

  it('loops back to the start at the end when loop is on, and stops there otherwise', () => {
    const looping = continuous(true);
    looping.clock.advanceTo(2000); // 60 days: at the end of the span
    expect(looping.store.getState().cursor).toBeGreaterThanOrEqual(d(2024, 2, 25));
    looping.clock.advanceTo(2400);
    expect(looping.store.getState().playing).toBe(true);
    expect(looping.store.getState().cursor, 'did not loop back to the start').toBeLessThan(d(2024, 1, 20));
    const once = continuous(false);
    once.clock.advanceTo(2100);
    expect(once.store.getState()).toMatchObject({ playing: false, cursor: d(2024, 3, 1) });
  });
});

