// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { makeEvent } from '../../test/unit/makeEvent';
import { eventBounds, MIN_SPAN_DEGREES, widen } from './eventBounds';
import type { Geography } from './geography';

const props = (id: string, kind: string) => ({ id, kind, name: id, name_en: id, source: 't' });
const geo: Geography = {
  countries: { type: 'FeatureCollection', features: [{ type: 'Feature', properties: props('VN', 'country'), geometry: { type: 'Polygon', coordinates: [[[100, 8], [110, 8], [110, 24], [100, 8]]] } }] },
  places: { type: 'FeatureCollection', features: [
    { type: 'Feature', properties: props('place-a', 'town'), geometry: { type: 'Point', coordinates: [106, 16] } },
    { type: 'Feature', properties: props('district-b', 'district'), geometry: { type: 'Point', coordinates: [105, 15] } },
  ] },
  provinces: { type: 'FeatureCollection', features: [{
    type: 'Feature', properties: props('prov', 'province'),
    geometry: { type: 'Polygon', coordinates: [[[104, 14], [108, 14], [108, 18], [104, 18], [104, 14]]] },
  }] },
  borders: { type: 'FeatureCollection', features: [{ type: 'Feature', properties: props('border-x', 'border'), geometry: { type: 'LineString', coordinates: [[102, 20], [106, 23]] } }] },
};
const links = (l: Partial<Record<'places' | 'provinces' | 'districts' | 'borders', string[]>>) => ({ places: [], provinces: [], districts: [], borders: [], ...l });
const of = (l: Parameters<typeof links>[0]) => eventBounds(makeEvent({ id: 'e', links: links(l) }), geo);

describe('eventBounds', () => {
  it('covers every linked feature of every kind', () => {
    expect(of({ provinces: ['prov'], borders: ['border-x'] })).toEqual([102, 14, 108, 23]);
    expect(of({ places: ['place-a'], districts: ['district-b'], provinces: ['prov'] })).toEqual([104, 14, 108, 18]);
  });

  it('widens a single place to a sensible frame instead of the last zoom level', () => {
    const b = of({ places: ['place-a'] });
    expect(b).not.toBeNull();
    const [w, s, e, n] = b ?? [0, 0, 0, 0];
    expect(e - w).toBeCloseTo(MIN_SPAN_DEGREES);
    expect(n - s).toBeCloseTo(MIN_SPAN_DEGREES);
    expect((w + e) / 2).toBeCloseTo(106);
    expect((s + n) / 2).toBeCloseTo(16);
  });

  it('gives null when nothing it links is on the map (the caller frames the region)', () => {
    expect(of({})).toBeNull();
    expect(of({ places: ['nowhere'] })).toBeNull();
  });

  it('widen leaves large bounds alone and clamps latitude', () => {
    expect(widen([100, 10, 110, 20], 1)).toEqual([100, 10, 110, 20]);
    expect(widen([0, 84.9, 0, 84.9], 2)[3]).toBe(85);
  });
});
