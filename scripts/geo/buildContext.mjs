// The context layers (issue 13): rivers (Natural Earth 1:50m, as Debian's
// marble-qt-data ships it), relief bands (the SRTM30-derived elevation
// texture of the same package), the AH16 line and the sea and gulf labels.
// All clipped to CONTEXT_BOX and simplified: they are background, drawn thin.
import { distance } from '@turf/distance';
import { nearestPointOnLine } from '@turf/nearest-point-on-line';
import { point } from '@turf/helpers';
import { CONTEXT_BOX, gshhgRivers, rivers, roads, waterLabels } from './contextTable.mjs';
import { chainBetween } from './readGshhgRivers.mjs';
import { clipLineToBox, roundLine, simplifyLine } from './simplifyLine.mjs';

const RIVER_SOURCE = 'natural-earth-50m-rivers (marble-qt-data)';

/** Shortest distance in km from a point to a polyline's vertices (dense enough at 1:50m). */
function nearestKm(coords, lonLat) {
  let best = Infinity;
  for (const c of coords) best = Math.min(best, distance(lonLat, c, { units: 'kilometers' }));
  return best;
}

/**
 * @param {Array<{ id: number, flag: number, coords: Array<[number, number]> }>} pn2 features of ne_50m_rivers_lake_centerlines
 * @param {number} decimals
 */
export function buildRivers(pn2, decimals, riverBorders = []) {
  const lines = pn2.filter((f) => f.flag === 0);
  return rivers.map((spec) => {
    // Natural Earth splits a river into features (the Mekong where it widens
    // into lakes or changes name upstream): each reference point picks the
    // feature nearest to it, and the river is all the features picked.
    const byId = new Map();
    for (const f of lines) byId.set(f.id, [...(byId.get(f.id) ?? []), f.coords]);
    const chosen = new Set();
    let worstKm = 0;
    for (const p of spec.near) {
      let best = null;
      let bestKm = Infinity;
      for (const [id, coords] of byId) {
        const km = Math.min(...coords.map((c) => nearestKm(c, p)));
        if (km < bestKm) { best = id; bestKm = km; }
      }
      if (best === null || bestKm > 15) throw new Error(`${spec.id}: no Natural Earth river within 15 km of ${p.join(', ')} (${bestKm.toFixed(1)} km)`);
      chosen.add(best);
      worstKm = Math.max(worstKm, bestKm);
    }
    const parts = [...chosen].sort((a, b) => a - b).flatMap((id) => byId.get(id))
      .flatMap((c) => clipLineToBox(c, CONTEXT_BOX))
      .map((c) => roundLine(snapToBorders(simplifyLine(c, 0.01), riverBorders), decimals))
      .filter((c) => c.length >= 2);
    const { near: _near, ...names } = spec;
    return {
      type: 'Feature',
      properties: { ...names, kind: 'river', source: RIVER_SOURCE, neFeatures: [...chosen].sort((a, b) => a - b), matchedWithinKm: Math.round(worstKm * 10) / 10 },
      geometry: parts.length === 1 ? { type: 'LineString', coordinates: parts[0] } : { type: 'MultiLineString', coordinates: parts },
    };
  });
}

/**
 * @param {Array<{ id: number, level: number, coords: number[][] }>} segments GSHHG river segments around the focus region
 */
export function buildGshhgRivers(segments) {
  return gshhgRivers.map(({ from, to, ...names }) => {
    const chain = chainBetween(segments, from, to);
    return {
      type: 'Feature',
      properties: { ...names, kind: 'river', source: 'gshhg-wdb2-rivers (gmt-gshhg-high)', gshhgSegments: chain.segments, lengthKm: Math.round(chain.km) },
      // 3 decimals: these rivers are small and seen close.
      geometry: { type: 'LineString', coordinates: roundLine(simplifyLine(chain.line, 0.003), 3) },
    };
  });
}

/** Within this distance of a border that follows the river, a river vertex is moved onto the border. */
const SNAP_KM = 8;

/**
 * Where a river is a border (the Mekong between Laos and Thailand), Natural
 * Earth's 1:50m river and 1:10m border run a few km apart, which draws two
 * parallel lines: river vertices near such a border are moved onto it.
 */
function snapToBorders(coords, borders) {
  if (!borders.length) return coords;
  return coords.map((c) => {
    let best = null;
    for (const b of borders) {
      const hit = nearestPointOnLine(b, point(c), { units: 'kilometers' });
      if (hit.properties.dist <= SNAP_KM && (!best || hit.properties.dist < best.properties.dist)) best = hit;
    }
    return best ? best.geometry.coordinates : c;
  });
}

/** @param {Map<string, [number, number]>} placeAt place id → its shipped coordinate */
export function buildRoads(placeAt, decimals) {
  return roads.map((spec) => {
    const coords = spec.via.map((v) => {
      if ('place' in v) {
        const at = placeAt.get(v.place);
        if (!at) throw new Error(`${spec.id}: no place ${v.place}`);
        return at;
      }
      return v.lonLat;
    });
    const { via, ...names } = spec;
    return {
      type: 'Feature',
      properties: {
        ...names, source: 'schematic (places.geojson points and hand-entered waypoints)', approximate: true,
        via: via.map((v) => ('place' in v ? v.place : v.from)),
      },
      geometry: { type: 'LineString', coordinates: roundLine(coords, decimals) },
    };
  });
}

export function buildWaterLabels() {
  return waterLabels.map(({ lonLat, ...props }) => ({
    type: 'Feature',
    properties: { ...props, source: 'hand-placed label point' },
    geometry: { type: 'Point', coordinates: lonLat },
  }));
}

