// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { makeEvent } from '../../test/unit/makeEvent';
import { buildAnchorIndex, halfwayVertex, largestRingCentroid } from './anchors';
import type { Geography } from './geography';

const props = (id: string, kind: string) => ({ id, kind, name: id, name_en: id, source: 't' });
const geo: Geography = {
  countries: { type: 'FeatureCollection', features: [] },
  places: { type: 'FeatureCollection', features: [{ type: 'Feature', properties: props('place-a', 'town'), geometry: { type: 'Point', coordinates: [106, 16] } }] },
  provinces: {
    type: 'FeatureCollection',
    features: [{
      type: 'Feature', properties: props('prov', 'province'),
      geometry: { type: 'MultiPolygon', coordinates: [[[[0, 0], [0.1, 0], [0.1, 0.1], [0, 0]]], [[[10, 10], [14, 10], [14, 14], [10, 14], [10, 10]]]] },
    }],
  },
  borders: { type: 'FeatureCollection', features: [{ type: 'Feature', properties: props('border-x', 'border'), geometry: { type: 'LineString', coordinates: [[0, 0], [1, 1], [2, 2]] } }] },
};
const links = (l: Partial<Record<'places' | 'provinces' | 'districts' | 'borders', string[]>>) => ({ places: [], provinces: [], districts: [], borders: [], ...l });

describe('buildAnchorIndex', () => {
  const index = buildAnchorIndex(geo);
  it.each([
    ['a place', links({ places: ['place-a'], provinces: ['prov'] }), [[106, 16]]],
    ['a province (centroid of its largest ring)', links({ provinces: ['prov'] }), [[12, 12]]],
    ['a border (halfway along its length)', links({ borders: ['border-x'] }), [[1, 1]]],
    ['nothing known, countries with no shared border or capital', links({ places: ['nowhere'] }), []],
    ['no links at all, countries with no shared border or capital', links({}), []],
  ])('draws an event linking %s there', (_name, l, expected) => {
    const at = index.anchorsOf(makeEvent({ id: 'e', links: l }));
    expect(at.map((a) => [a.lon, a.lat].map((v) => Math.round(v * 1e3) / 1e3))).toEqual(expected);
  });
});

describe('geometry helpers', () => {
  it('finds a centroid and a halfway vertex, or null for nothing', () => {
    expect(largestRingCentroid([])).toBeNull();
    expect(halfwayVertex([])).toBeNull();
    expect(halfwayVertex([[], []])).toBeNull();
    expect(halfwayVertex([[[0, 0], [2, 0]]])).toEqual([1, 0]);
    // An empty part beside a real one: the real one has a halfway point.
    expect(halfwayVertex([[], [[0, 0], [0, 4]]])).toEqual([0, 2]);
    expect(largestRingCentroid([[[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]]])).toEqual([1, 1]);
  });
});
