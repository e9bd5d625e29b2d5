// @vitest-environment node
// Issue 16, "Provinces as they are on the date": the shipped provinces
// (data/provinces.geojson) read through the rules the app applies to them:
// the map's dated layer filter, as MapLibre evaluates it, and the event
// validator's "valid on the date" rule for links.
import { readFileSync } from 'node:fs';
import { featureFilter } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { buildLayers } from '../../src/map/layers';
import { buildGeoIndex } from '../../src/data/geoIndex';
import { validateLinks } from '../../src/data/validateLinks';
import { parseCalendarDate } from '../../src/domain/calendarDate';
import type { ProblemCode } from '../../src/data/problems';

interface Feature { properties: Record<string, unknown> & { id: string; country?: string } }
const provinces = (JSON.parse(readFileSync('data/provinces.geojson', 'utf8')) as { features: Feature[] }).features;
const vietnamese = provinces.filter((f) => f.properties.country === 'VN');

/** Ids of the Vietnamese provinces a layer built for `date` draws, its filter evaluated as MapLibre does. */
function drawnOn(date: string, layerId: string): string[] {
  const layer = buildLayers(date).find((l) => l.id === layerId);
  if (!layer || !('filter' in layer)) throw new Error(`no filter on ${layerId}`);
  const filter = featureFilter(layer.filter as never, 'layers[0].filter');
  return vietnamese.filter((f) => filter.filter({ zoom: 6 }, { type: 3, properties: f.properties, geometry: [] } as never)).map((f) => f.properties.id).sort();
}

describe('the map draws the provinces of the day', () => {
  it('63 Vietnamese provincial units on 30 June 2025, 34 on 1 July 2025 (focus and other layers together)', () => {
    const all = (date: string) => [...drawnOn(date, 'provinces-line'), ...drawnOn(date, 'focus-line')];
    expect(all('2025-06-30')).toHaveLength(63);
    expect(all('2025-07-01')).toHaveLength(34);
    expect(drawnOn('2025-07-01', 'lit-province')).toHaveLength(34);
  });

  it('a 2026 cursor draws merged Lào Cai and Cần Thơ, not their predecessors; a 2024 cursor the reverse', () => {
    const y2026 = drawnOn('2026-01-15', 'provinces-line');
    expect(y2026).toEqual(expect.arrayContaining(['vn-lao-cai-2025', 'vn-can-tho-2025', 'vn-ha-noi']));
    for (const old of ['vn-lao-cai', 'vn-yen-bai', 'vn-can-tho', 'vn-soc-trang', 'vn-hau-giang']) expect(y2026).not.toContain(old);
    const y2024 = drawnOn('2024-08-01', 'provinces-line');
    expect(y2024).toEqual(expect.arrayContaining(['vn-lao-cai', 'vn-yen-bai', 'vn-can-tho', 'vn-ha-noi']));
    expect(y2024.filter((id) => id.endsWith('-2025'))).toEqual([]);
  });
});

describe('the validator links an event to the provinces of its date', () => {
  const geo = buildGeoIndex([{ layer: 'provinces', data: { type: 'FeatureCollection', features: provinces } }]).value;
  const check = (ids: string[], date: string): Array<[ProblemCode, string]> => {
    const parsed = parseCalendarDate(date);
    if (!parsed.ok) throw new Error(date);
    const problems: Array<[ProblemCode, string]> = [];
    validateLinks({ places: [], provinces: ids, districts: [], borders: [] }, { text: date, value: parsed.value }, geo, (code, field) => problems.push([code, field]));
    return problems;
  };

  it.each([
    ['vn-lao-cai-2025', '2026-01-15', []],
    ['vn-lao-cai', '2026-01-15', [['not-valid-on-date', 'links.provinces[0]']]],
    ['vn-yen-bai', '2025-07-01', [['not-valid-on-date', 'links.provinces[0]']]],
    ['vn-yen-bai', '2025-06-30', []],
    ['vn-lao-cai-2025', '2025-06-30', [['not-valid-on-date', 'links.provinces[0]']]],
    // A year that spans the reform may name either: the source does not say which day.
    ['vn-yen-bai', '2025', []],
    ['vn-lao-cai-2025', '2025', []],
    ['vn-yen-bai', '2025-07', [['not-valid-on-date', 'links.provinces[0]']]],
    // An unchanged province is valid throughout.
    ['vn-cao-bang', '2022-06-01', []],
    ['vn-cao-bang', '2026-02-05', []],
  ] as const)('%s on %s', (id, date, expected) => {
    expect(check([id], date)).toEqual(expected);
  });

  it('every merged unit is linkable from 1 July 2025 and none of its predecessors is', () => {
    const merged = vietnamese.filter((f) => Array.isArray(f.properties.mergedFrom));
    expect(merged).toHaveLength(23);
    for (const f of merged) {
      expect(check([f.properties.id], '2025-07-01'), f.properties.id).toEqual([]);
      const from = f.properties.mergedFrom as string[];
      expect(check(from, '2025-07-01').length, f.properties.id).toBe(from.length);
    }
  });
});
