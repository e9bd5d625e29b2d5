// @vitest-environment node
// Invariants of the committed geography (data/*.geojson, made by
// scripts/build-geo.mjs). Reads the files from disk only: no network, no
// source packages, so it checks exactly what the app ships.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { booleanValid } from '@turf/boolean-valid';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { nearestPointOnLine } from '@turf/nearest-point-on-line';
import { distance } from '@turf/distance';
import { area } from '@turf/area';
import { lineString, point } from '@turf/helpers';
import type { GeoProperties } from '../../src/domain/geography';

/** The app's feature properties, plus what only the build script's provenance adds. */
interface Props extends GeoProperties {
  province?: string;
  snappedTo?: string;
  snappedFrom?: Position;
  snappedFromKm?: number;
  capital?: string;
  mergedFrom?: string[];
}
type GeoFeature = Feature<Geometry, Props>;

const DATA = fileURLToPath(new URL('../../data', import.meta.url));
const FILES = ['countries', 'provinces', 'borders', 'places'] as const;
type FileName = (typeof FILES)[number];

const read = (name: FileName): GeoFeature[] =>
  (JSON.parse(readFileSync(join(DATA, `${name}.geojson`), 'utf8')) as FeatureCollection<Geometry, Props>).features;
const data: Record<FileName, GeoFeature[]> = {
  countries: read('countries'),
  provinces: read('provinces'),
  borders: read('borders'),
  places: read('places'),
};
const all = FILES.flatMap((f) => data[f]);
const byId = new Map(all.map((f) => [f.properties.id, f]));

function get(id: string): GeoFeature {
  const f = byId.get(id);
  if (!f) throw new Error(`no feature ${id}`);
  return f;
}
function area2d(id: string): Feature<Polygon | MultiPolygon, Props> {
  const f = get(id);
  if (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon') throw new Error(`${id} is not polygonal`);
  return f as Feature<Polygon | MultiPolygon, Props>;
}
function pointOf(id: string): Position {
  const f = get(id);
  if (f.geometry.type !== 'Point') throw new Error(`${id} is not a point`);
  return f.geometry.coordinates;
}

function positions(g: Geometry): Position[] {
  switch (g.type) {
    case 'Point':
      return [g.coordinates];
    case 'LineString':
    case 'MultiPoint':
      return g.coordinates;
    case 'Polygon':
    case 'MultiLineString':
      return g.coordinates.flat();
    case 'MultiPolygon':
      return g.coordinates.flat(2);
    case 'GeometryCollection':
      return g.geometries.flatMap(positions);
  }
}
function rings(g: Polygon | MultiPolygon): Position[][] {
  return g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
}

/** Distance in km from a position to the nearest edge of a polygon's rings. */
function kmToOutline(p: Position, poly: Feature<Polygon | MultiPolygon, Props>): number {
  let best = Infinity;
  for (const ring of rings(poly.geometry)) {
    let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
    for (const [x = 0, y = 0] of ring) {
      minX = Math.min(minX, x); maxX = Math.max(maxX, x);
      minY = Math.min(minY, y); maxY = Math.max(maxY, y);
    }
    const [px = 0, py = 0] = p;
    // Rings whose box is farther than the best so far cannot be nearer (1° ≥ 55 km here).
    const degAway = Math.max(minX - px, px - maxX, minY - py, py - maxY, 0);
    if (degAway * 55 > best) continue;
    best = Math.min(best, nearestPointOnLine(lineString(ring), point(p), { units: 'kilometers' }).properties.dist);
  }
  return best;
}
function kmToLine(p: Position, id: string): number {
  const line = get(id).geometry;
  if (line.type !== 'LineString' && line.type !== 'MultiLineString') throw new Error(`${id} is not a line`);
  return nearestPointOnLine(line, point(p), { units: 'kilometers' }).properties.dist;
}
/** Inside the polygon (its boundary included) or within `km` of its outline. */
const insideOrNear = (p: Position, poly: Feature<Polygon | MultiPolygon, Props>, km: number): boolean =>
  booleanPointInPolygon(p, poly) || kmToOutline(p, poly) <= km;

const nextDay = (date: string): string => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
};

const REQUIRED_IDS = [
  'VN', 'LA', 'CN', 'KH', 'TH', 'MM',
  'vn-ha-noi', 'vn-quang-binh', 'vn-quang-tri', 'vn-quang-tri-2025', 'la-savannakhet', 'la-salavan', 'cn-yunnan', 'cn-guangxi',
  'border-vn-cn', 'border-vn-la',
  'place-ha-noi', 'place-vientiane', 'place-beijing', 'place-khe-sanh', 'place-dong-ha', 'place-dong-hoi',
  'place-savannakhet', 'place-salavan', 'place-lao-cai', 'place-mong-cai', 'place-dongxing', 'place-lang-son', 'place-dong-dang',
  'district-la-sepon', 'district-la-nong', 'district-la-samouay',
  'gate-lao-bao-dansavanh', 'gate-huu-nghi-youyiguan', 'gate-lao-cai-hekou', 'gate-mong-cai-dongxing',
];

describe('data/*.geojson', () => {
  it('stays under the 1.5 MB budget in all', () => {
    const bytes = FILES.reduce((sum, f) => sum + statSync(join(DATA, `${f}.geojson`)).size, 0);
    expect(bytes).toBeLessThan(1.5 * 1024 * 1024);
  });

  it('has only valid geometries, with lon/lat in range and rounded to 3 decimals', () => {
    const invalid = all.filter((f) => !booleanValid(f)).map((f) => f.properties.id);
    expect(invalid).toEqual([]);
    const bad: string[] = [];
    for (const f of all) {
      for (const [lon = NaN, lat = NaN, ...rest] of positions(f.geometry)) {
        const ok = Math.abs(lon) <= 180 && Math.abs(lat) <= 90 && rest.length === 0
          && Math.round(lon * 1000) / 1000 === lon && Math.round(lat * 1000) / 1000 === lat;
        if (!ok) {
          bad.push(`${f.properties.id} [${lon}, ${lat}]`);
          break;
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it('has the geometry type and kind each file promises', () => {
    const expected: Record<FileName, { kinds: string[]; types: string[] }> = {
      countries: { kinds: ['country'], types: ['Polygon', 'MultiPolygon'] },
      provinces: { kinds: ['province'], types: ['Polygon', 'MultiPolygon'] },
      borders: { kinds: ['border'], types: ['LineString', 'MultiLineString'] },
      places: { kinds: ['national-capital', 'provincial-capital', 'town', 'district', 'border-gate'], types: ['Point'] },
    };
    for (const file of FILES) {
      for (const f of data[file]) {
        expect(expected[file].kinds, `${f.properties.id} kind`).toContain(f.properties.kind);
        expect(expected[file].types, `${f.properties.id} geometry`).toContain(f.geometry.type);
      }
    }
  });

  it('gives every feature a unique id that matches its file’s slug pattern', () => {
    const ids = all.map((f) => f.properties.id);
    expect(ids.length).toBe(new Set(ids).size);
    const patterns: Record<FileName, RegExp> = {
      countries: /^[A-Z]{2}$/,
      provinces: /^(vn|la|cn)-[a-z0-9]+(-[a-z0-9]+)*$/,
      borders: /^border-[a-z]{2}-[a-z]{2}$/,
      places: /^(place|district-[a-z]{2}|gate)-[a-z0-9]+(-[a-z0-9]+)*$/,
    };
    for (const file of FILES) {
      for (const f of data[file]) expect(f.properties.id, file).toMatch(patterns[file]);
    }
  });

  it('gives every feature name, name_en, kind and a source explained in data/SOURCES.md', () => {
    const sources = readFileSync(join(DATA, 'SOURCES.md'), 'utf8');
    for (const f of all) {
      const p = f.properties;
      for (const key of ['name', 'name_en', 'kind', 'source'] as const) {
        expect(typeof p[key] === 'string' && p[key].trim().length > 0, `${p.id}.${key}`).toBe(true);
      }
      expect(p.name, `${p.id}: mangled name`).not.toMatch(/[?\uFFFD]/);
      expect(sources, `source key ${p.source} of ${p.id}`).toContain(`\`${p.source}\``);
      if (p.country !== undefined) expect(get(p.country).properties.kind, `${p.id}.country`).toBe('country');
    }
  });

  it('has every id the app and the events rely on', () => {
    const missing = REQUIRED_IDS.filter((id) => !byId.has(id));
    expect(missing).toEqual([]);
  });

  it('names places and provinces in the local language, with diacritics', () => {
    const names: Record<string, string> = {
      'vn-ha-noi': 'Hà Nội',
      'vn-quang-tri': 'Quảng Trị',
      'vn-quang-tri-2025': 'Quảng Trị',
      'vn-quang-binh': 'Quảng Bình',
      'vn-bac-kan': 'Bắc Kạn',
      'vn-hung-yen': 'Hưng Yên',
      'vn-dong-nai': 'Đồng Nai',
      'vn-dong-thap': 'Đồng Tháp',
      'vn-quang-nam': 'Quảng Nam',
      'place-ha-noi': 'Hà Nội',
      'place-dong-ha': 'Đông Hà',
      'place-dong-hoi': 'Đồng Hới',
      'place-dong-dang': 'Đồng Đăng',
      'district-la-sepon': 'Xépôn',
      'place-beijing': 'Běijīng',
      'gate-lao-bao-dansavanh': 'Lao Bảo – Dansavanh',
    };
    for (const [id, name] of Object.entries(names)) expect(get(id).properties.name, id).toBe(name);
    // Natural Earth's region names must not survive as province names.
    const regionNames = ['Đông Bắc', 'Đồng Bằng Sông Hồng', 'Đông Nam Bộ', 'Tây Bắc', 'Bắc Trung Bộ', 'Tây Nguyên'];
    expect(data.provinces.filter((f) => regionNames.includes(f.properties.name)).map((f) => f.properties.id)).toEqual([]);
    // Đ (U+0110), not the look-alike Ð (U+00D0) that GeoNames uses for Đông Hà.
    expect(all.filter((f) => f.properties.name.includes('\u00D0')).map((f) => f.properties.id)).toEqual([]);
  });

  it('has every province of Vietnam (63, and the 23 merged in 2025) and Laos (17), plus Yunnan and Guangxi', () => {
    const count = (c: string) => data.provinces.filter((f) => f.properties.country === c).length;
    expect(count('VN')).toBe(63 + 23);
    expect(count('LA')).toBe(17);
    expect(data.provinces.filter((f) => f.properties.country === 'CN').map((f) => f.properties.id).sort()).toEqual(['cn-guangxi', 'cn-yunnan']);
    for (const f of data.provinces) expect(f.properties.id.slice(0, 2), f.properties.id).toBe(f.properties.country?.toLowerCase());
  });

  it('puts focus flags on exactly the focus countries and provinces', () => {
    const focus = (file: FileName) => data[file].filter((f) => f.properties.focus === true).map((f) => f.properties.id).sort();
    expect(focus('countries')).toEqual(['CN', 'LA', 'VN']);
    expect(focus('provinces')).toEqual(['la-salavan', 'la-savannakhet', 'vn-quang-tri', 'vn-quang-tri-2025']);
  });

  it('writes validity dates as real calendar days, start before end', () => {
    for (const f of all) {
      const { validFrom, validTo, id } = f.properties;
      for (const d of [validFrom, validTo]) {
        if (d === undefined) continue;
        expect(d, id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(new Date(`${d}T00:00:00Z`).toISOString().slice(0, 10), id).toBe(d);
      }
      if (validFrom !== undefined && validTo !== undefined) expect(validFrom <= validTo, id).toBe(true);
    }
  });
});

/** Whether a feature exists on a calendar day (validity ends inclusive), as the map and the validator read it. */
const validOn = (p: Props, day: string): boolean =>
  (p.validFrom === undefined || p.validFrom <= day) && (p.validTo === undefined || p.validTo >= day);

/**
 * Resolution No. 202/2025/QH15 (12 June 2025), in force 1 July 2025: the 23
 * merged units and their predecessors, the one whose name it keeps first;
 * the 11 other units were left as they were (data/SOURCES.md).
 */
const REFORM: Record<string, string[]> = {
  'vn-tuyen-quang-2025': ['vn-tuyen-quang', 'vn-ha-giang'],
  'vn-lao-cai-2025': ['vn-lao-cai', 'vn-yen-bai'],
  'vn-thai-nguyen-2025': ['vn-thai-nguyen', 'vn-bac-kan'],
  'vn-phu-tho-2025': ['vn-phu-tho', 'vn-vinh-phuc', 'vn-hoa-binh'],
  'vn-bac-ninh-2025': ['vn-bac-ninh', 'vn-bac-giang'],
  'vn-hung-yen-2025': ['vn-hung-yen', 'vn-thai-binh'],
  'vn-hai-phong-2025': ['vn-hai-phong', 'vn-hai-duong'],
  'vn-ninh-binh-2025': ['vn-ninh-binh', 'vn-ha-nam', 'vn-nam-dinh'],
  'vn-quang-tri-2025': ['vn-quang-tri', 'vn-quang-binh'],
  'vn-da-nang-2025': ['vn-da-nang', 'vn-quang-nam'],
  'vn-quang-ngai-2025': ['vn-quang-ngai', 'vn-kon-tum'],
  'vn-gia-lai-2025': ['vn-gia-lai', 'vn-binh-dinh'],
  'vn-khanh-hoa-2025': ['vn-khanh-hoa', 'vn-ninh-thuan'],
  'vn-lam-dong-2025': ['vn-lam-dong', 'vn-dak-nong', 'vn-binh-thuan'],
  'vn-dak-lak-2025': ['vn-dak-lak', 'vn-phu-yen'],
  'vn-ho-chi-minh-2025': ['vn-ho-chi-minh', 'vn-binh-duong', 'vn-ba-ria-vung-tau'],
  'vn-dong-nai-2025': ['vn-dong-nai', 'vn-binh-phuoc'],
  'vn-tay-ninh-2025': ['vn-tay-ninh', 'vn-long-an'],
  'vn-can-tho-2025': ['vn-can-tho', 'vn-soc-trang', 'vn-hau-giang'],
  'vn-vinh-long-2025': ['vn-vinh-long', 'vn-ben-tre', 'vn-tra-vinh'],
  'vn-dong-thap-2025': ['vn-dong-thap', 'vn-tien-giang'],
  'vn-ca-mau-2025': ['vn-ca-mau', 'vn-bac-lieu'],
  'vn-an-giang-2025': ['vn-an-giang', 'vn-kien-giang'],
};
const UNCHANGED = ['vn-ha-noi', 'vn-thua-thien-hue', 'vn-lai-chau', 'vn-dien-bien', 'vn-son-la', 'vn-lang-son', 'vn-quang-ninh', 'vn-thanh-hoa', 'vn-nghe-an', 'vn-ha-tinh', 'vn-cao-bang'];

describe('the 2025 reform of Vietnam’s provinces (63 → 34)', () => {
  const vn = data.provinces.filter((f) => f.properties.country === 'VN');
  const validIds = (day: string) => vn.filter((f) => validOn(f.properties, day)).map((f) => f.properties.id).sort();

  it('has 63 provincial units on 30 June 2025 and 34 from 1 July 2025 on', () => {
    expect(validIds('2025-06-30')).toHaveLength(63);
    expect(validIds('2025-07-01')).toHaveLength(34);
    expect(validIds('2026-12-31')).toEqual(validIds('2025-07-01'));
    expect(validIds('2022-06-01')).toEqual(validIds('2025-06-30'));
    expect(validIds('2025-07-01')).toEqual([...Object.keys(REFORM), ...UNCHANGED].sort());
    expect(validIds('2025-06-30')).toEqual([...Object.values(REFORM).flat(), ...UNCHANGED].sort());
  });

  it('dates each predecessor up to 30 June 2025 and each merged unit from 1 July 2025, under the first predecessor’s name', () => {
    for (const [id, from] of Object.entries(REFORM)) {
      const unit = get(id).properties;
      expect(unit.validFrom, id).toBe('2025-07-01');
      expect(unit.validTo, id).toBeUndefined();
      expect(unit.mergedFrom, id).toEqual(from);
      const first = get(from[0] ?? '').properties;
      expect([unit.name, unit.name_en], id).toEqual([first.name, first.name_en]);
      for (const old of from) {
        expect(get(old).properties.validTo, old).toBe('2025-06-30');
        expect(nextDay(get(old).properties.validTo ?? ''), old).toBe(unit.validFrom);
        expect(get(old).properties.validFrom, old).toBeUndefined();
      }
    }
    for (const id of UNCHANGED) expect([get(id).properties.validFrom, get(id).properties.validTo], id).toEqual([undefined, undefined]);
  });

  it('draws each merged unit as exactly its predecessors: every vertex of theirs inside it, and the same area', () => {
    for (const [id, from] of Object.entries(REFORM)) {
      const unit = area2d(id);
      let sum = 0;
      for (const old of from) {
        const poly = area2d(old);
        sum += area(poly);
        const outside = positions(poly.geometry).filter((p) => !booleanPointInPolygon(p, unit));
        expect(outside, `${old} outside ${id}`).toEqual([]);
      }
      // No gap and no extra land: predecessors share edges, so the union's area is their sum.
      expect(Math.abs(area(unit) - sum) / sum, id).toBeLessThan(0.001);
    }
  });

  it('covers the same land before and after: the 34 units are the 63 provinces, redrawn', () => {
    const total = (day: string) => vn.filter((f) => validOn(f.properties, day)).reduce((s, f) => s + area(area2d(f.properties.id)), 0);
    expect(Math.abs(total('2025-07-01') - total('2025-06-30')) / total('2025-06-30')).toBeLessThan(0.001);
  });

  it('keeps Quảng Trị’s seat in Đồng Hới after the merger (Đông Hà before), and no other unit claims it', () => {
    const merged = area2d('vn-quang-tri-2025');
    expect(merged.properties.capital).toBe('place-dong-hoi');
    expect(get('vn-quang-tri').properties.capital).toBe('place-dong-ha');
    expect(booleanPointInPolygon(pointOf('place-dong-ha'), merged)).toBe(true);
    expect(booleanPointInPolygon(pointOf('place-dong-hoi'), merged)).toBe(true);
    // Huế and Vinh lie in the neighbouring provinces, not in the merged one.
    expect(booleanPointInPolygon([107.595, 16.462], merged)).toBe(false);
    expect(booleanPointInPolygon([105.692, 18.673], merged)).toBe(false);
    // New Lào Cai's seat is in the former Yên Bái, which the map does not hold.
    expect(get('vn-lao-cai-2025').properties.capital).toBeUndefined();
  });
});

describe('borders', () => {
  it('run along the outline of both of their countries', () => {
    for (const b of data.borders) {
      const { id, countries } = b.properties;
      expect(countries?.length, id).toBe(2);
      const [a = '', c = ''] = countries ?? [];
      expect(id).toBe(`border-${a.toLowerCase()}-${c.toLowerCase()}`);
      const vertices = positions(b.geometry);
      const step = Math.max(1, Math.floor(vertices.length / 40));
      const sample = vertices.filter((_, i) => i % step === 0);
      for (const iso of [a, c]) {
        const country = area2d(iso);
        const near = sample.filter((p) => kmToOutline(p, country) <= 0.5).length;
        expect(near / sample.length, `${id} on ${iso}`).toBeGreaterThanOrEqual(0.95);
      }
    }
  });

  it('name the Vietnam–China and Vietnam–Laos borders as the app expects', () => {
    expect(get('border-vn-cn').properties).toMatchObject({ name: 'Biên giới Việt Nam – Trung Quốc', name_en: 'Vietnam–China border', countries: ['VN', 'CN'] });
    expect(get('border-vn-la').properties).toMatchObject({ name: 'Biên giới Việt Nam – Lào', name_en: 'Vietnam–Laos border', countries: ['VN', 'LA'] });
  });
});

describe('places', () => {
  // Places that Natural Earth's 1–3 km generalisation puts outside their
  // country, with the reason and how far outside they may be.
  const knownExceptions: Record<string, { reason: string; maxKm: number }> = {
    'place-mong-cai': { reason: 'the GeoNames point lies ~1 km beyond the generalised 1:10m Vietnam–China line', maxKm: 2 },
  };

  it('lie in their country, or are known exceptions that are still needed', () => {
    for (const f of data.places) {
      const { id, country, kind } = f.properties;
      if (kind === 'border-gate') continue; // on the line itself: next test
      const p = pointOf(id);
      const poly = area2d(country ?? '');
      const inside = booleanPointInPolygon(p, poly);
      const exception = knownExceptions[id];
      if (exception) {
        expect(inside, `${id} is inside ${country}: remove it from knownExceptions`).toBe(false);
        expect(kmToOutline(p, poly), `${id}: ${exception.reason}`).toBeLessThanOrEqual(exception.maxKm);
      } else {
        expect(inside, `${id} in ${country}`).toBe(true);
      }
    }
  });

  it('puts border gates on their border line and records where they were snapped from', () => {
    const gates = data.places.filter((f) => f.properties.kind === 'border-gate');
    expect(gates.length).toBeGreaterThanOrEqual(4);
    for (const g of gates) {
      const { id, snappedTo, snappedFrom, snappedFromKm, countries, approximate } = g.properties;
      const p = pointOf(id);
      expect(snappedTo, id).toBeDefined();
      expect(get(snappedTo ?? '').properties.countries, id).toEqual(countries);
      // 3-decimal rounding moves a point up to ~80 m off the line.
      expect(kmToLine(p, snappedTo ?? ''), id).toBeLessThan(0.1);
      for (const iso of countries ?? []) expect(insideOrNear(p, area2d(iso), 0.1), `${id} at ${iso}`).toBe(true);
      expect(snappedFrom, id).toHaveLength(2);
      const moved = distance(snappedFrom ?? [0, 0], p, { units: 'kilometers' });
      expect(Math.abs(moved - (snappedFromKm ?? -1)), `${id} snappedFromKm`).toBeLessThan(0.1);
      expect(snappedFromKm ?? 99, `${id} moved too far to be the same gate`).toBeLessThan(5);
      expect(approximate, id).toBe(true);
      expect(g.properties.name, id).toContain(' – ');
    }
    // The Friendship Pass (21°58′35″N 106°42′44″E) lies within a few km of its marker.
    expect(distance([106 + 42 / 60 + 44 / 3600, 21 + 58 / 60 + 35 / 3600], pointOf('gate-huu-nghi-youyiguan'))).toBeLessThan(3);
  });

  it('puts each district seat inside its province, and marks hand-entered points approximate', () => {
    const districts = data.places.filter((f) => f.properties.kind === 'district');
    expect(districts.map((f) => f.properties.id).sort()).toEqual(['district-la-nong', 'district-la-samouay', 'district-la-sepon']);
    expect(get('district-la-sepon').properties.province).toBe('la-savannakhet');
    expect(get('district-la-nong').properties.province).toBe('la-savannakhet');
    expect(get('district-la-samouay').properties.province).toBe('la-salavan');
    for (const d of districts) {
      expect(booleanPointInPolygon(pointOf(d.properties.id), area2d(d.properties.province ?? '')), d.properties.id).toBe(true);
    }
    for (const f of data.places) {
      if (f.properties.source === 'hand-entered') expect(f.properties.approximate, f.properties.id).toBe(true);
    }
    // Nong and Samouay come from a gazetteer's district records, not their seats (issue 16):
    // every district point is therefore approximate, as the legend says.
    for (const d of districts) expect(d.properties.approximate, d.properties.id).toBe(true);
  });

  it('ranks every place for label priority, capitals first', () => {
    for (const f of data.places) {
      expect(Number.isInteger(f.properties.rank) && (f.properties.rank ?? 0) >= 1, f.properties.id).toBe(true);
    }
    for (const id of ['place-ha-noi', 'place-vientiane', 'place-beijing']) expect(get(id).properties.rank).toBe(1);
  });
});

// Zoomed out, the camera shows far beyond the detailed countries' box (design review of present mode).
describe('the land beyond the region (land.geojson) and the relief bands', () => {
  const read = (name: string): GeoFeature[] =>
    (JSON.parse(readFileSync(join(DATA, `${name}.geojson`), 'utf8')) as FeatureCollection<Geometry, Props & Record<string, unknown>>).features;
  const land = read('land');
  const relief = read('relief');
  const fill = (id: string) => {
    const f = land.find((x) => x.properties.id === id);
    if (!f) throw new Error(`no ${id}`);
    return f as Feature<MultiPolygon>;
  };
  const isLand = (at: Position) => ['land-beyond', 'land-beyond-focus'].filter((id) => booleanPointInPolygon(point(at), fill(id)));

  it('draws land where the detailed countries stop: India, Japan, Mongolia, western China; not the open sea', () => {
    expect(isLand([77.2, 28.6])).toEqual(['land-beyond']); // Delhi
    expect(isLand([139.7, 35.7])).toEqual(['land-beyond']); // Tokyo
    expect(isLand([106.9, 47.9])).toEqual(['land-beyond']); // Ulaanbaatar
    expect(isLand([80, 38])).toEqual(['land-beyond-focus']); // the Tarim basin: China keeps its fill
    expect(isLand([150, 20])).toEqual([]); // the Pacific
    expect(isLand([65, 10])).toEqual([]); // the Arabian Sea
  });

  it('leaves the detailed box to the 1:10m countries (no 1:110m coast spilling into their sea)', () => {
    for (const at of [[105.85, 21.03], [110, 30], [100, 15], [125, 40], [88.2, 25], [129.8, 33]] as Position[]) expect(isLand(at), at.join(',')).toEqual([]);
    for (const f of land) {
      for (const [lon = NaN, lat = NaN] of positions(f.geometry)) {
        const inside = lon > 88.1 && lon < 129.9 && lat > 4.1 && lat < 45.9;
        if (inside) throw new Error(`${f.properties.id}: ${lon}, ${lat} inside the detailed box`);
        expect(Math.abs(lon) <= 180 && Math.abs(lat) <= 85, `${lon}, ${lat}`).toBe(true);
      }
    }
  });

  it('never jumps across the map at the antimeridian (Russia, Fiji)', () => {
    for (const f of land) {
      const parts = f.geometry.type === 'MultiLineString' ? f.geometry.coordinates : f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates.flat() : [];
      for (const part of parts) {
        for (let i = 1; i < part.length; i++) expect(Math.abs(part[i]![0]! - part[i - 1]![0]!), f.properties.id).toBeLessThan(90);
      }
    }
  });

  it('keeps the relief bands to the land of Vietnam, Laos, Cambodia and Thailand: never a straight edge at the box', () => {
    const countries = ['VN', 'LA', 'KH', 'TH'].map((id) => get(id) as Feature<Polygon | MultiPolygon, Props>);
    for (const f of relief) {
      for (const p of positions(f.geometry)) {
        const [lon, lat] = p as [number, number];
        expect([97, 112].includes(lon) || [8, 26].includes(lat), `${f.properties.id} ${lon}, ${lat} on the box edge`).toBe(false);
        expect(countries.some((c) => insideOrNear(p, c, 3)), `${f.properties.id} ${lon}, ${lat}`).toBe(true);
      }
    }
  });
});

describe('the South China Sea islands', () => {
  // Decision (data/SOURCES.md): neither the Paracels (which Natural Earth
  // gives to China) nor the Spratlys are drawn, for any claimant.
  const boxes: Record<string, [number, number, number, number]> = {
    Paracels: [110.9, 15.3, 113.2, 17.3],
    Spratlys: [111.5, 7.5, 116.5, 12],
  };

  it('are not drawn as anyone’s land', () => {
    for (const [name, [w, s, e, n]] of Object.entries(boxes)) {
      const landThere = [...data.countries, ...data.provinces]
        .filter((f) => positions(f.geometry).some(([x = 0, y = 0]) => x >= w && x <= e && y >= s && y <= n))
        .map((f) => f.properties.id);
      expect(landThere, name).toEqual([]);
    }
  });
});

// The context layers (issue 13): rivers, relief, roads, water names; names per language.
describe('context layers', () => {
  type Ctx = 'rivers' | 'roads' | 'water' | 'relief';
  const ctx = (name: Ctx): GeoFeature[] =>
    (JSON.parse(readFileSync(join(DATA, `${name}.geojson`), 'utf8')) as FeatureCollection<Geometry, Props & Record<string, unknown>>).features;
  const rivers = ctx('rivers');
  const roads = ctx('roads');
  const water = ctx('water');
  const relief = ctx('relief');
  const one = (list: GeoFeature[], id: string) => {
    const f = list.find((x) => x.properties.id === id);
    if (!f) throw new Error(`no ${id}`);
    return f;
  };
  /** Km from a point to a (multi)line. */
  const kmToLine = (f: GeoFeature, at: Position) => {
    const parts = f.geometry.type === 'LineString' ? [f.geometry.coordinates] : f.geometry.type === 'MultiLineString' ? f.geometry.coordinates : [];
    if (!parts.length) throw new Error(`${f.properties.id} is not a line`);
    return Math.min(...parts.map((p) => nearestPointOnLine(lineString(p), point(at), { units: 'kilometers' }).properties.dist));
  };

  it('draws the Mekong past Vientiane and Savannakhet, and the Red River past Lào Cai and Hanoi', () => {
    const mekong = one(rivers, 'river-mekong');
    const red = one(rivers, 'river-red');
    expect(kmToLine(mekong, pointOf('place-vientiane'))).toBeLessThan(10);
    expect(kmToLine(mekong, pointOf('place-savannakhet'))).toBeLessThan(10);
    expect(kmToLine(red, pointOf('place-lao-cai'))).toBeLessThan(15);
    expect(kmToLine(red, pointOf('place-ha-noi'))).toBeLessThan(15);
    // and nowhere near the other: the Mekong never reaches the Gulf of Tonkin's shore.
    expect(kmToLine(mekong, pointOf('place-ha-noi'))).toBeGreaterThan(300);
  });

  it('draws the Mekong on the Laos–Thailand border where the river is the border (no parallel lines at Savannakhet or Vientiane)', () => {
    const mekong = one(rivers, 'river-mekong');
    const border = get('border-la-th');
    const parts = border.geometry.type === 'LineString' ? [border.geometry.coordinates] : border.geometry.type === 'MultiLineString' ? border.geometry.coordinates : [];
    const toBorder = (at: Position) => Math.min(...parts.map((p) => nearestPointOnLine(lineString(p), point(at), { units: 'kilometers' }).properties.dist));
    for (const place of ['place-savannakhet', 'place-vientiane']) {
      const near = positions(mekong.geometry).filter((c) => distance(point(c), point(pointOf(place)), { units: 'kilometers' }) < 30);
      expect(near.length, place).toBeGreaterThan(0);
      for (const c of near) expect(toBorder(c), `${place}: ${c.join(', ')}`).toBeLessThan(0.8); // 0.01° rounding: up to ~0.55 km
    }
  });

  it('draws the Sê Pôn from the border past Lao Bảo to Xépôn, and the Bến Hải to the sea at Cửa Tùng', () => {
    const sepon = one(rivers, 'river-se-pon');
    const benHai = one(rivers, 'river-ben-hai');
    expect(kmToLine(sepon, [106.59, 16.62])).toBeLessThan(3); // Lao Bảo
    expect(kmToLine(sepon, pointOf('district-la-sepon'))).toBeLessThan(3);
    expect(kmToLine(benHai, [107.11, 17.02])).toBeLessThan(3); // Cửa Tùng, the river's mouth
    // The Bến Hải runs west–east along the 17th parallel, the Sê Pôn on the border south of it.
    for (const [, lat] of positions(benHai.geometry)) expect(Math.abs((lat ?? 0) - 17)).toBeLessThan(0.15);
    for (const [, lat] of positions(sepon.geometry)) expect(lat).toBeLessThan(16.8);
    expect(kmToLine(benHai, pointOf('place-khe-sanh'))).toBeGreaterThan(15);
    for (const r of [sepon, benHai]) expect((r.properties as Props & Record<string, string>).label_vi).toMatch(/^sông /);
  });

  it('runs AH16 / Route 9 through Lao Bảo (16.62N 106.59E), Khe Sanh and Savannakhet, marked approximate', () => {
    const ah16 = one(roads, 'road-ah16');
    expect(kmToLine(ah16, [106.59, 16.62])).toBeLessThan(3);
    expect(kmToLine(ah16, pointOf('place-khe-sanh'))).toBeLessThan(1);
    expect(kmToLine(ah16, pointOf('place-savannakhet'))).toBeLessThan(1);
    expect(ah16.properties.approximate).toBe(true);
  });

  it('has relief bands over the Annamite range and none on the Mekong plain', () => {
    const bandsAt = (at: Position) => relief.filter((f) => booleanPointInPolygon(point(at), f as Feature<Polygon | MultiPolygon>)).map((f) => f.properties.id);
    expect(bandsAt([107.98, 15.07])).toEqual(expect.arrayContaining(['relief-1', 'relief-2'])); // Ngọc Linh massif
    expect(bandsAt([106.4, 15.2])).toContain('relief-1'); // Bolaven plateau
    expect(bandsAt(pointOf('place-vientiane'))).toEqual([]);
    expect(bandsAt(pointOf('place-savannakhet'))).toEqual([]);
  });

  it('keeps every context layer inside the region (97–112°E, 8–26°N)', () => {
    for (const f of [...rivers, ...roads, ...water, ...relief]) {
      for (const [lon, lat] of positions(f.geometry)) {
        expect(lon).toBeGreaterThanOrEqual(97);
        expect(lon).toBeLessThanOrEqual(112);
        expect(lat).toBeGreaterThanOrEqual(8);
        expect(lat).toBeLessThanOrEqual(26);
      }
    }
  });

  it('names the sea and gulfs in each language, their points at sea', () => {
    const scs = one(water, 'sea-south-china-sea').properties as Props & Record<string, string>;
    expect([scs.label_en, scs.label_fr, scs.label_vi]).toEqual(['South China Sea', 'mer de Chine méridionale', 'Biển Đông']);
    const tonkin = one(water, 'gulf-tonkin').properties as Props & Record<string, string>;
    expect([tonkin.label_en, tonkin.label_fr, tonkin.label_vi]).toEqual(['Gulf of Tonkin', 'golfe du Tonkin', 'Vịnh Bắc Bộ']);
    for (const f of water) {
      for (const c of data.countries) expect(booleanPointInPolygon(point(positions(f.geometry)[0]!), c as Feature<Polygon | MultiPolygon>)).toBe(false);
    }
  });

  it('carries established names per language for capitals and Chinese cities, local forms otherwise', () => {
    const labels = (id: string) => {
      const p = get(id).properties as Props & Record<string, string | undefined>;
      return [p.label_en ?? p.name, p.label_fr ?? p.name, p.label_vi ?? p.name];
    };
    expect(labels('place-vientiane')).toEqual(['Vientiane', 'Vientiane', 'Viêng Chăn']);
    expect(labels('place-bangkok')).toEqual(['Bangkok', 'Bangkok', 'Băng Cốc']);
    expect(labels('place-beijing')).toEqual(['Beijing', 'Pékin', 'Bắc Kinh']);
    expect(labels('place-nanning')).toEqual(['Nanning', 'Nanning', 'Nam Ninh']);
    expect(labels('place-ha-noi')).toEqual(['Hanoi', 'Hanoï', 'Hà Nội']);
    // No established exonym: the local form, with its diacritics, in every language.
    expect(labels('place-khe-sanh')).toEqual(['Khe Sanh', 'Khe Sanh', 'Khe Sanh']);
    expect(labels('place-dong-ha')).toEqual(['Đông Hà', 'Đông Hà', 'Đông Hà']);
  });

  it('places every country label inside its country', async () => {
    const { COUNTRY_LABELS } = await import('../../src/map/basemapData');
    for (const c of COUNTRY_LABELS) {
      const country = area2d(c.id);
      expect(booleanPointInPolygon(point([c.lon, c.lat]), country), `${c.id} at ${c.lon}, ${c.lat}`).toBe(true);
    }
  });

  it('keeps the context files small (each under 40 KiB, all geography under 1.5 MB)', () => {
    for (const name of ['rivers', 'roads', 'water', 'relief'] as const) expect(statSync(join(DATA, `${name}.geojson`)).size).toBeLessThan(40 * 1024);
    const bytes = [...FILES, 'rivers', 'roads', 'water', 'relief'].reduce((sum, f) => sum + statSync(join(DATA, `${f}.geojson`)).size, 0);
    expect(bytes).toBeLessThan(1.5 * 1024 * 1024);
  });
});
