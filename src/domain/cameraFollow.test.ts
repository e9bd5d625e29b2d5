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
    ['Play starting again from the beginning, on an event\'s day (session 22 review: the first event was left off the map)', d(2025, 2, 1), d(2024, 6, 1), true, ['b1', 'b2']],
    ['going back while playing, off an event\'s day', d(2025, 2, 1), d(2024, 6, 3), true, []],
    ['a step back landing on the event (session 20: from the focus frame it was left off the map)', d(2025, 1, 1), d(2024, 6, 1), false, ['b1', 'b2']],
    ['scrubbing back (not on an event\'s day)', d(2025, 2, 1), d(2024, 6, 3), false, []],
    ['before any event', d(2023, 1, 1), d(2023, 6, 1), true, []],
  ])('%s', (_name, previous, cursor, playing, expected) => {
    expect(eventsToFollow(events, previous, cursor, all, playing)).toEqual(expected);
  });
});

// Issue 17: the rule's edges, one by one (the folder's mutation run of session 9 left them untested).
describe('followCamera at its edges', () => {
  /** Web Mercator's y, the projection the rule measures the margin in. */
  const merc = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));

  it('ignores points with no finite coordinate', () => {
    expect(followCamera(view, [[Number.NaN, 17]]).kind).toBe('stay');
    expect(followCamera(view, [[106, Number.NaN]]).kind).toBe('stay');
    expect(followCamera(view, [[Number.POSITIVE_INFINITY, 17], [106, 17]]).kind).toBe('stay');
  });

  it('stays for a view with no width or no height', () => {
    expect(followCamera([106, 15, 106, 19], [[120, 17]]).kind).toBe('stay');
    expect(followCamera([104, 17, 108, 17], [[106, 30]]).kind).toBe('stay');
    expect(followCamera([108, 15, 104, 19], [[120, 17]]).kind).toBe('stay');
  });

  it('a point exactly on the margin line is inside; just within the margin on any side is not', () => {
    const wide: Bounds = [100, -10, 110, 10]; // margin 1.5° of longitude on each side
    expect(followCamera(wide, [[101.5, 0]]).kind).toBe('stay');
    expect(followCamera(wide, [[108.5, 0]]).kind).toBe('stay');
    expect(followCamera(wide, [[101, 0]]).kind).toBe('fit'); // west margin
    expect(followCamera(view, [[106, 15.2]]).kind).toBe('fit'); // south margin
    expect(followCamera(view, [[106, 18.8]]).kind).toBe('fit'); // north margin
  });

  it('grows only the sides a point pushed out', () => {
    const west = followCamera(view, [[103, 17]]);
    if (west.kind !== 'fit') throw new Error(west.kind);
    expect(west.bounds[0]).toBeLessThan(103);
    expect(west.bounds.slice(1).map((v) => Math.round(v * 1e9) / 1e9)).toEqual([15, 108, 19]);
    const south = followCamera(view, [[106, 14]]);
    if (south.kind !== 'fit') throw new Error(south.kind);
    expect(south.bounds[1]).toBeLessThan(14);
    expect([south.bounds[0], south.bounds[2], south.bounds[3]].map((v) => Math.round(v * 1e9) / 1e9)).toEqual([104, 108, 19]);
    const north = followCamera(view, [[106, 20]]);
    if (north.kind !== 'fit') throw new Error(north.kind);
    expect(north.bounds[3]).toBeGreaterThan(20);
    expect(north.bounds.slice(0, 3).map((v) => Math.round(v * 1e9) / 1e9)).toEqual([104, 15, 108]);
  });

  it('a point far north costs zoom by the view’s height, not its width', () => {
    // Growing 15–19° N to take in 25° N (plus its margin) triples the height: more than 1.5 zoom levels.
    expect(followCamera(view, [[106, 25]]).kind).toBe('center');
    expect(followCamera(view, [[106, 21]]).kind).toBe('fit');
  });

  it('pans at the same scale when the points fit in the view, and widens it by the margins when they do not', () => {
    const one = followCamera(view, [[116.4, 39.9]]);
    if (one.kind !== 'center') throw new Error(one.kind);
    expect(one.bounds[0]).toBeCloseTo(114.4, 9);
    expect(one.bounds[2]).toBeCloseTo(118.4, 9);
    expect(merc(one.bounds[3]) - merc(one.bounds[1])).toBeCloseTo(merc(19) - merc(15), 9);
    // Two points 10° apart, in a 4°-wide view: their span plus the margin (0.6°) on each side.
    const two = followCamera(view, [[120, 40], [130, 40]]);
    if (two.kind !== 'center') throw new Error(two.kind);
    expect(two.bounds[0]).toBeCloseTo(119.4, 9);
    expect(two.bounds[2]).toBeCloseTo(130.6, 9);
    // Two points far apart in latitude: their span plus the margin above and below.
    const dy = (merc(19) - merc(15)) * 0.15;
    const tall = followCamera(view, [[120, 30], [120, 45]]);
    if (tall.kind !== 'center') throw new Error(tall.kind);
    expect(merc(tall.bounds[3]) - merc(45)).toBeCloseTo(dy, 9);
    expect(merc(30) - merc(tall.bounds[1])).toBeCloseTo(dy, 9);
  });
});

describe('eventsToFollow at its edges', () => {
  const d = (y: number, m: number, day: number) => dayNumber(y, m, day);

  it('follows the record’s first event (index 0) when it is the only one', () => {
    const one = timeEvents([makeEvent({ id: 'only', date: '2024-06-01' })]);
    expect(eventsToFollow(one, d(2024, 1, 1), d(2024, 6, 1), { mode: 'cumulative', windowMonths: 6 }, false)).toEqual(['only']);
  });

  it('going back follows only onto an event\'s day, even one the window had dropped', () => {
    const one = timeEvents([makeEvent({ id: 'old', date: '2024-06-01' })]);
    const window = { mode: 'window' as const, windowMonths: 6 };
    // At 2026 the window shows nothing; back on the event's day it shows it: Play's restart lands there.
    expect(eventsToFollow(one, d(2026, 1, 1), d(2024, 6, 1), window, true)).toEqual(['old']);
    expect(eventsToFollow(one, d(2026, 1, 1), d(2024, 6, 2), window, true)).toEqual([]);
  });

  it('names only the events of the newest day that the display shows', () => {
    const events = timeEvents([
      makeEvent({ id: 'agreement', type: 'agreement', date: '2024-06-01', inForce: { from: '2024-06-01' } }),
      makeEvent({ id: 'meeting', date: '2024-06-01' }),
    ]);
    expect(eventsToFollow(events, d(2024, 1, 1), d(2024, 6, 1), { mode: 'in-force', windowMonths: 6 }, false)).toEqual(['agreement']);
  });
});
