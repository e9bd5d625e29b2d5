import { describe, expect, it } from 'vitest';
import { makeEvent } from '../../test/unit/makeEvent';
import type { AnchorIndex } from '../domain/anchors';
import { timeEvents } from '../domain/timeline';
import { buildEventBuffers, mercator, NEVER, spreadOffset, STRIDE } from './eventBuffers';

const anchors: AnchorIndex = {
  anchorsOf: (e) => [...e.links.places, ...e.links.districts].map((id) => ({ id, lon: id === 'a' ? 106 : 105, lat: 16 })),
};

describe('spreadOffset', () => {
  it('puts the first event at the centre and the next ones on rings, all distinct', () => {
    expect(spreadOffset(0)).toEqual([0, 0]);
    const slots = Array.from({ length: 19 }, (_, i) => spreadOffset(i));
    const keys = new Set(slots.map(([x, y]) => `${x.toFixed(3)},${y.toFixed(3)}`));
    expect(keys.size).toBe(19);
    for (let i = 1; i <= 6; i++) expect(Math.hypot(...spreadOffset(i))).toBeCloseTo(1);
    for (let i = 7; i <= 18; i++) expect(Math.hypot(...spreadOffset(i))).toBeCloseTo(2);
  });
});

describe('mercator', () => {
  it('matches Web Mercator at known points', () => {
    expect(mercator(0, 0)).toEqual([0.5, 0.5]);
    expect(mercator(-180, 0)[0]).toBe(0);
    expect(mercator(0, 85.0511287798)[1]).toBeCloseTo(0, 6);
  });
});

describe('buildEventBuffers', () => {
  const events = timeEvents([
    makeEvent({ id: 'one', date: '2024-01-05', links: { places: ['a', 'b'], provinces: [], districts: [], borders: [] } }),
    makeEvent({ id: 'two', date: '2024-02', type: 'twinning', status: 'planned', inForce: { from: '2024-02-10' }, links: { places: ['a'], provinces: [], districts: [], borders: [] } }),
    makeEvent({ id: 'nowhere', date: '2024-03-01' }),
  ]);
  const b = buildEventBuffers(events, anchors);

  it('has one point per event and anchor, none for an event with no place', () => {
    expect(b.count).toBe(3);
    expect(b.data.length).toBe(3 * STRIDE);
    expect([...b.eventOf]).toEqual([0, 0, 1]);
    expect(b.anchorOf).toEqual(['a', 'b', 'a']);
  });

  it('spreads the second event at the same place off the centre', () => {
    expect([b.data[2], b.data[3]]).toEqual([0, 0]);
    expect(Math.hypot(b.data[2 * STRIDE + 2] ?? 0, b.data[2 * STRIDE + 3] ?? 0)).toBeCloseTo(1);
  });

  it('carries start, end, in-force span, status and event index', () => {
    const two = b.data.slice(2 * STRIDE, 3 * STRIDE);
    const e = events[1]!;
    expect([two[4], two[5], two[6], two[7]]).toEqual([e.start, e.end, e.forceFrom, NEVER]);
    expect(two[12]).toBe(1); // planned
    expect(two[13]).toBe(1); // event index
    expect(b.data[6]).toBe(NEVER); // not a lasting thing: never in force
  });
});
