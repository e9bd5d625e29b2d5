import { describe, expect, it } from 'vitest';
import { makeEvent } from '../../test/unit/makeEvent';
import { eventsToFollow, followCamera } from './cameraFollow';
import { dayNumber } from './dayNumber';
import { timeEvents } from './timeline';
import type { Bounds } from './eventBounds';

const view: Bounds = [104, 15, 108, 19];

describe('followCamera', () => {
  it.each<[string, Array<[number, number]>, string]>([
    ['a point well inside', [[106, 17]], 'stay'],
    ['no point at all', [], 'stay'],
    ['a point just inside the edge (in the margin)', [[107.9, 17]], 'fit'],
    ['a point a little outside', [[109, 17]], 'fit'],
    ['a point far outside (Beijing)', [[116.4, 39.9]], 'center'],
    ['one point in, one out', [[106, 17], [105.8, 21]], 'fit'],
  ])('%s: %s', (_name, points, kind) => {
    expect(followCamera(view, points).kind).toBe(kind);
  });

  it('grows the view to take the point in, keeping what it showed', () => {
    const move = followCamera(view, [[109, 17]]);
    if (move.kind !== 'fit') throw new Error(move.kind);
    const [w, s, e, n] = move.bounds;
    expect(w).toBeLessThanOrEqual(104);
    expect(s).toBeCloseTo(15);
    expect(n).toBeCloseTo(19);
    expect(e).toBeGreaterThan(109);
  });

  it('keeps the margin of the grown view around the point (room for its spread neighbours)', () => {
    const move = followCamera(view, [[110, 17]], { margin: 0.15 });
    if (move.kind !== 'fit') throw new Error(move.kind);
    const [w, , e] = move.bounds;
    expect(e - 110).toBeGreaterThanOrEqual(0.15 * (e - w) - 1e-9);
  });

  it('pans far at the same scale, centred on the point', () => {
    const move = followCamera(view, [[116.4, 39.9]]);
    if (move.kind !== 'center') throw new Error(move.kind);
    const [w, s, e, n] = move.bounds;
    expect(e - w).toBeCloseTo(4);
    expect((w + e) / 2).toBeCloseTo(116.4);
    expect(s).toBeLessThan(39.9);
    expect(n).toBeGreaterThan(39.9);
  });

  it('respects the zoom-out limit', () => {
    expect(followCamera(view, [[113, 17]], { maxZoomOut: 2 }).kind).toBe('fit');
    expect(followCamera(view, [[113, 17]], { maxZoomOut: 1 }).kind).toBe('center');
  });
});

describe('eventsToFollow', () => {
  const events = timeEvents([
    makeEvent({ id: 'a', date: '2024-01-01' }),
    makeEvent({ id: 'b1', date: '2024-06-01' }),
    makeEvent({ id: 'b2', date: '2024-06-01' }),
    makeEvent({ id: 'c', date: '2025-01-01' }),
  ]);
  const all = { mode: 'cumulative' as const, windowMonths: 6 };
  const d = (y: number, m: number, day: number) => dayNumber(y, m, day);
  it.each<[string, number, number, boolean, string[]]>([
    ['playing onto a newer event: every event of that day', d(2024, 5, 1), d(2024, 6, 3), true, ['b1', 'b2']],
    ['a step landing on the event', d(2024, 1, 1), d(2024, 6, 1), false, ['b1', 'b2']],
    ['scrubbing past an event (not on its day)', d(2024, 1, 1), d(2024, 6, 3), false, []],
    ['playing with no newer event', d(2024, 6, 2), d(2024, 6, 20), true, []],
    ['going back', d(2025, 2, 1), d(2024, 6, 1), true, []],
    ['before any event', d(2023, 1, 1), d(2023, 6, 1), true, []],
  ])('%s', (_name, previous, cursor, playing, expected) => {
    expect(eventsToFollow(events, previous, cursor, all, playing)).toEqual(expected);
  });
});
