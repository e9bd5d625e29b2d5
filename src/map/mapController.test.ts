// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Geography, GeoCollection } from '../domain/geography';
import { createFakeMap } from './fakeMap';
import { buildLayers, DATED_LAYERS } from './layers';
import { PROJECTOR_SCALE, projectorProperties, scaleOutputs } from './projector';
import { createMapController, type EventLayerLike, FRAME_MAX_ZOOM, REGION_BOUNDS, validityDates, validityKey } from './mapController';

const poly = (id: string, extra: Record<string, unknown> = {}) => ({
  type: 'Feature' as const,
  geometry: { type: 'Polygon' as const, coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] },
  properties: { id, kind: 'province', name: id, name_en: id, source: 't', ...extra },
});
const fc = (features: GeoCollection['features']): GeoCollection => ({ type: 'FeatureCollection', features });
const geo: Geography = {
  countries: fc([]),
  borders: fc([]),
  places: fc([]),
  provinces: fc([
    poly('vn-quang-tri', { validTo: '2025-06-30', focus: true }),
    poly('vn-quang-binh', { validTo: '2025-06-30' }),
    poly('vn-quang-tri-2025', { validFrom: '2025-07-01', focus: true }),
    poly('la-salavan', { focus: true }),
  ]),
};

describe('validityKey', () => {
  const dates = validityDates([geo.provinces]);
  it('counts each change date once, sorted, and only dates a province has', () => {
    expect(dates).toStrictEqual({ from: ['2025-07-01'], to: ['2025-06-30'] });
    const many = validityDates([fc([poly('c', { validFrom: '2020-01-01', validTo: '2021-01-01' }), poly('a', { validFrom: '2008-08-01' }), poly('b', { validFrom: '2020-01-01', validTo: '2009-01-01' })])]);
    expect(many).toStrictEqual({ from: ['2008-08-01', '2020-01-01'], to: ['2009-01-01', '2021-01-01'] });
  });
  it.each([
    ['2022-06-01', '2025-06-30', true],
    ['2025-06-30', '2025-07-01', false],
    ['2025-07-01', '2026-01-15', true],
  ])('%s and %s draw the same provinces: %s', (a, b, same) => {
    expect(validityKey(dates, a) === validityKey(dates, b)).toBe(same);
  });
  it('a province drawn through its validTo day changes the key the day after', () => {
    const d = validityDates([fc([poly('x', { validTo: '2010-12-31' })])]);
    expect(validityKey(d, '2010-12-30')).toBe(validityKey(d, '2010-12-31'));
    expect(validityKey(d, '2011-01-01')).not.toBe(validityKey(d, '2010-12-31'));
  });
  it('a province drawn from its validFrom day changes the key on that day', () => {
    const d = validityDates([fc([poly('x', { validFrom: '2008-08-01' })])]);
    expect(validityKey(d, '2008-07-31')).not.toBe(validityKey(d, '2008-08-01'));
    expect(validityKey(d, '2008-08-01')).toBe(validityKey(d, '2008-08-02'));
  });
  it('covers every layer given, not only the first', () => {
    const d = validityDates([fc([]), fc([poly('hn', { validFrom: '2008-08-01', validTo: '2030-01-01' })])]);
    expect(d).toEqual({ from: ['2008-08-01'], to: ['2030-01-01'] });
  });
});

describe('provinces loaded after the first view (issue 17)', () => {
  // Hà Tây merged into Hà Nội on 2008-08-01: neither is a focus province, so neither is in the first view's layer.
  const later = fc([...geo.provinces.features, poly('vn-ha-tay', { validTo: '2008-07-31' }), poly('vn-ha-noi-2008', { validFrom: '2008-08-01' })]);

  it('their validity dates refilter the dated layers once loaded', () => {
    const map = createFakeMap(Object.keys(DATED_LAYERS));
    const c = createMapController(map, geo);
    c.setProvinceDate('2008-07-31');
    c.setAllProvinces(later);
    expect(map.callsOf('setData')).toEqual([['provinces', later]]);
    const before = map.callsOf('setFilter').length;
    expect(c.setProvinceDate('2008-08-01')).toBe(true);
    expect(map.callsOf('setFilter').length).toBe(before + Object.keys(DATED_LAYERS).length);
    expect(JSON.stringify(map.callsOf('setFilter').at(-1))).toContain('2008-08-01');
  });

  it('loading them does not refilter a date already drawn', () => {
    const map = createFakeMap(Object.keys(DATED_LAYERS));
    const c = createMapController(map, geo);
    c.setProvinceDate('2008-07-31');
    c.setAllProvinces(later);
    expect(c.setProvinceDate('2008-07-31')).toBe(false);
    expect(c.setProvinceDate('2008-06-01')).toBe(false);
  });

  it('loaded before any date is set, they count from the first one', () => {
    const map = createFakeMap(Object.keys(DATED_LAYERS));
    const c = createMapController(map, geo);
    c.setAllProvinces(later);
    expect(c.setProvinceDate('2008-07-31')).toBe(true);
    expect(c.setProvinceDate('2008-08-01')).toBe(true);
  });
});

describe('createMapController', () => {
  it('refilters the dated layers only when the set of valid provinces changes', () => {
    const map = createFakeMap(Object.keys(DATED_LAYERS));
    const c = createMapController(map, geo);
    expect(c.setProvinceDate('2024-01-01')).toBe(true);
    expect(map.callsOf('setFilter')).toHaveLength(Object.keys(DATED_LAYERS).length);
    expect(c.setProvinceDate('2025-06-30')).toBe(false);
    expect(map.callsOf('setFilter')).toHaveLength(Object.keys(DATED_LAYERS).length);
    expect(c.setProvinceDate('2025-07-01')).toBe(true);
    const last = map.callsOf('setFilter').at(-1);
    expect(JSON.stringify(last)).toContain('2025-07-01');
  });

  it('skips layers the style does not have', () => {
    const map = createFakeMap(['focus-fill']);
    createMapController(map, geo).setProvinceDate('2020-01-01');
    expect(map.callsOf('setFilter').map((a) => a[0])).toEqual(['focus-fill']);
  });

  it('sizes event symbols only for a positive finite size that changed, and repaints then', () => {
    const map = createFakeMap([]);
    const state = { size: 14 } as EventLayerLike['state'];
    const layer: EventLayerLike = { state, setBuffers: () => {}, setMask: () => {} };
    const c = createMapController(map, geo, layer);
    for (const px of [0, -3, Number.NaN, Number.POSITIVE_INFINITY, 14]) c.setMarkerSize(px);
    expect(state.size).toBe(14);
    expect(map.callsOf('triggerRepaint')).toHaveLength(0);
    c.setMarkerSize(22);
    expect(state.size).toBe(22);
    expect(map.callsOf('triggerRepaint')).toHaveLength(1);
    createMapController(map, geo).setMarkerSize(30);
    expect(map.callsOf('triggerRepaint')).toHaveLength(1);
  });

  it('sets country names once per distinct set of names', () => {
    const map = createFakeMap([]);
    const c = createMapController(map, geo);
    expect(c.setCountryNames({ VN: 'VIỆT NAM' })).toBe(true);
    expect(c.setCountryNames({ VN: 'VIỆT NAM' })).toBe(false);
    const [[source, data]] = map.callsOf('setData') as [[string, { features: Array<{ properties: { id: string; name: string } }> }]];
    expect(source).toBe('country-labels');
    expect(data.features.find((f) => f.properties.id === 'VN')?.properties.name).toBe('VIỆT NAM');
  });

  it('frames the region without animation by default and removes the map on destroy', () => {
    const map = createFakeMap([]);
    const c = createMapController(map, geo);
    c.fitRegion();
    c.destroy();
    expect(map.callsOf('fitBounds')[0]?.[1]).toMatchObject({ animate: false });
    expect(map.callsOf('remove')).toHaveLength(1);
  });

  it('frames an event inside the padding, flying or jumping as asked, and the region for null', () => {
    const map = createFakeMap([]);
    const c = createMapController(map, geo);
    const padding = { top: 10, right: 20, bottom: 300, left: 20 };
    c.frame([105, 15, 107, 17], { padding, animate: true });
    c.frame([105, 15, 107, 17], { padding, animate: false });
    c.frame(null, { padding, animate: false });
    const calls = map.callsOf('fitBounds');
    expect(calls[0]).toEqual([[[105, 15], [107, 17]], expect.objectContaining({ padding, animate: true, maxZoom: FRAME_MAX_ZOOM })]);
    expect(calls[0]?.[1]).toHaveProperty('duration');
    expect(calls[1]?.[1]).toMatchObject({ animate: false });
    expect(calls[1]?.[1]).not.toHaveProperty('duration');
    expect(calls[2]?.[0]).toEqual([[REGION_BOUNDS[0], REGION_BOUNDS[1]], [REGION_BOUNDS[2], REGION_BOUNDS[3]]]);
  });

  it('a point event\'s context caps the zoom lower (issue 15), never higher than FRAME_MAX_ZOOM', () => {
    const map = createFakeMap([]);
    const c = createMapController(map, geo);
    const padding = { top: 0, right: 0, bottom: 0, left: 0 };
    c.frame([105, 15, 107, 17], { padding, animate: false, maxZoom: 6 });
    c.frame([105, 15, 107, 17], { padding, animate: false, maxZoom: 12 });
    expect(map.callsOf('fitBounds').map((call) => (call[1] as { maxZoom: number }).maxZoom)).toEqual([6, FRAME_MAX_ZOOM]);
  });
});

describe('padding left by a padded camera', () => {
  it('is dropped, keeping the picture, before every framing and on clearPadding', () => {
    const map = createFakeMap([]);
    const c = createMapController(map, geo);
    const none = { top: 0, right: 0, bottom: 0, left: 0 };
    c.frame(null, { padding: none, animate: false });
    // No padding on the map: nothing to drop.
    expect(map.callsOf('jumpTo')).toEqual([]);
    map.jumpTo({ center: [106, 16], zoom: 7, padding: { ...none, bottom: 200 } });
    c.frame([105, 15, 107, 17], { padding: none, animate: false });
    // The middle of the whole map becomes the center, with no padding, then the bounds are framed.
    expect(map.calls.slice(-2).map((call) => call.method)).toEqual(['jumpTo', 'fitBounds']);
    expect(map.callsOf('jumpTo').at(-1)).toEqual([{ center: { lng: 400, lat: 300 }, padding: none }]);
    map.jumpTo({ center: [106, 16], zoom: 7, padding: { ...none, bottom: 200 } });
    c.clearPadding();
    expect(map.getPadding()).toEqual(none);
  });
});

describe('the projector theme', () => {
  it('scales outputs, never zoom stops or inputs', () => {
    expect(scaleOutputs(['interpolate', ['linear'], ['zoom'], 4, 2, 8, 4], 2)).toEqual(['interpolate', ['linear'], ['zoom'], 4, 4, 8, 8]);
    expect(scaleOutputs(['match', ['get', 'kind'], 'capital', 14, 'gate', 11, 12], 2)).toEqual(['match', ['get', 'kind'], 'capital', 28, 'gate', 22, 24]);
    expect(scaleOutputs(['case', ['boolean', ['feature-state', 'lit'], false], 2.6, 0], 2)).toEqual(['case', ['boolean', ['feature-state', 'lit'], false], 5.2, 0]);
    expect(scaleOutputs(12, 1.5)).toBe(18);
    expect(scaleOutputs('red', 2)).toBe('red');
  });

  it('draws present-mode labels at 18 px and up, river and road names at 16 px and up (issue 15)', () => {
    const outputs = (v: unknown): number[] => {
      if (typeof v === 'number') return [v];
      if (!Array.isArray(v)) return [];
      const [op, ...rest] = v as unknown[];
      if (op === 'interpolate') return rest.slice(2).filter((_, i) => i % 2 === 1).flatMap(outputs);
      if (op === 'match') return [...rest.slice(1, -1).filter((_, i) => i % 2 === 1), rest.at(-1)].flatMap(outputs);
      return [];
    };
    const sizes = new Map(projectorProperties().filter((p) => p.prop === 'text-size').map((p) => [p.layer, outputs(p.projector)]));
    for (const layer of ['places-symbol', 'water-label', 'focus-label', 'country-label', 'border-label']) {
      expect(sizes.get(layer)?.length, layer).toBeGreaterThan(0);
      expect(Math.min(...sizes.get(layer)!), layer).toBeGreaterThanOrEqual(18);
    }
    for (const layer of ['river-label', 'road-label']) expect(Math.min(...sizes.get(layer)!), layer).toBeGreaterThanOrEqual(16);
    // The explorer keeps its sizes.
    const normal = new Map(buildLayers('2000-01-01').map((l) => [l.id, (l as { layout?: Record<string, unknown> }).layout?.['text-size']]));
    expect(normal.get('road-label')).toBe(10);
    expect(normal.get('river-label')).toBe(11);
  });

  it('makes borders heavier and labels larger on a projector, and puts them back', () => {
    const map = createFakeMap(buildLayers('2026-01-01').map((l) => l.id));
    const c = createMapController(map, geo);
    const props = projectorProperties();
    expect(props.map((p) => `${p.layer}.${p.prop}`)).toEqual(expect.arrayContaining(['border-vn-la.line-width', 'border-vn-cn.line-width', 'focus-label.text-size', 'places-symbol.text-size']));
    expect(c.setProjector(true)).toBe(true);
    expect(c.setProjector(true)).toBe(false);
    const border = map.callsOf('setPaintProperty').find(([layer, prop]) => layer === 'border-vn-la' && prop === 'line-width');
    expect(border?.[2]).toEqual(['interpolate', ['linear'], ['zoom'], 4, 2 * PROJECTOR_SCALE.line, 8, 4 * PROJECTOR_SCALE.line]);
    c.setProjector(false);
    const last = map.callsOf('setPaintProperty').filter(([layer, prop]) => layer === 'border-vn-la' && prop === 'line-width').at(-1);
    expect(last?.[2]).toEqual(['interpolate', ['linear'], ['zoom'], 4, 2, 8, 4]);
  });
});
