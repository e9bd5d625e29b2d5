// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { makeEvent } from '../../test/unit/makeEvent';
import type { AnchorIndex } from '../domain/anchors';
import { spreadOffset } from '../domain/markerSpread';
import { timeEvents } from '../domain/timeline';
import { buildEventBuffers, FLAG_APPROXIMATE, FLAG_ON_BORDER, FLAG_PLANNED, mercator, NEVER, STRIDE } from './eventBuffers';

const at = (id: string) => ({ id, lon: id === 'a' ? 106 : 105, lat: 16 });
const anchors: AnchorIndex = {
  anchorsOf: (e) => [...e.links.places, ...e.links.districts].map(at),
  // A border-only event stands at the border's point, approximately (placement.ts).
  placementOf: (e) => {
    const direct = [...e.links.places, ...e.links.districts].map(at);
    if (direct.length > 0) return { basis: 'place', anchors: direct, borders: [], approximate: false };
    if (e.links.borders.length > 0) return { basis: 'border', anchors: [{ id: 'border-x', lon: 104, lat: 19 }], borders: e.links.borders, approximate: true };
    return null;
  },
};

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
    makeEvent({ id: 'border', date: '2024-04-01', links: { places: [], provinces: [], districts: [], borders: ['border-x'] } }),
  ]);
  const b = buildEventBuffers(events, anchors);

  it('has one point per placed event, at its first anchor, none for an event nothing stands for', () => {
    expect(b.count).toBe(3);
    expect(b.data.length).toBe(3 * STRIDE);
    expect([...b.eventOf]).toEqual([0, 1, 3]);
    expect(b.anchorOf).toEqual(['a', 'a', 'border-x']);
  });

  it('spreads the second event at the same place by the domain rule', () => {
    expect([b.data[2], b.data[3]]).toEqual([0, 0]);
    const [ox, oy] = spreadOffset(1);
    expect(b.data[STRIDE + 2]).toBeCloseTo(ox);
    expect(b.data[STRIDE + 3]).toBeCloseTo(oy);
    expect([b.data[2 * STRIDE + 2], b.data[2 * STRIDE + 3]]).toEqual([0, 0]);
  });

  it('carries start, end, in-force span, planned and approximate flags, and event index', () => {
    const two = b.data.slice(STRIDE, 2 * STRIDE);
    const e = events[1]!;
    expect([two[4], two[5], two[6], two[7]]).toEqual([e.start, e.end, e.forceFrom, NEVER]);
    expect(two[12]).toBe(FLAG_PLANNED);
    expect(two[13]).toBe(1); // event index
    expect(b.data[6]).toBe(NEVER); // not a lasting thing: never in force
    expect(b.data[12]).toBe(0);
    // At a border's point: approximate, and ringed as a group by the overlay (issue 13, session 8).
    expect(b.data[2 * STRIDE + 12]).toBe(FLAG_APPROXIMATE + FLAG_ON_BORDER);
    expect(b.data[2 * STRIDE + 13]).toBe(3);
  });
});
