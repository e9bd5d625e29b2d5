// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { FIXTURE_GEO_SOURCES, fixtureGeo } from '../../test/fixtures/events/fixtureGeo.ts';
import { buildGeoIndex, kindOf, layerOfKind } from './geoIndex.ts';

describe('buildGeoIndex', () => {
  it('indexes ids by kind, with validity dates, for the layers it read', () => {
    expect(kindOf(fixtureGeo, 'vn-quang-tri')).toBe('province');
    expect(kindOf(fixtureGeo, 'district-la-sepon')).toBe('district');
    expect(kindOf(fixtureGeo, 'nowhere')).toBeUndefined();
    expect(fixtureGeo.idsByKind.get('border')).toEqual(new Set(['border-vn-la', 'border-vn-cn']));
    expect(fixtureGeo.validity.get('vn-quang-tri')).toEqual({ validTo: '2025-06-30' });
    expect(fixtureGeo.validity.get('vn-quang-tri-2025')).toEqual({ validFrom: '2025-07-01' });
    expect([...fixtureGeo.layers].sort()).toEqual(['borders', 'countries', 'places', 'provinces']);
  });

  it('reports bad collections, bad features, duplicate ids and bad validity dates, keeping the good features', () => {
    const { value, problems } = buildGeoIndex([
      { layer: 'countries', file: 'countries.geojson', data: [] },
      {
        layer: 'provinces',
        file: 'provinces.geojson',
        featureLines: [3, 9, 15, 21],
        data: {
          type: 'FeatureCollection',
          features: [
            { type: 'Feature', properties: { id: 'vn-a', kind: 'province', validTo: '2025-02-30' } },
            { type: 'Feature', properties: { id: 'vn-a', kind: 'province' } },
            { type: 'Feature', properties: { kind: 'province' } },
            { type: 'Feature', properties: { id: 'vn-b', kind: 'province', validFrom: '2025-07-01' } },
          ],
        },
      },
    ]);
    expect(problems.map((p) => [p.file, p.line, p.code, p.field])).toEqual([
      ['countries.geojson', 1, 'geo-invalid', 'file'],
      ['provinces.geojson', 3, 'geo-invalid', 'features[0].properties'],
      ['provinces.geojson', 9, 'geo-duplicate-id', 'features[1].properties.id'],
      ['provinces.geojson', 15, 'geo-invalid', 'features[2].properties'],
    ]);
    expect(value.layers).toEqual(new Set(['provinces']));
    expect(kindOf(value, 'vn-a')).toBe('province');
    expect(value.validity.has('vn-a')).toBe(false);
    expect(value.validity.get('vn-b')).toEqual({ validFrom: '2025-07-01' });
  });

  it('does not change its input', () => {
    const before = JSON.stringify(FIXTURE_GEO_SOURCES);
    buildGeoIndex(FIXTURE_GEO_SOURCES);
    expect(JSON.stringify(FIXTURE_GEO_SOURCES)).toBe(before);
  });

  it.each([
    ['country', 'countries'],
    ['province', 'provinces'],
    ['border', 'borders'],
    ['district', 'places'],
    ['border-gate', 'places'],
  ])('kind %s lives in layer %s', (kind, layer) => expect(layerOfKind(kind)).toBe(layer));
});
