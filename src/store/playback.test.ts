// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { dayNumber as d } from '../domain/dayNumber';
import type { BorderEvent } from '../domain/event';
import { attachPlayback, type Clock } from './playback';
import { createViewerStore } from './viewerStore';
import { makeEvent } from '../../test/unit/makeEvent';

const event = (id: string, date: string): BorderEvent => makeEvent({ id, date });

/** A clock that only moves when the test says so; frames run in request order. */
class FakeClock implements Clock {
  t = 1000;
  private nextId = 1;
  frames = new Map<number, (t: number) => void>();
  now() { return this.t; }
  requestFrame(cb: (t: number) => void) { const id = this.nextId++; this.frames.set(id, cb); return id; }
  cancelFrame(id: number) { this.frames.delete(id); }
  /** Runs frames every `frameMs` for `ms`. */
  advance(ms: number, frameMs = 100) {
    const end = this.t + ms;
    while (this.t < end) {
      this.t = Math.min(end, this.t + frameMs);
      const due = [...this.frames.values()];
      this.frames.clear();
      for (const cb of due) cb(this.t);
    }
  }
}

const START = d(2024, 1, 1);
const setup = (dates = ['2024-01-01', '2024-02-01', '2024-03-01']) => {
  const store = createViewerStore({ mode: 'explore', lang: 'en' });
  store.getState().setEvents(dates.map((date, i) => event(`e${i}`, date)));
  const clock = new FakeClock();
  const detach = attachPlayback(store, clock);
  return { store, clock, detach };
};

describe('playback, event by event', () => {
  it('plays from the end by starting again, reaches the last event and stops', () => {
    const { store, clock } = setup();
    store.getState().setPlaying(true);
    expect(store.getState().cursor).toBe(START);
    // The first step is held a whole interval, as every other (reader review: it flashed by in 0.6 s).
    clock.advance(3400);
    expect(store.getState().cursor).toBe(START);
    clock.advance(100);
    expect(store.getState().cursor).toBe(d(2024, 2, 1));
    clock.advance(3500);
    expect(store.getState().cursor).toBe(d(2024, 3, 1));
    clock.advance(3500);
    expect(store.getState()).toMatchObject({ playing: false, cursor: d(2024, 3, 1) });
    expect(clock.frames.size).toBe(0);
  });

  it('loops back to the start when loop is on', () => {
    const { store, clock } = setup();
    store.getState().setLoop(true);
    store.getState().setPlaying(true);
    clock.advance(3500 * 3);
    expect(store.getState()).toMatchObject({ playing: true, cursor: START });
    clock.advance(3500);
    expect(store.getState().cursor).toBe(d(2024, 2, 1));
  });
});

describe('playback, continuous', () => {
  it.each([
    ['slow', 30],
    ['medium', 120],
  ] as const)('%s advances %i days a second', (speed, days) => {
    const { store, clock } = setup(['2024-01-01', '2026-01-01']);
    store.getState().setSpeed(speed);
    store.getState().setPlaying(true);
    clock.advance(1000);
    expect(store.getState().cursor).toBe(START + days);
    // At 60 frames a second, a fraction of a day may still be carried to the next frame.
    clock.advance(500, 1000 / 60);
    expect(START + days * 1.5 - store.getState().cursor).toBeGreaterThanOrEqual(0);
    expect(START + days * 1.5 - store.getState().cursor).toBeLessThanOrEqual(1);
  });

  it('stops at the end of the span without loop', () => {
    const { store, clock } = setup(['2024-01-01', '2024-03-01']);
    store.getState().setSpeed('fast');
    store.getState().setPlaying(true);
    clock.advance(2000);
    expect(store.getState()).toMatchObject({ playing: false, cursor: d(2024, 3, 1) });
    expect(clock.frames.size).toBe(0);
  });

  it('pausing cancels the frame loop and leaves the cursor where it was', () => {
    const { store, clock } = setup(['2024-01-01', '2026-01-01']);
    store.getState().setSpeed('slow');
    store.getState().setPlaying(true);
    clock.advance(1000);
    store.getState().setPlaying(false);
    expect(clock.frames.size).toBe(0);
    const cursor = store.getState().cursor;
    clock.advance(1000);
    expect(store.getState().cursor).toBe(cursor);
  });

  it('stops listening when detached', () => {
    const { store, clock, detach } = setup(['2024-01-01', '2026-01-01']);
    store.getState().setSpeed('slow');
    detach();
    store.getState().setPlaying(true);
    clock.advance(1000);
    expect(clock.frames.size).toBe(0);
    expect(store.getState().cursor).toBe(d(2026, 1, 1));
  });
});

describe('event-by-event playback from the last event', () => {
  it('starts again from the beginning when the last event is dated only to a year', () => {
    const store = createViewerStore({ mode: 'explore', lang: 'en' });
    store.getState().setEvents([makeEvent({ id: 'a', date: '2024-01-01' }), makeEvent({ id: 'b', date: '2025' })]);
    store.getState().setCursor(store.getState().filtered[1]!.start);
    const stop = attachPlayback(store, { now: () => 0, requestFrame: () => 1, cancelFrame: () => undefined });
    store.getState().setPlaying(true);
    expect(store.getState().cursor).toBe(store.getState().span!.start);
    stop();
  });
});
