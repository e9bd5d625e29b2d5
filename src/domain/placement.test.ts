// @vitest-environment node
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { makeEvent } from '../../test/unit/makeEvent';
import type { BorderEvent } from './event';
import type { GeoCollection, GeoProperties, Geography } from './geography';
import { lengthMidpoint, placementOf } from './placement';

const props = (id: string, kind: string, extra: Partial<GeoProperties> = {}): GeoProperties => ({ id, kind, name: id, name_en: id, source: 't', ...extra });
const fc = (features: GeoCollection['features']): GeoCollection => ({ type: 'FeatureCollection', features });
const geo: Geography = {
  countries: fc([]),
  places: fc([
    { type: 'Feature', properties: props('place-a', 'town', { country: 'VN' }), geometry: { type: 'Point', coordinates: [106, 16] } },
    { type: 'Feature', properties: props('district-d', 'district', { country: 'LA' }), geometry: { type: 'Point', coordinates: [106.5, 16.4] } },
    { type: 'Feature', properties: props('place-hanoi', 'national-capital', { country: 'VN' }), geometry: { type: 'Point', coordinates: [105.8, 21] } },
    { type: 'Feature', properties: props('place-bangkok', 'national-capital', { country: 'TH' }), geometry: { type: 'Point', coordinates: [100.5, 13.75] } },
  ]),
  provinces: fc([{
    type: 'Feature', properties: props('prov', 'province'),
    geometry: { type: 'Polygon', coordinates: [[[10, 10], [14, 10], [14, 14], [10, 14], [10, 10]]] },
  }]),
  borders: fc([
    // Vietnam–Laos: 4 units of latitude north, then 4 east at the equator; halfway is the corner.
    { type: 'Feature', properties: props('border-vn-la', 'border', { countries: ['VN', 'LA'] }), geometry: { type: 'LineString', coordinates: [[0, -4], [0, 0], [4, 0]] } },
    { type: 'Feature', properties: props('border-vn-kh', 'border', { countries: ['VN', 'KH'] }), geometry: { type: 'LineString', coordinates: [[0, -4], [0, -8]] } },
    { type: 'Feature', properties: props('border-la-kh', 'border', { countries: ['LA', 'KH'] }), geometry: { type: 'LineString', coordinates: [[0, -4], [2, -4]] } },
  ]),
};
const links = (l: Partial<Record<'places' | 'provinces' | 'districts' | 'borders', string[]>>) => ({ places: [], provinces: [], districts: [], borders: [], ...l });

describe('placementOf', () => {
  it.each<[string, Partial<BorderEvent>, { basis: string; at: number[][]; borders: string[]; approximate: boolean } | null]>([
    ['a named place, exactly', { links: links({ places: ['place-a'], provinces: ['prov'] }) }, { basis: 'place', at: [[106, 16]], borders: [], approximate: false }],
    ['a place and a district, the place first', { links: links({ places: ['place-a'], districts: ['district-d'] }) }, { basis: 'place', at: [[106, 16], [106.5, 16.4]], borders: [], approximate: false }],
    ['a place and a border: at the place, the border lit', { links: links({ places: ['place-a'], borders: ['border-vn-la'] }) }, { basis: 'place', at: [[106, 16]], borders: ['border-vn-la'], approximate: false }],
    ['a province, at its centroid', { links: links({ provinces: ['prov'] }) }, { basis: 'province', at: [[12, 12]], borders: [], approximate: false }],
    ['a border, at its midpoint by length, approximately', { links: links({ borders: ['border-vn-la'] }) }, { basis: 'border', at: [[0, 0]], borders: ['border-vn-la'], approximate: true }],
    ['nothing but its countries: their shared border', { countries: ['VN', 'LA'] }, { basis: 'country-pair', at: [[0, 0]], borders: ['border-vn-la'], approximate: true }],
    ['nothing but its countries, in either order', { countries: ['LA', 'VN'] }, { basis: 'country-pair', at: [[0, 0]], borders: ['border-vn-la'], approximate: true }],
    ['three countries: every shared border lit, the first pair\'s point', { countries: ['VN', 'LA', 'KH'] }, { basis: 'country-pair', at: [[0, 0]], borders: ['border-vn-la', 'border-vn-kh', 'border-la-kh'], approximate: true }],
    ['an unknown id only: its countries stand for it', { links: links({ places: ['nowhere'] }) }, { basis: 'country-pair', at: [[0, 0]], borders: ['border-vn-la'], approximate: true }],
    ['countries sharing no border: the first one\'s capital', { countries: ['TH', 'VN'] }, { basis: 'capital', at: [[100.5, 13.75]], borders: [], approximate: true }],
    ['countries with no border and no capital: nothing', { countries: ['FR', 'DE'] }, null],
  ])('draws an event linking %s', (_name, over, expected) => {
    const p = placementOf(makeEvent({ id: 'e', ...over }), geo);
    if (expected === null) { expect(p).toBeNull(); return; }
    expect(p?.basis).toBe(expected.basis);
    expect(p?.anchors.map((a) => [a.lon, a.lat])).toEqual(expected.at);
    expect(p?.borders).toEqual(expected.borders);
    expect(p?.approximate).toBe(expected.approximate);
  });
});

describe('lengthMidpoint', () => {
  it.each<[string, number[][][], number[] | null]>([
    ['nothing', [], null],
    ['one point', [[[3, 4]]], [3, 4]],
    ['a straight line', [[[0, 0], [2, 0]]], [1, 0]],
    ['uneven segments: by length, not by vertex', [[[0, 0], [1, 0], [1.5, 0], [4, 0]]], [2, 0]],
    ['two lines, as one length', [[[0, 0], [1, 0]], [[5, 0], [8, 0]]], [6, 0]],
  ])('%s', (_name, lines, expected) => {
    const p = lengthMidpoint(lines);
    if (expected === null) expect(p).toBeNull();
    else { expect(p?.[0]).toBeCloseTo(expected[0] ?? NaN); expect(p?.[1]).toBeCloseTo(expected[1] ?? NaN); }
  });
});

describe('the shipped record', () => {
  const read = (f: string) => JSON.parse(readFileSync(fileURLToPath(new URL(`../../data/${f}`, import.meta.url)), 'utf8')) as unknown;
  const shipped: Geography = {
    countries: read('countries.geojson') as GeoCollection, provinces: read('provinces.geojson') as GeoCollection,
    borders: read('borders.geojson') as GeoCollection, places: read('places.geojson') as GeoCollection,
  };
  const record = read('events.json') as { events: BorderEvent[] } | BorderEvent[];
  const events = Array.isArray(record) ? record : record.events;

  it('places every event, and says which ones are approximate', () => {
    const unplaced = events.filter((e) => placementOf(e, shipped) === null).map((e) => e.id);
    expect(unplaced).toEqual([]);
    const noLinks = events.filter((e) => [...e.links.places, ...e.links.provinces, ...e.links.districts, ...e.links.borders].length === 0);
    expect(noLinks.length).toBeGreaterThan(0);
    for (const e of noLinks) {
      const p = placementOf(e, shipped);
      expect(p?.approximate).toBe(true);
      expect(p?.borders.length).toBeGreaterThan(0);
    }
  });

  it('draws the Vietnam–Laos and Vietnam–China pairs halfway along their borders', () => {
    const vnla = placementOf(makeEvent({ id: 'x', countries: ['VN', 'LA'] }), shipped)?.anchors[0];
    const vncn = placementOf(makeEvent({ id: 'y', countries: ['VN', 'CN'] }), shipped)?.anchors[0];
    expect([vnla?.lon, vnla?.lat].map((v) => Math.round((v ?? 0) * 10) / 10)).toEqual([104, 19.2]);
    expect([vncn?.lon, vncn?.lat].map((v) => Math.round((v ?? 0) * 10) / 10)).toEqual([105.2, 23.3]);
  });
});

// Issue 17: the placement rule's edges (the folder's mutation run of session 9 left them untested).
// Each index is built inside its test, so the test is what runs the rule.
describe('placement at its edges', () => {
  const feature = (id: string, kind: string, geometry: GeoCollection['features'][number]['geometry'], extra: Partial<GeoProperties> = {}) =>
    ({ type: 'Feature' as const, properties: props(id, kind, extra), geometry });
  const world = (over: Partial<Geography>): Geography => ({ countries: fc([]), places: fc([]), provinces: fc([]), borders: fc([]), ...over });
  const at = (g: Geography, e: Partial<BorderEvent>) => {
    const p = placementOf(makeEvent({ id: 'e', ...e }), g);
    return p && { basis: p.basis, at: p.anchors.map((a) => [a.lon, a.lat]), borders: p.borders };
  };

  it('skips places with no finite coordinates or no coordinates at all; takes a multipoint at its first', () => {
    const g = world({
      places: fc([
        feature('nan', 'town', { type: 'Point', coordinates: [Number.NaN, 16] }),
        feature('nan-lat', 'town', { type: 'Point', coordinates: [106, Number.NaN] }),
        feature('empty', 'town', { type: 'Point', coordinates: [] }),
        feature('odd', 'town', { type: 'GeometryCollection', geometries: [] } as never),
        feature('multi', 'town', { type: 'MultiPoint', coordinates: [[101, 11], [102, 12]] }),
      ]),
      provinces: fc([feature('prov', 'province', { type: 'Polygon', coordinates: [[[10, 10], [14, 10], [14, 14], [10, 14], [10, 10]]] })]),
    });
    for (const id of ['nan', 'nan-lat', 'empty', 'odd']) {
      expect(at(g, { links: links({ places: [id], provinces: ['prov'] }) })).toEqual({ basis: 'province', at: [[12, 12]], borders: [] });
    }
    expect(at(g, { links: links({ places: ['multi'] }) })?.at).toEqual([[101, 11]]);
  });

  it('lights only the linked borders that exist', () => {
    expect(at(geo, { links: links({ places: ['place-a'], borders: ['nope', 'border-vn-la'] }) })?.borders).toEqual(['border-vn-la']);
  });

  it('a province: the centroid of its largest ring by true area, an unclosed ring closed, equal rings the first', () => {
    const province = (coordinates: number[][][][]) => world({ provinces: fc([feature('p', 'province', { type: 'MultiPolygon', coordinates })]) });
    // A 1×1 square far from the origin and a 3×3 one at it: the 3×3 one is larger.
    expect(at(province([[[[100, 100], [101, 100], [101, 101], [100, 101], [100, 100]]], [[[0, 0], [3, 0], [3, 3], [0, 3], [0, 0]]]]), { links: links({ provinces: ['p'] }) })?.at).toEqual([[1.5, 1.5]]);
    // An unclosed ring away from the origin.
    expect(at(province([[[[10, 10], [12, 10], [12, 12], [10, 12]]]]), { links: links({ provinces: ['p'] }) })?.at).toEqual([[11, 11]]);
    // Two rings of the same area: the first.
    expect(at(province([[[[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]]], [[[10, 0], [12, 0], [12, 2], [10, 2], [10, 0]]]]), { links: links({ provinces: ['p'] }) })?.at).toEqual([[1, 1]]);
  });

  it('country pairs: a pair with no border is passed over, a three-country line is no pair border, an unplaceable border stands for nothing', () => {
    const g = world({
      places: fc([
        feature('vientiane', 'national-capital', { type: 'Point', coordinates: [102.6, 17.97] }, { country: 'LA' }),
        feature('vientiane-2', 'national-capital', { type: 'Point', coordinates: [1, 1] }, { country: 'LA' }),
        feature('pakse', 'town', { type: 'Point', coordinates: [105.8, 15.1] }, { country: 'KH' }),
        feature('nowhere', 'national-capital', { type: 'Point', coordinates: [5, 5] }),
      ]),
      borders: fc([
        feature('b-vn-la', 'border', { type: 'LineString', coordinates: [[0, 0], [2, 0]] }, { countries: ['VN', 'LA'] }),
        feature('b-tri', 'border', { type: 'LineString', coordinates: [[50, 50], [52, 50]] }, { countries: ['LA', 'KH', 'TH'] }),
        feature('b-empty', 'border', { type: 'LineString', coordinates: [] }, { countries: ['LA', 'KH'] }),
      ]),
    });
    // Thailand first: it shares no border here; the Vietnam–Laos one still stands for the event.
    expect(at(g, { countries: ['TH', 'VN', 'LA'] })).toEqual({ basis: 'country-pair', at: [[1, 0]], borders: ['b-vn-la'] });
    // Laos and Cambodia: the three-country line is not theirs, their own has no point: Laos's first capital.
    expect(at(g, { countries: ['LA', 'KH'] })).toEqual({ basis: 'capital', at: [[102.6, 17.97]], borders: [] });
    // Cambodia alone: a town is no capital, a capital of no country is nobody's.
    expect(at(g, { countries: ['KH', 'TH'] })).toBeNull();
  });

  it('a border of zero length stands at its point', () => {
    expect(lengthMidpoint([[[5, 5], [5, 5]]])).toEqual([5, 5]);
  });
});
