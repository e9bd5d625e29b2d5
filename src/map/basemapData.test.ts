// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { GeoCollection, Geography } from '../domain/geography';
import { COUNTRY_LABELS, countryLabelFeatures, countryOutlines, focusLabelPoints, labelField } from './basemapData';

// What the basemap derives from the geography and the reader's language (issue 17: no test of
// its own; layers.test.ts checks how the layers use it).

type Ring = number[][];
const square = (x: number, y: number, size: number): Ring => [[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]];
const feature = (geometry: unknown, properties: Record<string, unknown> = {}) =>
  ({ type: 'Feature', properties: { id: 'x', kind: 'country', name: 'X', name_en: 'X', source: 't', ...properties }, geometry });
const collection = (...features: unknown[]) => ({ type: 'FeatureCollection', features }) as unknown as GeoCollection;
const lines = (fc: ReturnType<typeof countryOutlines>) => {
  const g = fc.features[0]?.geometry;
  expect(fc.type).toBe('FeatureCollection');
  expect(fc.features).toHaveLength(1);
  expect(fc.features[0]?.type).toBe('Feature');
  expect(g?.type).toBe('MultiLineString');
  return g?.coordinates ?? [];
};

describe('labelField', () => {
  it('names a feature in the reader\'s language where established, else by the fallback field', () => {
    expect(labelField('vi')).toEqual(['coalesce', ['get', 'label_vi'], ['get', 'name']]);
    expect(labelField('en', 'name_en')).toEqual(['coalesce', ['get', 'label_en'], ['get', 'name_en']]);
  });
});

describe('countryLabelFeatures', () => {
  it('places every hand-placed label, named as given or by default, with its zoom range', () => {
    const fc = countryLabelFeatures({ LA: 'LÀO' });
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features).toHaveLength(COUNTRY_LABELS.length);
    COUNTRY_LABELS.forEach((c, i) => {
      const f = fc.features[i]!;
      expect(f.type).toBe('Feature');
      expect(f.geometry).toEqual({ type: 'Point', coordinates: [c.lon, c.lat] });
      expect(f.properties).toEqual({ id: c.id, name: c.id === 'LA' ? 'LÀO' : c.name, near: c.near === true, range: c.range ?? 'all' });
    });
  });
});

describe('countryOutlines', () => {
  it('draws an inner country\'s outline whole', () => {
    // The big square sets the box; the small one inside touches no edge of it.
    const out = lines(countryOutlines(collection(feature({ type: 'Polygon', coordinates: [square(0, 0, 10)] }), feature({ type: 'Polygon', coordinates: [square(4, 4, 2)] }))));
    expect(out).toContainEqual(square(4, 4, 2));
  });

  it('leaves out the segments along each edge of the box the data is clipped to', () => {
    // One square is the whole box: each of its four sides runs along an edge, so nothing is left.
    expect(lines(countryOutlines(collection(feature({ type: 'Polygon', coordinates: [square(0, 0, 10)] }))))).toEqual([]);
    // A ring with one side on the box's west edge and the rest inside it.
    const ring: Ring = [[0, 2], [0, 8], [5, 9], [9, 5], [5, 1], [0, 2]];
    const box = feature({ type: 'MultiPolygon', coordinates: [[[[0, 0], [0, 0.5], [0.5, 0.5], [0, 0]]], [[[10, 10], [10, 9.5], [9.5, 9.5], [10, 10]]]] });
    const out = lines(countryOutlines(collection(feature({ type: 'Polygon', coordinates: [ring] }), box)));
    // The ring is cut where it runs along the edge ([0,2] → [0,8]): the rest is one line.
    expect(out).toContainEqual([[0, 8], [5, 9], [9, 5], [5, 1], [0, 2]]);
    expect(out.some((l) => l.length === 2 && l[0]?.[0] === 0 && l[1]?.[0] === 0)).toBe(false);
  });

  it('cuts along the south, east and north edges too', () => {
    const box = feature({ type: 'MultiPolygon', coordinates: [[square(0, 0, 1)], [square(9, 9, 1)]] });
    const south: Ring = [[3, 0], [6, 0], [5, 4], [3, 0]];
    const east: Ring = [[10, 3], [10, 6], [6, 5], [10, 3]];
    const north: Ring = [[3, 10], [6, 10], [5, 6], [3, 10]];
    const out = lines(countryOutlines(collection(box, feature({ type: 'Polygon', coordinates: [south, east, north] }))));
    expect(out).toContainEqual([[6, 0], [5, 4], [3, 0]]);
    expect(out).toContainEqual([[10, 6], [6, 5], [10, 3]]);
    expect(out).toContainEqual([[6, 10], [5, 6], [3, 10]]);
  });

  it('keeps a two-point piece, between two cuts or at the end of a ring', () => {
    const box = feature({ type: 'MultiPolygon', coordinates: [[square(0, 0, 1)], [square(9, 9, 1)]] });
    // A triangle with one side on the south edge: its other two sides are two-point lines.
    const out = lines(countryOutlines(collection(box, feature({ type: 'Polygon', coordinates: [[[0, 9], [3, 0], [6, 0], [0, 9]]] }))));
    expect(out).toContainEqual([[0, 9], [3, 0]]);
    expect(out).toContainEqual([[6, 0], [0, 9]]);
  });

  it('draws the rings of a country made of several polygons', () => {
    const out = lines(countryOutlines(collection(feature({ type: 'MultiPolygon', coordinates: [[square(0, 0, 10)], [square(4, 4, 2)]] }))));
    expect(out).toEqual([square(4, 4, 2)]);
  });

  it('ignores geometries that are not polygons', () => {
    const out = lines(countryOutlines(collection(feature({ type: 'Point', coordinates: [50, 50] }), feature({ type: 'Polygon', coordinates: [square(0, 0, 10)] }), feature({ type: 'Polygon', coordinates: [square(4, 4, 2)] }))));
    expect(out).toEqual([square(4, 4, 2)]);
  });
});

describe('focusLabelPoints', () => {
  const geo = (provinces: unknown[], places: unknown[] = []) =>
    ({ provinces: collection(...provinces), places: collection(...places), countries: collection(), borders: collection() }) as unknown as Geography;

  it('gives each focus province one point, at the centroid of its largest ring, and skips the others', () => {
    const fc = focusLabelPoints(geo([
      feature({ type: 'MultiPolygon', coordinates: [[square(0, 0, 1)], [square(10, 10, 4)]] }, { id: 'a', focus: true }),
      feature({ type: 'Polygon', coordinates: [square(20, 20, 2)] }, { id: 'b', focus: true }),
      feature({ type: 'Polygon', coordinates: [square(30, 30, 2)] }, { id: 'c' }),
      feature({ type: 'Point', coordinates: [40, 40] }, { id: 'd', focus: true }),
    ]));
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features.map((f) => f.properties.id)).toEqual(['a', 'b']);
    expect(fc.features[0]?.type).toBe('Feature');
    expect(fc.features[0]?.geometry).toEqual({ type: 'Point', coordinates: [12, 12] });
    expect(fc.features[1]?.geometry.coordinates).toEqual([21, 21]);
  });

  it('gives a province its capital\'s established names', () => {
    const fc = focusLabelPoints(geo(
      [feature({ type: 'Polygon', coordinates: [square(0, 0, 2)] }, { id: 'p', name: 'Savannakhét', focus: true })],
      [feature({ type: 'Point', coordinates: [1, 1] }, { id: 't', kind: 'town', name: 'Savannakhét', label_en: 'Savannakhet' })],
    ));
    expect(fc.features[0]?.properties).toMatchObject({ id: 'p', label_en: 'Savannakhet' });
  });
});
