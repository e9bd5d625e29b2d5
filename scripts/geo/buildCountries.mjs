// data/countries.geojson: Natural Earth 1:10m admin-0 outlines (world-atlas),
// without the disputed South China Sea islands, clipped to the map's box.
import { feature } from 'topojson-client';
import { clipToBox } from './clipToBox.mjs';
import { dissolve } from './dissolve.mjs';
import { separateTouchingParts } from './separateTouchingParts.mjs';
import { ringArea, roundGeometry } from './roundGeometry.mjs';
import { countries, excludedUnits, paracelBox } from './countryTable.mjs';

const SOURCE = 'natural-earth-10m-admin0';
// Islets and slivers below this area are dropped: invisible at the zoom cap,
// and after rounding they tend to touch the coast they sit next to.
const MIN_PART_KM2 = 0.2;

/** @param {number[][]} ring approximate area in km² */
const ringKm2 = (ring) => Math.abs(ringArea(ring)) * 111.32 ** 2 * Math.cos((ring[0][1] * Math.PI) / 180);

/** @param {import('geojson').Geometry | null} geom */
function dropTinyParts(geom) {
  if (!geom) return null;
  const parts = (geom.type === 'Polygon' ? [geom.coordinates] : geom.coordinates).filter((p) => ringKm2(p[0]) >= MIN_PART_KM2);
  if (parts.length === 0) return null;
  return parts.length === 1 ? { type: 'Polygon', coordinates: parts[0] } : { type: 'MultiPolygon', coordinates: parts };
}

/** @param {number[][]} ring @param {number[]} box */
const ringInside = (ring, box) => ring.every(([x, y]) => x >= box[0] && x <= box[2] && y >= box[1] && y <= box[3]);

/** @param {number[][][][]} polys @param {number[]} box */
const touchesBox = (polys, box) => polys.some((rings) => rings[0].some(([x, y]) => x >= box[0] && x <= box[2] && y >= box[1] && y <= box[3]));

/**
 * @param {import('topojson-specification').Topology} topo world-atlas countries-10m
 * @param {[number, number, number, number]} box
 * @param {number} decimals
 * @returns {{ features: import('geojson').Feature[], removedParacelParts: number, droppedParts: string[] }}
 */
export function buildCountries(topo, box, decimals) {
  const byNumeric = new Map(countries.map((c) => [c.numeric, c]));
  const all = feature(topo, topo.objects.countries).features;
  const features = [];
  let removedParacelParts = 0;
  /** @type {string[]} */
  const droppedParts = [];
  for (const f of all) {
    if (!f.geometry) continue;
    const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    const spec = f.id === undefined ? undefined : byNumeric.get(String(f.id));
    if (!spec) {
      if (touchesBox(polys, box) && !excludedUnits.includes(f.properties.name)) {
        throw new Error(`Natural Earth unit "${f.properties.name}" (${f.id}) has land in the box but is not in countryTable.mjs`);
      }
      continue;
    }
    let kept = polys;
    if (spec.id === 'CN') {
      kept = polys.filter((rings) => !ringInside(rings[0], paracelBox));
      removedParacelParts = polys.length - kept.length;
    }
    const clipped = clipToBox({ type: 'MultiPolygon', coordinates: kept }, box);
    // Rounding can make an islet touch the coast again: dissolve twice.
    let geometry = clipped && dropTinyParts(roundGeometry(dissolve(clipped), decimals));
    geometry = geometry && dropTinyParts(roundGeometry(dissolve(geometry), decimals));
    const separated = separateTouchingParts(geometry, decimals);
    geometry = separated.geometry;
    for (const at of separated.dropped) droppedParts.push(`${spec.id} part at ${at.join(',')}`);
    if (!geometry) continue;
    features.push({
      type: 'Feature',
      properties: {
        id: spec.id,
        kind: 'country',
        name: spec.name,
        name_en: spec.name_en,
        ...(spec.name_zh ? { name_zh: spec.name_zh } : {}),
        source: SOURCE,
        country: spec.id,
        ...(spec.focus ? { focus: true } : {}),
      },
      geometry,
    });
  }
  const missing = countries.filter((c) => !features.some((f) => f.properties.id === c.id));
  if (missing.length) throw new Error(`countries without land in the box: ${missing.map((c) => c.id).join(', ')}`);
  // Focus countries first, then by id: stable order, and focus fills draw last if reversed.
  features.sort((a, b) => Number(Boolean(b.properties.focus)) - Number(Boolean(a.properties.focus)) || a.properties.id.localeCompare(b.properties.id));
  return { features, removedParacelParts, droppedParts };
}
